import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../utils/corpusIndex';
import { t, tCount } from '../translate';
import { EntrySummary } from './EntrySummary';
import { clampPage, PAGE_SIZE, Pager } from './Pager';

interface Props {
  index: CorpusIndex;
  /** Hidden ids, oldest first; ids whose entry no longer exists are skipped. */
  hidden: readonly string[];
  onShowAgain: (id: string) => Promise<void>;
}

/** The entries the user hid, a page at a time, each with "Show again". */
export function HiddenList({ index, hidden, onShowAgain }: Props) {
  const [chosenPage, setPage] = useState(0);
  const entries = useMemo(
    () => hidden.flatMap((id) => index.entries.get(id) ?? []),
    [index, hidden],
  );
  const page = clampPage(chosenPage, entries.length);
  useLayoutEffect(() => {
    if (page !== chosenPage) setPage(page);
  }, [page, chosenPage]);
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
          <li key={entry.id}>
            <EntrySummary entry={entry} index={index} textId={`hidden-text-${entry.id}`} />
            <div class="pinned-actions">
              <button
                type="button"
                id={`show-${entry.id}`}
                aria-describedby={`hidden-text-${entry.id}`}
                onClick={() => void showAgain(first + onPage)}
              >
                {t('hidden.showAgain')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <Pager label={t('hidden.pages')} page={page} count={entries.length} onPage={setPage} />
    </>
  );
}
