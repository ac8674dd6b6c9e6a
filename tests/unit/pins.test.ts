import { describe, expect, it } from 'vitest';
import { reasonOf } from '../../components/translate';
import { CHUNK_BYTES, layoutKeys } from '../../utils/chunkedRecord';
import {
  applyPinChange,
  decodePins,
  encodePins,
  PINS_LAYOUT,
  PinLimitError,
} from '../../utils/pins';

const { maxChunks: MAX_CHUNKS, version: PINS_VERSION } = PINS_LAYOUT;

/** Ids as long as real ones ("t-empathize-without-conceding" is 29 characters). */
const realisticIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `t-some-stable-entry-id-${i}`);

describe('applyPinChange', () => {
  it('makes several changes in one, in order (Unpin all, and its Undo)', () => {
    const unpinned = applyPinChange(['a', 'b', 'c', 'd'], {
      type: 'all',
      changes: [
        { type: 'unpin', id: 'b' },
        { type: 'unpin', id: 'd' },
      ],
    });
    expect(unpinned).toEqual(['a', 'c']);
    const back = applyPinChange([...unpinned, 'e'], {
      type: 'all',
      changes: [
        { type: 'pin', id: 'b', at: 1 },
        { type: 'pin', id: 'd', at: 3 },
      ],
    });
    expect(back).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('pins at the end, once', () => {
    expect(applyPinChange(['a'], { type: 'pin', id: 'b' })).toEqual(['a', 'b']);
    expect(applyPinChange(['a', 'b'], { type: 'pin', id: 'a' })).toEqual(['a', 'b']);
  });

  it('pins at a given place, within the list, once: an unpin undone', () => {
    expect(applyPinChange(['a', 'c'], { type: 'pin', id: 'b', at: 1 })).toEqual(['a', 'b', 'c']);
    expect(applyPinChange(['a'], { type: 'pin', id: 'b', at: 9 })).toEqual(['a', 'b']);
    expect(applyPinChange(['a'], { type: 'pin', id: 'b', at: -1 })).toEqual(['b', 'a']);
    expect(applyPinChange(['a', 'b'], { type: 'pin', id: 'b', at: 0 })).toEqual(['a', 'b']);
  });

  it('unpins, and toggles either way', () => {
    expect(applyPinChange(['a', 'b'], { type: 'unpin', id: 'a' })).toEqual(['b']);
    expect(applyPinChange(['a'], { type: 'toggle', id: 'a' })).toEqual([]);
    expect(applyPinChange([], { type: 'toggle', id: 'a' })).toEqual(['a']);
  });

  it('moves up and down, stopping at the ends', () => {
    const pins = ['a', 'b', 'c', 'd'];
    expect(applyPinChange(pins, { type: 'move', id: 'c', by: -1 })).toEqual(['a', 'c', 'b', 'd']);
    expect(applyPinChange(pins, { type: 'move', id: 'b', by: 2 })).toEqual(['a', 'c', 'd', 'b']);
    expect(applyPinChange(pins, { type: 'move', id: 'a', by: -1 })).toEqual(pins);
    expect(applyPinChange(pins, { type: 'move', id: 'd', by: 5 })).toEqual(pins);
    expect(applyPinChange(pins, { type: 'move', id: 'x', by: 1 })).toEqual(pins);
  });

  it('merges changes made at once in several tabs: each applies to the latest list', () => {
    // Three tabs change the same stored list one after another (as the lock orders them).
    const changes = [
      { type: 'pin', id: 'x' },
      { type: 'unpin', id: 'a' },
      { type: 'pin', id: 'y' },
    ] as const;
    const merged = changes.reduce(applyPinChange, ['a', 'b']);
    expect(merged).toEqual(['b', 'x', 'y']);
  });
});

describe('encodePins and decodePins', () => {
  it('round-trips the list and its order', () => {
    const pins = realisticIds(40).reverse();
    expect(decodePins(encodePins(pins).items)).toEqual({ pins, newer: false });
  });

  it('fits 500 pins in items under the 8 KB item limit', () => {
    const { items } = encodePins(realisticIds(500));
    const chunks = Object.entries(items).filter(([key]) => key !== 'pins');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(MAX_CHUNKS);
    for (const [key, value] of Object.entries(items)) {
      const bytes = new TextEncoder().encode(key + JSON.stringify(value)).length;
      expect(bytes).toBeLessThan(8192);
      expect(bytes).toBeLessThanOrEqual(CHUNK_BYTES + key.length);
    }
    expect(items.pins).toEqual({ v: PINS_VERSION, chunks: chunks.length });
  });

  it('refuses a list beyond what sync can hold, with the number that fits', () => {
    expect(() => encodePins(realisticIds(2_000))).toThrow(PinLimitError);
    try {
      encodePins(realisticIds(2_000));
    } catch (error) {
      expect(reasonOf(error)).toMatch(/about 1,[5-7][0-9][0-9] pins/);
    }
  });

  it('names the chunk items a shorter list no longer needs', () => {
    const { unused } = encodePins(['a']);
    expect(unused).toEqual(layoutKeys(PINS_LAYOUT).slice(2));
  });

  it('reads nothing from no data, and skips damaged items', () => {
    expect(decodePins({})).toEqual({ pins: [], newer: false });
    const damaged = {
      pins: { v: 1, chunks: 3 },
      'pins.0': ['a', 7, 'b'],
      'pins.1': 'junk',
      'pins.2': ['a', 'c'],
    };
    expect(decodePins(damaged).pins).toEqual(['a', 'b', 'c']);
  });

  it('flags pins written by a newer version', () => {
    expect(decodePins({ pins: { v: PINS_VERSION + 1, chunks: 1 }, 'pins.0': ['a'] })).toEqual({
      pins: ['a'],
      newer: true,
    });
  });
});
