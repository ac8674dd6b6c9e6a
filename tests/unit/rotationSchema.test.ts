// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRotation, ROTATION_VERSION, serializeRotation } from '../../utils/rotationSchema';
import { EMPTY_ROTATION } from '../../utils/shuffleBag';

describe('parseRotation', () => {
  const state = { seen: ['a'], history: ['b', 'a'], historyStart: 3, upcoming: ['c', 'd'] };

  it('round-trips a serialized state', () => {
    expect(parseRotation(serializeRotation(state))).toEqual(state);
    expect(serializeRotation(state).v).toBe(ROTATION_VERSION);
  });

  it.each([
    ['missing', undefined],
    ['not an object', 'garbage'],
    ['seen not a list', { v: 1, seen: 'a', history: [], historyStart: 0 }],
    ['history with numbers', { v: 1, seen: [], history: [1, 2], historyStart: 0 }],
    ['negative start', { v: 1, seen: [], history: [], historyStart: -4 }],
    ['a start past any real count', { v: 1, seen: [], history: ['a'], historyStart: 2 ** 60 }],
  ])('starts afresh from data that is %s', (_label, raw) => {
    expect(parseRotation(raw)).toEqual(EMPTY_ROTATION);
  });

  it('reads the single entry drawn in advance that an older version kept', () => {
    const old = { v: 1, seen: ['a'], history: ['a'], historyStart: 0, upcoming: 'b' };
    expect(parseRotation(old)?.upcoming).toEqual(['b']);
  });

  it('refuses a record written by a newer version, so it is never overwritten', () => {
    expect(parseRotation({ ...state, v: ROTATION_VERSION + 1 })).toBeNull();
  });
});
