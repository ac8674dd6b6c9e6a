import { isRecord } from './guards';

/**
 * This browser's copy of a list kept in sync: what is read while sync is
 * unavailable, and what catches up when it `unsynced` (changed here, not yet
 * in sync).
 */
export interface LocalCopy<T> {
  values: T[];
  unsynced: boolean;
}

/**
 * Reads a stored copy `{ [field]: [...], unsynced }`. A damaged copy (no list,
 * a list of the wrong items, a flag that is not true or false) reads as no copy
 * at all: it is never shown instead of what sync holds, nor written over it.
 */
export function parseLocalCopy<T>(
  raw: unknown,
  field: string,
  isList: (value: unknown) => value is T[],
): LocalCopy<T> | undefined {
  if (!isRecord(raw) || typeof raw.unsynced !== 'boolean') return undefined;
  const values = raw[field];
  return isList(values) ? { values, unsynced: raw.unsynced } : undefined;
}
