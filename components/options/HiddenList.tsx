import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../utils/corpusIndex';
import { t, tCount } from '../translate';
import { EntryRow } from './EntryRow';
import { PAGE_SIZE, Pager, usePage } from './Pager';

interface Props {
  index: CorpusIndex;
  /** Hidden ids, oldest first; ids whose entry no longer exists are skipped. */
  hidden: readonly string[];
  onShowAgain: (id: string) => Promise<void>;
}

/** The entries the user hid, a page at a time, each with "Show again". */
export function HiddenList({ index, hidden, onShowAgain }: Props) {
  const entries = useMemo(
    () => hidden.flatMap((id) => index.entries.get(id) ?? []),
    [index, hidden],
  );
  const [page, setPage] = usePage(entries.length);
  // After "Show again", focus goes to the next row's button (or the previous one's).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (focusAfter) document.getElementById(`show-${focusAfter}`)?.focus();
    setFocusAfter(null);
  }, [focusAfter, hidden]);

  if (entries.length === 0) return <p class="hint">{t('hidden.none')}</p>;
  const first = page * PAGE_SIZE;
  const showAgain = async (position: number) => {
    const neighbour = entries[position + 1] ?? entries[position - 1];
    await onShowAgain(entries[position]?.id as string);
    if (neighbour) setFocusAfter(neighbour.id);
  };
  return (
    <>
      <p class="hint">{tCount('hidden.count', entries.length)}</p>
      <ul class="pinned-list">
        {entries.slice(first, first + PAGE_SIZE).map((entry, onPage) => (
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
      <Pager label={t('hidden.pages')} page={page} count={entries.length} onPage={setPage} />
    </>
  );
}
