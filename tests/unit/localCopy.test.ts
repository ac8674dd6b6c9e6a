import { describe, expect, it } from 'vitest';
import { isStringArray } from '../../utils/guards';
import { joinedToSync, parseLocalCopy, storedCopy } from '../../utils/localCopy';

describe('this browser’s copy of a synced list', () => {
  it('reads a copy stored before blind copies existed as not blind, and stores it the same way', () => {
    const stored = storedCopy('pins', ['a'], true);
    expect(stored).toEqual({ pins: ['a'], unsynced: true });
    expect(parseLocalCopy(stored, 'pins', isStringArray)).toEqual({
      values: ['a'],
      unsynced: true,
      blind: false,
    });
  });

  it.each([true, 'yes', 1, null])(
    'reads a blind flag of %s as blind: joining loses nothing',
    (flag) => {
      const copy = parseLocalCopy(
        { pins: ['a'], unsynced: true, blind: flag },
        'pins',
        isStringArray,
      );
      expect(copy?.blind).toBe(true);
    },
  );

  it('joins what a blind copy added after what sync holds, by id, sync’s version first', () => {
    const synced = [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ];
    const added = [
      { id: 'c', v: 2 },
      { id: 'a', v: 2 },
    ];
    expect(joinedToSync(synced, added, (item) => item.id)).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
      { id: 'c', v: 2 },
    ]);
  });
});
