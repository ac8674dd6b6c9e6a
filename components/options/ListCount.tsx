import type { MessageKey } from '../../utils/text';
import { tCount } from '../translate';

interface Props {
  /** How many entries the list has, or how many a search finds: spoken when it changes. */
  count: string;
  /** How many it lists: the button shows for more than one. */
  listed: number;
  /** The button that acts on every entry listed: its id, its words (a count), what it does. */
  all: { id: string; label: MessageKey; onClick: () => Promise<void> };
}

/** The line over one of the options page's lists: its count, and a button for all it lists ("Delete all 12"). */
export function ListCount({ count, listed, all }: Props) {
  return (
    <p class="hint">
      <span aria-live="polite">{count}</span>
      {listed > 1 && (
        <>
          {' '}
          <button type="button" id={all.id} onClick={() => void all.onClick()}>
            {tCount(all.label, listed)}
          </button>
        </>
      )}
    </p>
  );
}
