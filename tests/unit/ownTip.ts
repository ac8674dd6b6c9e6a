import type { Entry } from '../../utils/entry';

/** One of the user's own tips, its text made from its id. */
export const ownTip = (
  id: string,
  author: string | undefined,
  topics: string[],
  rev?: number,
): Entry => ({
  id,
  kind: 'tip',
  text: `Text ${id}`,
  source: 'own',
  topics,
  ...(author && { author }),
  ...(rev && { rev }),
});
