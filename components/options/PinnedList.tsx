import { useEffect, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../utils/corpusIndex';
import type { PinChange } from '../../utils/pins';
import { credit, kindLabel } from '../labels';
import { t } from '../translate';

interface Props {
  index: CorpusIndex;
  /** Pinned ids in the user's order; ids whose entry no longer exists are skipped. */
  pins: readonly string[];
  onChange: (change: PinChange) => void;
}

/** Where focus goes after a change re-renders the list. */
interface FocusTarget {
  id: string;
  action: 'up' | 'down';
}

const buttonId = (target: FocusTarget) => `pin-${target.action}-${target.id}`;

export function PinnedList({ index, pins, onChange }: Props) {
  const [focusAfter, setFocusAfter] = useState<FocusTarget | null>(null);
  const entries = pins.flatMap((id) => index.entries.get(id) ?? []);

  // A moved row keeps focus on its button, or the other one when it reached an end.
  useEffect(() => {
    if (!focusAfter) return;
    const other: FocusTarget = {
      ...focusAfter,
      action: focusAfter.action === 'up' ? 'down' : 'up',
    };
    const button = [focusAfter, other]
      .map((target) => document.getElementById(buttonId(target)) as HTMLButtonElement | null)
      .find((candidate) => candidate && !candidate.disabled);
    button?.focus();
    setFocusAfter(null);
  }, [focusAfter, pins]);

  if (entries.length === 0) {
    return <p class="hint">{t('pinned.none')}</p>;
  }
  // Moves past the neighbouring shown row (pins of deleted entries are skipped).
  const move = (position: number, action: 'up' | 'down') => {
    const id = entries[position]?.id as string;
    const neighbour = entries[position + (action === 'up' ? -1 : 1)]?.id as string;
    onChange({ type: 'move', id, by: pins.indexOf(neighbour) - pins.indexOf(id) });
    setFocusAfter({ id, action });
  };
  return (
    <ol class="pinned-list">
      {entries.map((entry, position) => {
        const textId = `pin-text-${entry.id}`;
        return (
          <li key={entry.id}>
            <p class="pinned-text" id={textId}>
              {entry.title && <strong>{entry.title}. </strong>}
              <span class="pinned-body">{entry.text}</span>
            </p>
            <p class="pinned-meta">
              {kindLabel(entry)} · {credit(entry, index.sources.get(entry.source))}
            </p>
            <div class="pinned-actions">
              <button
                type="button"
                id={buttonId({ id: entry.id, action: 'up' })}
                aria-describedby={textId}
                disabled={position === 0}
                onClick={() => move(position, 'up')}
              >
                {t('pinned.moveUp')}
              </button>
              <button
                type="button"
                id={buttonId({ id: entry.id, action: 'down' })}
                aria-describedby={textId}
                disabled={position === entries.length - 1}
                onClick={() => move(position, 'down')}
              >
                {t('pinned.moveDown')}
              </button>
              <button
                type="button"
                aria-describedby={textId}
                onClick={() => onChange({ type: 'unpin', id: entry.id })}
              >
                {t('pinned.unpin')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
