// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readOverflow, storedOverflow } from '../../utils/ownOverflow';

const entries = [
  { id: 'u-1', kind: 'quote', text: 'Mine, with “quotes” and a \\ backslash.', topics: ['calm'] },
  { id: 'u-2', kind: 'tip', text: 'Also mine.', author: 'Ann', topics: [] },
];

describe('the own entries kept on this browser', () => {
  it('are stored as one JSON text and read back as they were', () => {
    const stored = storedOverflow(entries);
    expect(typeof stored).toBe('string');
    expect(readOverflow(stored)).toEqual(entries);
  });

  it('read as an earlier build stored them, a list', () => {
    expect(readOverflow(entries)).toEqual(entries);
  });

  it('are none when nothing is stored', () => {
    expect(readOverflow(undefined)).toEqual([]);
    expect(readOverflow(storedOverflow([]))).toEqual([]);
  });

  it.each([
    ['a number', 42],
    ['a record', { entries }],
    ['text that is not JSON', '[{"id": "u-1"'],
    ['JSON that is not a list', '{"id":"u-1"}'],
    ['null', null],
  ])('are damaged when the record holds %s', (_, stored) => {
    expect(readOverflow(stored)).toBeNull();
  });
});
