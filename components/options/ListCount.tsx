import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/text';
import { tCount } from '../translate';

/**
 * The message of a button for all that has its question and answers under
 * its name and a suffix ("own.deleteAll", "own.deleteAllQuestion", "…Yes", "…No").
 */
type AllKey = {
  [K in MessageKey]: `${K}${'Question' | 'Yes' | 'No'}` extends MessageKey ? K : never;
}[MessageKey];

interface Props {
  /** How many entries the list has, or how many a search finds: spoken when it changes. */
  count: string;
  /** How many it lists: the button shows for more than one. */
  listed: number;
  /** The button that acts on every entry listed: its id, its words (a count), what it does. */
  all: { id: string; label: AllKey; onClick: () => Promise<void> };
}

/**
 * The line over one of the options page's lists: its count, and a button for
 * all it lists ("Delete all 12"), which asks first, the focus on the answer
 * that keeps them: one stray click must not undo a collection's curation.
 */
export function ListCount({ count, listed, all }: Props) {
  const [asking, setAsking] = useState(false);
  // Where the focus goes once the line shows the question, or the button again.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [asking]);
  const ask = (next: boolean, focus: string | null) => {
    focusNext.current = focus;
    setAsking(next);
  };
  const questionId = `${all.id}-question`;
  const answer = (key: MessageKey, id: string, onClick: () => void) => (
    <button type="button" id={id} aria-describedby={questionId} onClick={onClick}>
      {tCount(key, listed)}
    </button>
  );
  return (
    <p class="hint">
      <span aria-live="polite">{count}</span>
      {listed > 1 && ' '}
      {listed > 1 &&
        (asking ? (
          <span class="ask">
            <span id={questionId}>{tCount(`${all.label}Question`, listed)}</span>{' '}
            {answer(`${all.label}Yes`, `${all.id}-yes`, () => {
              ask(false, null);
              void all.onClick();
            })}{' '}
            {answer(`${all.label}No`, `${all.id}-no`, () => ask(false, all.id))}
          </span>
        ) : (
          <button type="button" id={all.id} onClick={() => ask(true, `${all.id}-no`)}>
            {tCount(all.label, listed)}
          </button>
        ))}
    </p>
  );
}
