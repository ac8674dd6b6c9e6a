import { isRecord } from './guards';

/**
 * This browser's copy of a list kept in sync: what is read while sync is
 * unavailable, and what catches up when it `unsynced` (changed here, not yet
 * in sync).
 */
export interface LocalCopy<T> {
  values: T[];
  unsynced: boolean;
  /**
   * Changed while sync could not be read and this browser had no copy: it
   * started from nothing, so it holds only what was added here meanwhile,
   * which joins what sync holds (joinedToSync) rather than replacing it.
   */
  blind: boolean;
}

/**
 * Reads a stored copy `{ [field]: [...], unsynced, blind? }`. A damaged copy
 * (no list, a list of the wrong items, a flag that is not true or false)
 * reads as no copy at all: it is never shown instead of what sync holds, nor
 * written over it. A `blind` flag that is not false reads as true: joining
 * loses nothing.
 */
export function parseLocalCopy<T>(
  raw: unknown,
  field: string,
  isList: (value: unknown) => value is T[],
): LocalCopy<T> | undefined {
  if (!isRecord(raw) || typeof raw.unsynced !== 'boolean') return undefined;
  const values = raw[field];
  const blind = 'blind' in raw && raw.blind !== false;
  return isList(values) ? { values, unsynced: raw.unsynced, blind } : undefined;
}

/** A copy as stored: `blind` only when true, so copies from before it read the same. */
export const storedCopy = (
  field: string,
  values: readonly unknown[],
  unsynced: boolean,
  blind = false,
) => ({
  [field]: values,
  unsynced,
  ...(blind && { blind: true }),
});

/** What sync holds, then what a blind copy added that sync does not have (by id). */
export function joinedToSync<T>(
  synced: readonly T[],
  added: readonly T[],
  idOf: (item: T) => string,
): T[] {
  const ids = new Set(synced.map(idOf));
  return [...synced, ...added.filter((item) => !ids.has(idOf(item)))];
}
