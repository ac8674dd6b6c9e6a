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

  it('holds again what it gave when undoing it failed, unless a newer deletion came meanwhile', () => {
    const slot = new UndoSlot<string>();
    slot.hold('first', 1);
    const first = slot.take();
    if (!first) throw new Error('nothing held');
    slot.giveBack(first);
    expect(slot.take()).toEqual({ item: 'first', at: 1 });
    slot.hold('second', 2);
    slot.giveBack(first);
    expect(slot.take()).toEqual({ item: 'second', at: 2 });
  });
});
