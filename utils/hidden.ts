import type { ChunkedLayout } from './chunkedRecord';
import { encodeIds, type IdListChange } from './idList';
import { TextError, text } from './text';

/**
 * Hidden entries: ids the user never wants to see again, on any browser,
 * kept in storage.sync as a chunked list like pins, in two items (about
 * 16 KB, some 1,200 ids): pins and own entries need the rest of sync's 100 KB.
 */
export const HIDDEN_LAYOUT: ChunkedLayout = { key: 'hidden', version: 1, maxChunks: 2 };

export class HiddenLimitError extends TextError {
  constructor(readonly count: number) {
    super(text('hidden.limit', { n: count }));
  }
}

/** The sync items for the hidden ids; throws HiddenLimitError when they do not fit. */
export const encodeHidden = (ids: readonly string[]) =>
  encodeIds(HIDDEN_LAYOUT, ids, (fits) => new HiddenLimitError(fits));

export type HiddenChange =
  /** At the end, or at index `at` (Show again undone). */
  | { type: 'hide'; id: string; at?: number }
  | { type: 'show'; id: string }
  /** Several in one write, in order ("Show all again", and its Undo). */
  | { type: 'all'; changes: readonly HiddenChange[] }
  /** Replaces every hidden id (restoring a backup). */
  | { type: 'replace'; ids: readonly string[] };

/** Entries hidden or shown again, as the pages ask for it. */
export type HideOrShow = Exclude<HiddenChange, { type: 'replace' }>;

/** A change to the hidden entries as a change to the list of ids. */
export function hiddenIdChange(change: HiddenChange): IdListChange {
  if (change.type === 'hide') return { type: 'add', id: change.id, at: change.at };
  if (change.type === 'show') return { type: 'remove', id: change.id };
  if (change.type === 'all') return { type: 'all', changes: change.changes.map(hiddenIdChange) };
  return change;
}
