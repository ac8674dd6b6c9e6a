// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_BYTES,
  type ChunkedLayout,
  layoutKeys,
  packChunks,
  unpackChunks,
} from '../../utils/chunkedRecord';

const layout: ChunkedLayout = { key: 'list', version: 1, maxChunks: 3 };
const itemBytes = (key: string, value: unknown) =>
  new TextEncoder().encode(key + JSON.stringify(value)).length;

describe('chunked lists in sync storage', () => {
  it('round-trips any list that fits, in order, with every item under 8 KB', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 300 }), (values) => {
        const { items, packed } = packChunks(layout, values);
        expect(unpackChunks(layout, items).values).toEqual(values.slice(0, packed));
        for (const [key, value] of Object.entries(items)) {
          expect(itemBytes(key, value)).toBeLessThanOrEqual(CHUNK_BYTES + key.length);
        }
      }),
    );
  });

  it('packs what fits and leaves the rest, never more items than allowed', () => {
    const values = Array.from({ length: 3_000 }, (_, i) => `value-number-${i}`);
    const { items, packed } = packChunks(layout, values);
    expect(packed).toBeGreaterThan(1_000);
    expect(packed).toBeLessThan(values.length);
    expect(Object.keys(items)).toEqual(layoutKeys(layout));
  });

  it('never splits a value: one too large for an item is left out with all after it', () => {
    const { packed } = packChunks(layout, ['small', 'x'.repeat(9_000), 'after']);
    expect(packed).toBe(1);
  });

  it('names the items a shorter list no longer uses', () => {
    expect(packChunks(layout, ['a']).unused).toEqual(['list.1', 'list.2']);
    expect(packChunks(layout, []).unused).toEqual(['list.0', 'list.1', 'list.2']);
  });

  it('skips damaged items and flags a newer version', () => {
    const items = { list: { v: 2, chunks: 2 }, 'list.0': 'junk', 'list.1': ['b'] };
    expect(unpackChunks(layout, items)).toEqual({ values: ['b'], newer: true });
    expect(unpackChunks(layout, {})).toEqual({ values: [], newer: false });
  });

  it.each([
    ['text', 'garbage'],
    ['a negative count', { v: 1, chunks: -3 }],
    ['a fractional count', { v: 1, chunks: 1.5 }],
    ['nothing', undefined],
  ])(
    'reads the intact chunks when the record is %s, up to the first missing one',
    (_label, meta) => {
      const items = { list: meta, 'list.0': ['a', 'b'], 'list.1': ['c'], 'list.2': ['stale?'] };
      expect(unpackChunks(layout, items).values).toEqual(['a', 'b', 'c', 'stale?']);
      const gap = { list: meta, 'list.0': ['a'], 'list.2': ['after a gap'] };
      expect(unpackChunks(layout, gap).values).toEqual(['a']);
    },
  );
});
