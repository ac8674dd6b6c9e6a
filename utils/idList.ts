import { type ChunkedLayout, packChunks, unpackChunks } from './chunkedRecord';

/**
 * A list of entry ids kept in storage.sync as a chunked record (pins, hidden
 * entries): what both store, and how a change to one is applied.
 */

export type IdListChange =
  /** At the end, or at index `at` (Undo puts an id back where it was). */
  | { type: 'add'; id: string; at?: number }
  | { type: 'remove'; id: string }
  | { type: 'toggle'; id: string }
  | { type: 'move'; id: string; by: number }
  /** Replaces every id (restoring a backup). */
  | { type: 'replace'; ids: readonly string[] }
  /** Several changes in one write, in order ("Show all again", and its Undo). */
  | { type: 'all'; changes: readonly IdListChange[] };

/** Ids and their places in a list (-1 for one not in it): where Undo puts them back. */
export function placesIn(list: readonly string[], ids: readonly string[]) {
  const places = new Map(list.map((id, at) => [id, at]));
  return ids.map((id) => ({ id, at: places.get(id) ?? -1 }));
}

/**
 * Applies one change to the latest list. Changes are applied to what is
 * stored at the moment of writing (under a lock), never to a stale copy, so
 * changes made quickly in several tabs all survive.
 */
export function applyIdChange(ids: readonly string[], change: IdListChange): string[] {
  if (change.type === 'replace') return [...new Set(change.ids)];
  if (change.type === 'all') return change.changes.reduce(applyIdChange, [...ids]);
  const without = ids.filter((id) => id !== change.id);
  const at = ids.indexOf(change.id);
  switch (change.type) {
    case 'add': {
      if (at !== -1) return [...ids];
      const to = Math.min(Math.max(change.at ?? ids.length, 0), ids.length);
      return [...ids.slice(0, to), change.id, ...ids.slice(to)];
    }
    case 'remove':
      return without;
    case 'toggle':
      return at === -1 ? [...ids, change.id] : without;
    case 'move': {
      if (at === -1) return [...ids];
      const to = Math.min(Math.max(at + change.by, 0), without.length);
      return [...without.slice(0, to), change.id, ...without.slice(to)];
    }
  }
}

/**
 * The sync items for a list, and the chunk keys no longer needed. Throws
 * what `tooMany` makes of the count that would fit when the list does not.
 */
export function encodeIds(
  layout: ChunkedLayout,
  ids: readonly string[],
  tooMany: (fits: number) => Error,
): { items: Record<string, unknown>; unused: string[] } {
  const { items, packed, unused } = packChunks(layout, ids);
  if (packed < ids.length) throw tooMany(packed);
  return { items, unused };
}

/** Reads a list from the stored items; anything damaged is skipped, not fatal. */
export function decodeIds(
  layout: ChunkedLayout,
  items: Record<string, unknown>,
): { ids: string[]; newer: boolean } {
  const { values, newer } = unpackChunks(layout, items);
  const ids = new Set(values.filter((id): id is string => typeof id === 'string'));
  return { ids: [...ids], newer };
}
