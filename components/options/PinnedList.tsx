import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../utils/corpusIndex';
import { placesIn } from '../../utils/idList';
import type { PinChange } from '../../utils/pins';
import { t } from '../translate';
import { EntryRow } from './EntryRow';
import { ListCount } from './ListCount';
import { PAGE_SIZE, Pager, pageOf } from './Pager';
import { SearchField } from './SearchField';
import { searchCount } from './searchCount';
import { StatusWithUndo, useUndoOffer } from './UndoOffer';
import { useSearchedPages } from './useSearchedPages';

interface Props {
  index: CorpusIndex;
  /** Pinned ids in the user's order; ids whose entry no longer exists are skipped. */
  pins: readonly string[];
  /** Hidden ids: a pin hidden too never shows, and its row says so. */
  hidden: ReadonlySet<string>;
  /** What the last change to the pins did, or why it failed. */
  status: string;
  /** Resolves once the change is shown: true if it was made, false if the status says why not. */
  onChange: (change: PinChange) => Promise<boolean>;
}

/**
 * Unpinned entries, each with its place among all pins (`at`); where they
 * were among those listed (`position`) by the search then typed (`query`),
 * and the button Undo gives the focus back to.
 */
interface Unpinned {
  back: { id: string; at: number }[];
  position: number;
  query: string;
  focus: FocusTarget;
}

/** Where focus goes after a change re-renders the list: a row's button, or Unpin all. */
type FocusTarget = { id: string; action: 'up' | 'down' | 'unpin' } | 'all';

const UNPIN_ALL_ID = 'unpin-all';
const buttonId = (target: FocusTarget) =>
  target === 'all' ? UNPIN_ALL_ID : `pin-${target.action}-${target.id}`;

/**
 * The pinned entries, a page at a time (there may be thousands), with buttons
 * to reorder and unpin them; a search once they fill more than a page. Among
 * those found, Move up and Move down move an entry past the one found next to it.
 */
export function PinnedList({ index, pins, hidden, status, onChange }: Props) {
  const [focusAfter, setFocusAfter] = useState<FocusTarget | null>(null);
  // An entry unpinned by mistake is hard to find again among hundreds: Undo pins it back in place.
  const undo = useUndoOffer<Unpinned>();
  const entries = useMemo(() => pins.flatMap((id) => index.entries.get(id) ?? []), [index, pins]);
  // After the last pin of the last page goes, the page before it is shown.
  const { query, search, found: listed, page, setPage, listAgain } = useSearchedPages(entries);
  // Each row is numbered by its place among all pins, found by a search or not.
  const places = useMemo(() => new Map(entries.map((e, i) => [e.id, i + 1])), [entries]);
  const first = page * PAGE_SIZE;
  const shown = listed.slice(first, first + PAGE_SIZE);

  // A moved row keeps focus on its button, or the other one when it reached an end;
  // after an unpin, focus goes to the neighbouring row's Unpin.
  useLayoutEffect(() => {
    if (!focusAfter) return;
    const targets: FocusTarget[] =
      focusAfter === 'all' || focusAfter.action === 'unpin'
        ? [focusAfter]
        : [focusAfter, { ...focusAfter, action: focusAfter.action === 'up' ? 'down' : 'up' }];
    const button = targets
      .map((target) => document.getElementById(buttonId(target)) as HTMLButtonElement | null)
      .find((candidate) => candidate && !candidate.disabled);
    button?.focus();
    setFocusAfter(null);
  }, [focusAfter, pins]);

  // Moves past the neighbouring listed row (pins of deleted entries, and those not found, are skipped).
  const move = async (position: number, action: 'up' | 'down') => {
    const id = listed[position]?.id as string;
    const neighbour = listed[position + (action === 'up' ? -1 : 1)]?.id as string;
    await onChange({ type: 'move', id, by: pins.indexOf(neighbour) - pins.indexOf(id) });
    // Once the list shows the move: a row that reached an end has only its other button left.
    // A row moved past the edge of the page is followed to the next or previous page.
    setPage(pageOf(position + (action === 'up' ? -1 : 1)));
    setFocusAfter({ id, action });
  };
  const unpin = async (position: number) => {
    const id = listed[position]?.id as string;
    const neighbour = listed[position + 1] ?? listed[position - 1];
    const back = placesIn(pins, [id]);
    if (!(await onChange({ type: 'unpin', id }))) return;
    // The last pin listed unpinned leaves no row to go to: focus goes to Undo.
    const focus: FocusTarget = { id, action: 'unpin' };
    undo.start({ back, position, query, focus }, { focus: !neighbour });
    if (neighbour) setFocusAfter({ id: neighbour.id, action: 'unpin' });
  };
  const unpinAll = async () => {
    const ids = listed.map(({ id }) => id);
    // Listed in the pins' order: put back in this order, each lands where it was.
    const back = placesIn(pins, ids);
    if (await onChange({ type: 'all', changes: ids.map((id) => ({ type: 'unpin', id })) })) {
      undo.start({ back, position: 0, query, focus: 'all' }, { focus: true });
    }
  };
  const putBack = () =>
    undo.run(
      ({ back }) =>
        onChange({ type: 'all', changes: back.map(({ id, at }) => ({ type: 'pin', id, at })) }),
      {
        // Listed as they were, whatever was searched since, so the focus finds its button.
        done: ({ position, query: then, focus }) => {
          listAgain(then, position);
          setFocusAfter(focus);
        },
      },
    );
  const statusRow = (
    <StatusWithUndo
      id="pinned-status"
      status={status}
      undo={undo}
      label={t('pinned.undo')}
      onUndo={() => void putBack()}
    />
  );
  if (entries.length === 0) {
    return (
      <>
        {statusRow}
        <p class="hint">{t('pinned.none')}</p>
      </>
    );
  }
  return (
    <>
      {statusRow}
      {(entries.length > PAGE_SIZE || query !== '') && (
        <SearchField id="pinned-search" label={t('pinned.search')} value={query} onInput={search} />
      )}
      <ListCount
        count={searchCount(
          { key: 'pinned.count', count: entries.length },
          listed.length,
          query.trim(),
        )}
        listed={listed.length}
        all={{
          id: UNPIN_ALL_ID,
          label: 'pinned.unpinAll',
          onClick: unpinAll,
        }}
      />
      <ol class="pinned-list">
        {shown.map((entry, onPage) => {
          const position = first + onPage;
          const textId = `pin-text-${entry.id}`;
          return (
            <EntryRow
              key={entry.id}
              entry={entry}
              index={index}
              textId={textId}
              number={places.get(entry.id)}
              note={hidden.has(entry.id) ? t('pinned.hiddenNote') : undefined}
            >
              {(['up', 'down'] as const).map((direction) => (
                <button
                  key={direction}
                  type="button"
                  id={buttonId({ id: entry.id, action: direction })}
                  aria-describedby={textId}
                  disabled={position === (direction === 'up' ? 0 : listed.length - 1)}
                  onClick={() => void move(position, direction)}
                >
                  {t(direction === 'up' ? 'pinned.moveUp' : 'pinned.moveDown')}
                </button>
              ))}
              <button
                type="button"
                id={buttonId({ id: entry.id, action: 'unpin' })}
                aria-describedby={textId}
                onClick={() => void unpin(position)}
              >
                {t('pinned.unpin')}
              </button>
            </EntryRow>
          );
        })}
      </ol>
      <Pager label={t('pinned.pages')} page={page} count={listed.length} onPage={setPage} />
    </>
  );
}
