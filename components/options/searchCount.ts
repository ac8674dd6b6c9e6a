import type { MessageKey } from '../../utils/text';
import { t, tCount } from '../translate';

/**
 * The line over a searchable list: how many entries it has (`total` says it:
 * "You have 12 entries of your own"), or how many match the search.
 */
export function searchCount(
  total: { key: MessageKey; count: number },
  matching: number,
  query: string,
): string {
  if (query && matching === 0) return t('own.noMatch', { query });
  return query ? tCount('own.matching', matching, { query }) : tCount(total.key, total.count);
}
