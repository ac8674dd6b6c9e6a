/**
 * Pins: the ids of the user's favourite entries, in the user's order, stored
 * in storage.sync as a small record `pins` ({ v, chunks }) and the ids split
 * over items `pins.0`, `pins.1`, … so that none passes sync's 8 KB item limit.
 */
export const PINS_VERSION = 1;
export const PINS_KEY = 'pins';
/** Bytes of ids per item: under 8,192 with the key and JSON brackets. */
export const CHUNK_BYTES = 8_000;
/** Items pins may use: about 48 KB, half of what sync holds in all. */
export const MAX_CHUNKS = 6;

export const chunkKey = (index: number) => `${PINS_KEY}.${index}`;

/** Every key pins may occupy, for reading them in one call. */
export const ALL_PIN_KEYS = [
  PINS_KEY,
  ...Array.from({ length: MAX_CHUNKS }, (_, i) => chunkKey(i)),
];

export type PinChange =
  | { type: 'pin'; id: string }
  | { type: 'unpin'; id: string }
  | { type: 'toggle'; id: string }
  | { type: 'move'; id: string; by: number };

/**
 * Applies one change to the latest list. Changes are applied to what is
 * stored at the moment of writing (under a lock), never to a stale copy, so
 * changes made quickly in several tabs all survive.
 */
export function applyPinChange(pins: readonly string[], change: PinChange): string[] {
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

export class PinLimitError extends Error {
  constructor(readonly count: number) {
    super(`Sync storage can hold about ${count} pins: unpin some to pin more.`);
  }
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * The sync items for a pin list, and the chunk keys no longer needed.
 * Throws PinLimitError when the list needs more than MAX_CHUNKS items.
 */
export function encodePins(pins: readonly string[]): {
  items: Record<string, unknown>;
  unused: string[];
} {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 2;
  for (const id of pins) {
    const cost = byteLength(JSON.stringify(id)) + 1;
    if (size + cost > CHUNK_BYTES && current.length > 0) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(id);
    size += cost;
  }
  if (current.length > 0) chunks.push(current);
  if (chunks.length > MAX_CHUNKS) throw new PinLimitError(pins.length - 1);
  const items: Record<string, unknown> = { [PINS_KEY]: { v: PINS_VERSION, chunks: chunks.length } };
  chunks.forEach((chunk, i) => {
    items[chunkKey(i)] = chunk;
  });
  const unused = ALL_PIN_KEYS.slice(1 + chunks.length);
  return { items, unused };
}

export interface DecodedPins {
  pins: string[];
  /** Written by a newer version: shown, but not rewritten by this one. */
  newer: boolean;
}

/** Reads pins from the stored items; anything damaged is skipped, not fatal. */
export function decodePins(items: Record<string, unknown>): DecodedPins {
  const meta = items[PINS_KEY] as { v?: unknown; chunks?: unknown } | undefined;
  const count = typeof meta?.chunks === 'number' ? Math.min(meta.chunks, MAX_CHUNKS) : 0;
  const pins = new Set<string>();
  for (let i = 0; i < count; i++) {
    const chunk = items[chunkKey(i)];
    if (!Array.isArray(chunk)) continue;
    for (const id of chunk) if (typeof id === 'string') pins.add(id);
  }
  return { pins: [...pins], newer: typeof meta?.v === 'number' && meta.v > PINS_VERSION };
}
