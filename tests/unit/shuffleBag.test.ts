// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  draw,
  EMPTY_ROTATION,
  HISTORY_LIMIT,
  lastShown,
  type RotationState,
  recordPainted,
  stepBack,
  stepForward,
  UPCOMING_COUNT,
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

  it('draws the following entries in advance, unseen and distinct, and gives them in order', () => {
    const eligible = ids(100);
    const first = draw(EMPTY_ROTATION, eligible);
    const upcoming = first?.state.upcoming ?? [];
    expect(upcoming).toHaveLength(UPCOMING_COUNT);
    expect(new Set(upcoming).size).toBe(UPCOMING_COUNT);
    expect(upcoming).not.toContain(first?.shown.id);
    const { drawn } = drawMany(3, eligible, first?.state);
    expect(drawn).toEqual(upcoming.slice(0, 3));
  });

  it('draws in advance no more than the bag holds', () => {
    const first = draw(EMPTY_ROTATION, ids(5));
    expect([...(first?.state.upcoming ?? [])].sort()).toEqual(
      ids(5).filter((id) => id !== first?.shown.id),
    );
  });

  it('draws afresh when the entries drawn in advance are no longer eligible', () => {
    const state = { ...EMPTY_ROTATION, upcoming: ['gone', 'also-gone'] };
    const result = draw(state, ['a', 'b']);
    expect(['a', 'b']).toContain(result?.shown.id);
    expect(result?.state.upcoming).not.toContain('gone');
  });

  it('uses the injected random source', () => {
    const result = draw(EMPTY_ROTATION, ['a', 'b', 'c'], { random: () => 0.99 });
    expect(result?.shown.id).toBe('c');
  });

  it('gives a page the entry it claimed, even out of the queue order', () => {
    const first = draw(EMPTY_ROTATION, ids(50));
    const claim = first?.state.upcoming[7] as string;
    const result = draw(first?.state ?? EMPTY_ROTATION, ids(50), { claim });
    expect(result?.shown.id).toBe(claim);
    expect(result?.state.upcoming).not.toContain(claim);
    expect(result?.state.upcoming.slice(0, 6)).toEqual(first?.state.upcoming.slice(0, 6));
  });

  it('ignores a claim the filters no longer let through', () => {
    const result = draw(EMPTY_ROTATION, ['a', 'b'], { claim: 'gone' });
    expect(['a', 'b']).toContain(result?.shown.id);
  });

  it('does not draw what other pages claimed, unless nothing else is left', () => {
    const first = draw(EMPTY_ROTATION, ids(50));
    const queue = first?.state.upcoming ?? [];
    const claimed = new Set(queue.slice(0, 2));
    expect(draw(first?.state ?? EMPTY_ROTATION, ids(50), { claimed })?.shown.id).toBe(queue[2]);
    const everything = new Set(ids(3));
    expect(ids(3)).toContain(draw(EMPTY_ROTATION, ids(3), { claimed: everything })?.shown.id);
  });

  it('never gives two pages the same entry when each draws with its own claim', () => {
    // Thirty tabs each claim a different upcoming entry, then confirm them in any order.
    let state = draw(EMPTY_ROTATION, ids(300))?.state ?? EMPTY_ROTATION;
    const claims = state.upcoming.slice(0, 30);
    const shown: string[] = [];
    for (const claim of [...claims].reverse()) {
      const claimed = new Set(claims.filter((id) => !shown.includes(id) && id !== claim));
      const result = draw(state, ids(300), { claim, claimed });
      state = result?.state ?? state;
      shown.push(result?.shown.id as string);
      expect(state.upcoming.filter((id) => claimed.has(id))).toEqual(
        claims.filter((id) => claimed.has(id)),
      );
    }
    expect(shown.sort()).toEqual([...claims].sort());
    expect(new Set(state.seen).size).toBe(state.seen.length);
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
  const state: RotationState = {
    seen: [],
    history: ['a', 'b', 'c', 'd'],
    historyStart: 10,
    upcoming: [],
  };
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

  it('ends, whatever the numbers: a start so large that adding one changes nothing', () => {
    const huge = { ...state, historyStart: 2 ** 60 };
    expect(stepBack(huge, 2 ** 60 + 2, (id) => id === 'zzz')).toBeNull();
    expect(stepForward(huge, 2 ** 60, 2 ** 61, (id) => id === 'zzz')).toBeNull();
  });
});

describe('recordPainted', () => {
  it('records what pages painted, in order, as if each had drawn it: no repeats after', () => {
    const start = draw(EMPTY_ROTATION, ids(60))?.state ?? EMPTY_ROTATION;
    const painted = start.upcoming.slice(0, 10).map((id) => ({ id, period: null }));
    const state = recordPainted(start, ids(60), painted);
    expect(state.history.slice(-10)).toEqual(painted.map(({ id }) => id));
    expect(state.upcoming.some((id) => painted.some((entry) => entry.id === id))).toBe(false);
    const { drawn } = drawMany(49, ids(60), state);
    expect(new Set([...start.history, ...painted.map(({ id }) => id), ...drawn]).size).toBe(60);
  });

  it('leaves out what the filters no longer let through, and ends on the last period', () => {
    const painted = [
      { id: 'e1', period: '2026-11-22' },
      { id: 'gone', period: '2026-11-23' },
      { id: 'e2', period: '2026-11-23' },
    ];
    const state = recordPainted(EMPTY_ROTATION, ids(5), painted);
    expect(state.history).toEqual(['e1', 'e2']);
    expect(state.current).toEqual({ id: 'e2', seq: 1, key: '2026-11-23' });
    expect(recordPainted(state, ids(5), [])).toBe(state);
  });
});

describe('lastShown', () => {
  it('finds where history last showed an entry, past what was dropped', () => {
    const state = { ...EMPTY_ROTATION, history: ['a', 'b', 'a'], historyStart: 7 };
    expect(lastShown(state, 'a')).toEqual({ id: 'a', seq: 9 });
    expect(lastShown(state, 'b')).toEqual({ id: 'b', seq: 8 });
    expect(lastShown(state, 'c')).toBeNull();
  });
});
