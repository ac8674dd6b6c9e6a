import type { ChunkedLayout } from './chunkedRecord';
import { applyIdChange, decodeIds, encodeIds, type IdListChange } from './idList';
import { TextError, text } from './text';

/**
 * Pins: the ids of the user's favourite entries, in the user's order, kept in
 * storage.sync as a chunked list (see chunkedRecord.ts) of up to six items,
 * about 48 KB: half of what sync holds in all.
 */
export const PINS_LAYOUT: ChunkedLayout = { key: 'pins', version: 1, maxChunks: 6 };

export type PinChange =
  /** At the end, or at index `at` (an unpin undone). */
  | { type: 'pin'; id: string; at?: number }
  | { type: 'unpin'; id: string }
  | { type: 'toggle'; id: string }
  | { type: 'move'; id: string; by: number }
  /** Several in one write, in order ("Unpin all", and its Undo). */
  | { type: 'all'; changes: readonly PinChange[] }
  /** Replaces every pin (restoring a backup). */
  | { type: 'replace'; ids: readonly string[] };

/** A pin change as a change to the list of ids. */
export function asIdChange(change: PinChange): IdListChange {
  if (change.type === 'pin') return { type: 'add', id: change.id, at: change.at };
  if (change.type === 'unpin') return { type: 'remove', id: change.id };
  if (change.type === 'all') return { type: 'all', changes: change.changes.map(asIdChange) };
  return change;
}

export const applyPinChange = (pins: readonly string[], change: PinChange): string[] =>
  applyIdChange(pins, asIdChange(change));

export class PinLimitError extends TextError {
  constructor(readonly count: number) {
    super(text('pinned.limit', { n: count }));
  }
}

/**
 * The sync items for a pin list, and the chunk keys no longer needed.
 * Throws PinLimitError when the list does not fit.
 */
export const encodePins = (pins: readonly string[]) =>
  encodeIds(PINS_LAYOUT, pins, (fits) => new PinLimitError(fits));

export interface DecodedPins {
  pins: string[];
  /** Written by a newer version: shown, but not rewritten by this one. */
  newer: boolean;
}

/** Reads pins from the stored items; anything damaged is skipped, not fatal. */
export function decodePins(items: Record<string, unknown>): DecodedPins {
  const { ids, newer } = decodeIds(PINS_LAYOUT, items);
  return { pins: ids, newer };
}
