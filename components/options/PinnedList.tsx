import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../utils/corpusIndex';
import type { PinChange } from '../../utils/pins';
import { t, tCount } from '../translate';
import { EntryRow } from './EntryRow';
import { PAGE_SIZE, Pager, pageOf, usePage } from './Pager';
import { StatusWithUndo, useUndoOffer } from './UndoOffer';

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

/** An unpinned entry, and where it was: among all pins (`at`) and among those listed (`position`). */
interface Unpinned {
  id: string;
  at: number;
  position: number;
}

/** Where focus goes after a change re-renders the list. */
interface FocusTarget {
  id: string;
  action: 'up' | 'down' | 'unpin';
}

const buttonId = (target: FocusTarget) => `pin-${target.action}-${target.id}`;

/**
 * The pinned entries, a page at a time (there may be thousands), with buttons
 * to reorder and unpin them.
 */
export function PinnedList({ index, pins, hidden, status, onChange }: Props) {
  const [focusAfter, setFocusAfter] = useState<FocusTarget | null>(null);
  // An entry unpinned by mistake is hard to find again among hundreds: Undo pins it back in place.
  const undo = useUndoOffer<Unpinned>();
  const entries = useMemo(() => pins.flatMap((id) => index.entries.get(id) ?? []), [index, pins]);
  // After the last pin of the last page goes, the page before it is shown.
  const [page, setPage] = usePage(entries.length);
  const first = page * PAGE_SIZE;
  const shown = entries.slice(first, first + PAGE_SIZE);

  // A moved row keeps focus on its button, or the other one when it reached an end;
  // after an unpin, focus goes to the neighbouring row's Unpin.
  useLayoutEffect(() => {
    if (!focusAfter) return;
    const { id, action } = focusAfter;
    const actions: FocusTarget['action'][] =
      action === 'unpin' ? ['unpin'] : [action, action === 'up' ? 'down' : 'up'];
    const button = actions
      .map((a) => document.getElementById(buttonId({ id, action: a })) as HTMLButtonElement | null)
      .find((candidate) => candidate && !candidate.disabled);
    button?.focus();
    setFocusAfter(null);
  }, [focusAfter, pins]);

  // Moves past the neighbouring shown row (pins of deleted entries are skipped).
  const move = async (position: number, action: 'up' | 'down') => {
    const id = entries[position]?.id as string;
    const neighbour = entries[position + (action === 'up' ? -1 : 1)]?.id as string;
    await onChange({ type: 'move', id, by: pins.indexOf(neighbour) - pins.indexOf(id) });
    // Once the list shows the move: a row that reached an end has only its other button left.
    // A row moved past the edge of the page is followed to the next or previous page.
    setPage(pageOf(position + (action === 'up' ? -1 : 1)));
    setFocusAfter({ id, action });
  };
  const unpin = async (position: number) => {
    const id = entries[position]?.id as string;
    const neighbour = entries[position + 1] ?? entries[position - 1];
    const at = pins.indexOf(id);
    if (!(await onChange({ type: 'unpin', id }))) return;
    // The last pin unpinned leaves no row to go to: focus goes to Undo.
    undo.start({ id, at, position }, { focus: !neighbour });
    if (neighbour) setFocusAfter({ id: neighbour.id, action: 'unpin' });
  };
  const putBack = () =>
    undo.run(({ id, at }) => onChange({ type: 'pin', id, at }), {
      done: ({ id, position }) => {
        setPage(pageOf(position));
        setFocusAfter({ id, action: 'unpin' });
      },
    });
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
      <p class="hint">{tCount('pinned.count', entries.length)}</p>
      <ol class="pinned-list" start={first + 1}>
        {shown.map((entry, onPage) => {
          const position = first + onPage;
          const textId = `pin-text-${entry.id}`;
          return (
            <EntryRow
              key={entry.id}
              entry={entry}
              index={index}
              textId={textId}
              number={position + 1}
              note={hidden.has(entry.id) ? t('pinned.hiddenNote') : undefined}
            >
              {(['up', 'down'] as const).map((direction) => (
                <button
                  key={direction}
                  type="button"
                  id={buttonId({ id: entry.id, action: direction })}
                  aria-describedby={textId}
                  disabled={position === (direction === 'up' ? 0 : entries.length - 1)}
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
      <Pager label={t('pinned.pages')} page={page} count={entries.length} onPage={setPage} />
    </>
  );
}
