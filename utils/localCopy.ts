import { isRecord, isStringArray } from './guards';
import { SYNC_PROBLEMS, type SyncedData, type SyncProblem, syncProblemText } from './syncErrors';
import type { Text } from './text';

/**
 * This browser's copy of a list kept in sync: what is read while sync is
 * unavailable, and what catches up when it `unsynced` (changed here, not yet
 * in sync).
 */
export interface LocalCopy<T> {
  values: T[];
  unsynced: boolean;
  /**
   * A copy ahead of sync: the ids its changes started from (what sync held
   * then; while sync could not be read, what this browser knew, none without
   * a copy). Its changes are laid over what sync holds (laidOverSync) rather
   * than replacing it, which would drop what other browsers stored meanwhile:
   * while this one waits for the background to send, while sync refuses
   * writes, or, when there was no copy, everything. A copy an earlier version
   * left ahead has none, and replaces sync's list.
   */
  base?: string[];
  /**
   * Why sync refused this copy's last write, for pages to say until it is
   * sent, also once reopened: pins and hidden entries are sent by the
   * background, which no page hears from.
   */
  refused?: SyncProblem;
}

/** How a copy ahead of sync is stored (see LocalCopy); none for a copy of what sync holds. */
export type Ahead = Pick<LocalCopy<unknown>, 'base' | 'refused'>;

/**
 * Reads a stored copy `{ [field]: [...], unsynced, base?, refused? }`. A
 * damaged copy (no list, a list of the wrong items, a flag that is not true
 * or false) reads as no copy at all: it is never shown instead of what sync
 * holds, nor written over it. A damaged `base` reads as none known: laying
 * over it loses nothing (though what another browser removed may come back).
 */
export function parseLocalCopy<T>(
  raw: unknown,
  field: string,
  isList: (value: unknown) => value is T[],
): LocalCopy<T> | undefined {
  if (!isRecord(raw) || typeof raw.unsynced !== 'boolean') return undefined;
  const values = raw[field];
  if (!isList(values)) return undefined;
  const base = 'base' in raw && { base: isStringArray(raw.base) ? raw.base : [] };
  // One this version does not know is left unsaid.
  const refused = SYNC_PROBLEMS.find((problem) => problem === raw.refused);
  return { values, unsynced: raw.unsynced, ...base, ...(refused && { refused }) };
}

/** What to tell the user of a copy sync refused, until it is sent; null for any other. */
export const refusedProblem = (
  copy: LocalCopy<unknown> | undefined,
  what: SyncedData,
): Text | null => (copy?.unsynced && copy.refused ? syncProblemText(copy.refused, what) : null);

/**
 * What a change made while sync cannot be read starts from: the copy's base
 * if it has one; the ids it holds (`ids`) when it is a copy of what sync
 * held; none without a copy. A copy ahead of sync without a base has none.
 */
export const baseWhileUnreadable = (
  copy: LocalCopy<unknown> | undefined,
  ids: () => string[],
): string[] | undefined => (!copy ? [] : copy.unsynced ? copy.base : ids());

/**
 * A copy as stored: `ahead` of sync, or (without it) a copy of what sync
 * holds; `base` and `refused` only when there are some, so copies from
 * before them read the same.
 */
export const storedCopy = (field: string, values: readonly unknown[], ahead?: Ahead) => ({
  [field]: values,
  unsynced: !!ahead,
  ...(ahead?.base && { base: ahead.base }),
  ...(ahead?.refused && { refused: ahead.refused }),
});

/**
 * What sync holds, with the changes a copy ahead of it made laid over it:
 * without what it removed (in `base`, no longer in `mine`), with what it
 * added (in neither `base` nor sync), and, for one in both, `pick`'s choice.
 * What another browser added stays; what it removed stays removed. The order
 * is `mine`'s, with what others added after it, when this browser moved some
 * (the later move wins) or sync still holds `base` as it was (a pin put back
 * where it was, say); otherwise sync's, which another browser may have changed.
 */
export function laidOverSync<T>(
  synced: readonly T[],
  mine: readonly T[],
  base: readonly string[],
  idOf: (item: T) => string,
  pick: (mine: T, synced: T) => T = (_mine, synced) => synced,
): T[] {
  const known = new Set(base);
  const theirs = new Map(synced.map((item) => [idOf(item), item]));
  const ours = new Map(mine.map((item) => [idOf(item), item]));
  const inAll = (id: string) => known.has(id) && theirs.has(id) && ours.has(id);
  const mineFirst =
    sameIds(synced.map(idOf), base) || !sameIds([...ours.keys()].filter(inAll), base.filter(inAll));
  const order = new Set((mineFirst ? [...mine, ...synced] : [...synced, ...mine]).map(idOf));
  return [...order].flatMap((id) => {
    const own = ours.get(id);
    const other = theirs.get(id);
    // One side alone holds it: added there (kept), or removed on the other (dropped).
    return own && other ? [pick(own, other)] : known.has(id) ? [] : [(own ?? other) as T];
  });
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, at) => id === b[at]);
