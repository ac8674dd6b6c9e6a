import { useState } from 'preact/hooks';

/**
 * Whether a control has been reached (focused, or the pointer came over it):
 * its long list of options (thousands of authors in a big collection) is
 * built only then, so the options page opens without them (with 10,000 own
 * entries and 4,000 authors, they took about 230 ms of its first paint). The
 * list is there before it can be seen: focus comes before typing or a key,
 * the pointer over a select before it opens.
 */
export function useReached() {
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  return { reached, onFocus: reach, onPointerEnter: reach };
}
