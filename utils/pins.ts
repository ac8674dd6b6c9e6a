import { type ChunkedLayout, layoutKeys, packChunks, unpackChunks } from './chunkedRecord';
import { TextError, text } from './text';

/**
 * Pins: the ids of the user's favourite entries, in the user's order, kept in
 * storage.sync as a chunked list (see chunkedRecord.ts) of up to six items,
 * about 48 KB: half of what sync holds in all.
 */
export const PINS_LAYOUT: ChunkedLayout = { key: 'pins', version: 1, maxChunks: 6 };

/** Every key pins may occupy, for reading them in one call. */
export const ALL_PIN_KEYS = layoutKeys(PINS_LAYOUT);

export type PinChange =
  | { type: 'pin'; id: string }
  | { type: 'unpin'; id: string }
  | { type: 'toggle'; id: string }
  | { type: 'move'; id: string; by: number }
  /** Replaces every pin (restoring a backup). */
  | { type: 'replace'; ids: readonly string[] };

/**
 * Applies one change to the latest list. Changes are applied to what is
 * stored at the moment of writing (under a lock), never to a stale copy, so
 * changes made quickly in several tabs all survive.
 */
export function applyPinChange(pins: readonly string[], change: PinChange): string[] {
  if (change.type === 'replace') return [...new Set(change.ids)];
  const without = pins.filter((id) => id !== change.id);
  const at = pins.indexOf(change.id);
  switch (change.type) {
    case 'pin':
      return at === -1 ? [...pins, change.id] : [...pins];
    case 'unpin':
      return without;
    case 'toggle':
      return at === -1 ? [...pins, change.id] : without;
    case 'move': {
      if (at === -1) return [...pins];
      const to = Math.min(Math.max(at + change.by, 0), without.length);
      return [...without.slice(0, to), change.id, ...without.slice(to)];
    }
  }
}

export class PinLimitError extends TextError {
  constructor(readonly count: number) {
    super(text('pinned.limit', { n: count }));
  }
}

/**
 * The sync items for a pin list, and the chunk keys no longer needed.
 * Throws PinLimitError when the list does not fit.
 */
export function encodePins(pins: readonly string[]): {
  items: Record<string, unknown>;
  unused: string[];
} {
  const { items, packed, unused } = packChunks(PINS_LAYOUT, pins);
  if (packed < pins.length) throw new PinLimitError(packed);
  return { items, unused };
}

export interface DecodedPins {
  pins: string[];
  /** Written by a newer version: shown, but not rewritten by this one. */
  newer: boolean;
}

/** Reads pins from the stored items; anything damaged is skipped, not fatal. */
export function decodePins(items: Record<string, unknown>): DecodedPins {
  const { values, newer } = unpackChunks(PINS_LAYOUT, items);
  const pins = new Set(values.filter((id): id is string => typeof id === 'string'));
  return { pins: [...pins], newer };
}
