import { describe, expect, it } from 'vitest';
import {
  draw,
  EMPTY_ROTATION,
  HISTORY_LIMIT,
  type RotationState,
  stepBack,
  stepForward,
} from '../../utils/shuffleBag';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`);

/** Draws n times, returning the ids in order and the final state. */
function drawMany(n: number, eligible: readonly string[], from: RotationState = EMPTY_ROTATION) {
  let state = from;
  const drawn: string[] = [];
  for (let i = 0; i < n; i++) {
    const result = draw(state, eligible);
    if (!result) throw new Error('nothing drawn');
    state = result.state;
    drawn.push(result.shown.id);
  }
  return { drawn, state };
}

describe('draw', () => {
  it('shows every eligible entry once before any repeats', () => {
    const eligible = ids(40);
    const { drawn } = drawMany(40, eligible);
    expect(new Set(drawn).size).toBe(40);
    expect([...drawn].sort()).toEqual([...eligible].sort());
  });

  it('refills the bag when it is exhausted, without repeating the last entry', () => {
    const eligible = ids(5);
    for (let run = 0; run < 50; run++) {
      const { drawn, state } = drawMany(5, eligible);
      const next = draw(state, eligible);
      expect(next?.shown.id).not.toBe(drawn[4]);
      expect(next?.state.seen).toEqual([next?.shown.id]);
    }
  });

  it('keeps covering each full cycle over many cycles', () => {
    const eligible = ids(7);
    const { drawn } = drawMany(70, eligible);
    for (let cycle = 0; cycle < 10; cycle++) {
      expect(new Set(drawn.slice(cycle * 7, cycle * 7 + 7)).size).toBe(7);
    }
  });

  it('draws the following entry in advance, and gives it next', () => {
    const eligible = ids(6);
    const first = draw(EMPTY_ROTATION, eligible);
    const upcoming = first?.state.upcoming;
    expect(eligible).toContain(upcoming);
    expect(upcoming).not.toBe(first?.shown.id);
    expect(draw(first?.state ?? EMPTY_ROTATION, eligible)?.shown.id).toBe(upcoming);
  });

  it('draws afresh when the entry drawn in advance is no longer eligible', () => {
    const state = { ...EMPTY_ROTATION, upcoming: 'gone' };
    expect(draw(state, ['a', 'b'])?.shown.id).not.toBe('gone');
  });

  it('uses the injected random source', () => {
    const result = draw(EMPTY_ROTATION, ['a', 'b', 'c'], () => 0.99);
    expect(result?.shown.id).toBe('c');
  });

  it('returns null when nothing is eligible', () => {
    expect(draw(EMPTY_ROTATION, [])).toBeNull();
  });

  it('shows a single eligible entry every time', () => {
    const { drawn } = drawMany(3, ['only']);
    expect(drawn).toEqual(['only', 'only', 'only']);
  });

  it('forgets seen ids that left the corpus when it shrinks', () => {
    const { state } = drawMany(3, ids(6));
    const survivors = ids(6)
      .filter((id) => !state.seen.includes(id))
      .slice(0, 2);
    const shrunk = [...survivors, state.seen[0] as string];
    const { drawn } = drawMany(2, shrunk, state);
    expect([...drawn].sort()).toEqual([...survivors].sort());
  });

  it('puts entries added to the corpus into the current bag', () => {
    const { state } = drawMany(4, ids(4));
    const grown = [...ids(4), 'new-1', 'new-2'];
    const { drawn } = drawMany(2, grown, state);
    expect([...drawn].sort()).toEqual(['new-1', 'new-2']);
  });

  it('caps the history and counts sequence numbers across the cap', () => {
    const { state } = drawMany(HISTORY_LIMIT + 25, ids(10));
    expect(state.history).toHaveLength(HISTORY_LIMIT);
    expect(state.historyStart).toBe(25);
    const result = draw(state, ids(10));
    expect(result?.shown.seq).toBe(HISTORY_LIMIT + 25);
  });
});

describe('stepBack and stepForward', () => {
  const state: RotationState = { seen: [], history: ['a', 'b', 'c', 'd'], historyStart: 10 };
  const all = () => true;

  it('walks back through the device history to its start', () => {
    expect(stepBack(state, 13, all)).toEqual({ id: 'c', seq: 12 });
    expect(stepBack(state, 11, all)).toEqual({ id: 'a', seq: 10 });
    expect(stepBack(state, 10, all)).toBeNull();
  });

  it('skips entries that are no longer valid', () => {
    expect(stepBack(state, 13, (id) => id !== 'c')).toEqual({ id: 'b', seq: 11 });
    expect(stepForward(state, 10, 13, (id) => id !== 'b')).toEqual({ id: 'c', seq: 12 });
  });

  it('walks forward no further than the limit', () => {
    expect(stepForward(state, 11, 12, all)).toEqual({ id: 'c', seq: 12 });
    expect(stepForward(state, 12, 12, all)).toBeNull();
  });

  it('steps back from a position past the kept history to its last entry', () => {
    expect(stepBack(state, 99, all)).toEqual({ id: 'd', seq: 13 });
  });
});
