import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../utils/corpusIndex';
import type { HideOrShow } from '../../utils/hidden';
import { placesIn } from '../../utils/idList';
import { t } from '../translate';
import { EntryRow } from './EntryRow';
import { ListCount } from './ListCount';
import { PAGE_SIZE, Pager } from './Pager';
import { SearchField } from './SearchField';
import { searchCount } from './searchCount';
import { StatusWithUndo, useUndoOffer } from './UndoOffer';
import { useSearchedPages } from './useSearchedPages';

interface Props {
  index: CorpusIndex;
  /** Hidden ids, oldest first; ids whose entry no longer exists are skipped. */
  hidden: readonly string[];
  /** What the last hide or show did, or why it failed. */
  status: string;
  /** Resolves once the change is shown: true if it was made, false if the status says why not. */
  onChange: (change: HideOrShow) => Promise<boolean>;
}

/** Entries shown again, each with its place among all hidden ids; where Undo puts the focus back. */
interface ShownAgain {
  back: { id: string; at: number }[];
  /** The row's position among those listed ("Show all again" is on the first page), and the search that listed them. */
  position: number;
  query: string;
  focus: string;
}

const SHOW_ALL_ID = 'show-all-hidden';

/**
 * The entries the user hid, a page at a time, each with "Show again"; "Show
 * all again" for those listed; a search once they fill more than a page.
 */
export function HiddenList({ index, hidden, status, onChange }: Props) {
  const entries = useMemo(
    () => hidden.flatMap((id) => index.entries.get(id) ?? []),
    [index, hidden],
  );
  const { query, search, found: listed, page, setPage, listAgain } = useSearchedPages(entries);
  // Built-in entries are listed nowhere else: one shown again by mistake could
  // only be hidden again when a new tab happens to show it. Undo hides it back.
  const undo = useUndoOffer<ShownAgain>();
  // After "Show again", focus goes to the next row's button (or the previous one's).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (focusAfter) document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter, hidden]);

  const showAgain = async (position: number) => {
    const id = listed[position]?.id as string;
    const neighbour = listed[position + 1] ?? listed[position - 1];
    const back = placesIn(hidden, [id]);
    if (!(await onChange({ type: 'show', id }))) return;
    // The last one shown again leaves no row to go to: focus goes to Undo.
    undo.start({ back, position, query, focus: `show-${id}` }, { focus: !neighbour });
    if (neighbour) setFocusAfter(`show-${neighbour.id}`);
  };
  const showAll = async () => {
    const ids = listed.map(({ id }) => id);
    // Listed in the order hidden: put back in this order, each lands where it was.
    const back = placesIn(hidden, ids);
    if (await onChange({ type: 'all', changes: ids.map((id) => ({ type: 'show', id })) })) {
      undo.start({ back, position: 0, query, focus: SHOW_ALL_ID }, { focus: true });
    }
  };
  const hideBack = () =>
    undo.run(
      ({ back }) =>
        onChange({ type: 'all', changes: back.map(({ id, at }) => ({ type: 'hide', id, at })) }),
      {
        // Listed as they were, whatever was searched since, so the focus finds its button.
        done: (shown) => {
          listAgain(shown.query, shown.position);
          setFocusAfter(shown.focus);
        },
      },
    );
  const first = page * PAGE_SIZE;
  return (
    <>
      <StatusWithUndo
        id="hidden-status"
        status={status}
        undo={undo}
        label={t('hidden.undo')}
        onUndo={() => void hideBack()}
      />
      {(entries.length > PAGE_SIZE || query !== '') && (
        <SearchField id="hidden-search" label={t('hidden.search')} value={query} onInput={search} />
      )}
      <ListCount
        count={
          entries.length === 0
            ? t('hidden.none')
            : searchCount(
                { key: 'hidden.count', count: entries.length },
                listed.length,
                query.trim(),
              )
        }
        listed={listed.length}
        all={{
          id: SHOW_ALL_ID,
          label: 'hidden.showAll',
          onClick: showAll,
        }}
      />
      {listed.length > 0 && (
        <ul class="pinned-list">
          {listed.slice(first, first + PAGE_SIZE).map((entry, onPage) => (
            <EntryRow key={entry.id} entry={entry} index={index} textId={`hidden-text-${entry.id}`}>
              <button
                type="button"
                id={`show-${entry.id}`}
                aria-describedby={`hidden-text-${entry.id}`}
                onClick={() => void showAgain(first + onPage)}
              >
                {t('hidden.showAgain')}
              </button>
            </EntryRow>
          ))}
        </ul>
      )}
      <Pager label={t('hidden.pages')} page={page} count={listed.length} onPage={setPage} />
    </>
  );
}
