// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UndoSlot } from '../../utils/undoSlot';

describe('UndoSlot', () => {
  it('gives back the latest deletion once', () => {
    const slot = new UndoSlot<{ id: string; at: number }>();
    expect(slot.take()).toBeNull();
    slot.hold({ id: 'first', at: 0 });
    slot.hold({ id: 'second', at: 4 });
    expect(slot.take()).toEqual({ id: 'second', at: 4 });
    expect(slot.take()).toBeNull();
  });

  it('holds again what it gave when undoing it failed, unless a newer deletion came meanwhile', () => {
    const slot = new UndoSlot<string>();
    slot.hold('first');
    const first = slot.take();
    if (!first) throw new Error('nothing held');
    slot.giveBack(first);
    expect(slot.take()).toBe('first');
    slot.hold('second');
    slot.giveBack(first);
    expect(slot.take()).toBe('second');
  });
});
