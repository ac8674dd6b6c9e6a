import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/text';
import { t, tCount } from '../translate';

interface Props {
  checked: readonly string[];
  /** The button's words: "Untick all topics". */
  untick: MessageKey;
  /** The button's words once they are unticked, with their count: "Tick the 3 topics again". */
  tickAgain: MessageKey;
  onChange: (checked: string[]) => void;
}

/**
 * Under topics or authors: none ticked shows all; some ticked are counted,
 * with a button that unticks them all (some may be far down a long list).
 * The same button then ticks them again, until another is ticked: a choice
 * of many names is not lost to one click. Being the same button, it keeps
 * the focus.
 */
export function TickedHint({ checked, untick, tickAgain, onChange }: Props) {
  const [unticked, setUnticked] = useState<readonly string[] | null>(null);
  const some = checked.length > 0;
  useEffect(() => {
    if (some) setUnticked(null);
  }, [some]);
  if (!some && !unticked) return <>{t('what.noneTicked')}</>;
  const again = !some && unticked;
  return (
    <span class="ticked">
      {again ? t('what.noneTicked') : tCount('what.ticked', checked.length)}{' '}
      <button
        type="button"
        onClick={() => {
          if (again) onChange([...again]);
          else {
            setUnticked(checked);
            onChange([]);
          }
        }}
      >
        {again ? tCount(tickAgain, again.length) : t(untick)}
      </button>
    </span>
  );
}
