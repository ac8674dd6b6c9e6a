// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UndoSlot } from '../../utils/undoSlot';

describe('UndoSlot', () => {
  it('gives back the latest deletion once, with its place', () => {
    const slot = new UndoSlot<string>();
    expect(slot.take()).toBeNull();
    slot.hold('first', 0);
    slot.hold('second', 4);
    expect(slot.take()).toEqual({ item: 'second', at: 4 });
    expect(slot.take()).toBeNull();
  });
});
