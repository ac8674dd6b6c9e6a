import { describe, expect, it } from 'vitest';
import { say } from '../../components/translate';
import { isStringArray } from '../../utils/guards';
import { laidOverSync, parseLocalCopy, refusedProblem, storedCopy } from '../../utils/localCopy';
import { text } from '../../utils/text';

describe('this browser’s copy of a synced list', () => {
  it('reads a copy an earlier version stored ahead of sync (no base), and stores it the same way', () => {
    const stored = storedCopy('pins', ['a'], {});
    expect(stored).toEqual({ pins: ['a'], unsynced: true });
    expect(parseLocalCopy(stored, 'pins', isStringArray)).toEqual({
      values: ['a'],
      unsynced: true,
    });
    expect(storedCopy('pins', ['a'])).toEqual({ pins: ['a'], unsynced: false });
  });

  it('keeps why sync refused a copy, to say until it is sent, and leaves a reason it does not know unsaid', () => {
    const stored = storedCopy('pins', ['a'], { base: [], refused: 'full' });
    expect(stored).toEqual({ pins: ['a'], unsynced: true, base: [], refused: 'full' });
    const copy = parseLocalCopy(stored, 'pins', isStringArray);
    expect(copy?.refused).toBe('full');
    expect(say(refusedProblem(copy, 'pins') ?? text('reason.unexpected'))).toMatch(
      /Sync storage is full, so pins are saved on this browser only/,
    );
    expect(refusedProblem(copy && { ...copy, unsynced: false }, 'pins')).toBeNull();
    const unknown = parseLocalCopy({ ...stored, refused: 'solar flare' }, 'pins', isStringArray);
    expect(unknown).toEqual({ values: ['a'], unsynced: true, base: [] });
    expect(refusedProblem(unknown, 'pins')).toBeNull();
  });

  it.each([
    ['the ids known', ['a', 'b'], ['a', 'b']],
    ['text', 'a,b', []],
    ['numbers', [1, 2], []],
  ])('reads a base of %s as those ids, a damaged one as none known', (_label, base, read) => {
    const copy = parseLocalCopy({ pins: ['a'], unsynced: true, base }, 'pins', isStringArray);
    expect(copy?.base).toEqual(read);
  });
});

describe('laidOverSync', () => {
  type Item = { id: string; v: number };
  const idOf = (item: Item) => item.id;

  it('keeps what another browser added and removed, and adds and removes what this one did', () => {
    // Known here: a, b, x. Since: this browser removed a, added d; another removed x, added c.
    expect(laidOverSync(['b', 'c'], ['b', 'x', 'd'], ['a', 'b', 'x'], (id) => id)).toEqual([
      'b',
      'c',
      'd',
    ]);
    expect(laidOverSync(['a', 'b', 'c'], ['b', 'x', 'd'], ['a', 'b', 'x'], (id) => id)).toEqual([
      'b',
      'c',
      'd',
    ]);
  });

  it('with nothing known here, adds what this browser added to all that sync holds', () => {
    expect(laidOverSync(['a', 'b'], ['c', 'a'], [], (id) => id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps this browser’s order while sync holds the base as it was, or when this browser moved some', () => {
    // A pin moved to the top, and one unpinned then put back where it was.
    expect(laidOverSync(['a', 'b', 'c'], ['c', 'a', 'b'], ['a', 'b', 'c'], (id) => id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    // Sync's order changed since (another browser moved one): sync's order, and what this one added.
    expect(laidOverSync(['b', 'a'], ['a', 'b', 'c'], ['a', 'b'], (id) => id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    // This browser moved one while another added one: this one's order, then what the other added.
    expect(
      laidOverSync(['a', 'b', 'c', 'd'], ['c', 'a', 'b'], ['a', 'b', 'c'], (id) => id),
    ).toEqual(['c', 'a', 'b', 'd']);
    // Both moved: this browser's move, the later one, stands; what the other removed stays removed.
    expect(laidOverSync(['b', 'c'], ['c', 'b', 'a', 'x'], ['a', 'b', 'c'], (id) => id)).toEqual([
      'c',
      'b',
      'x',
    ]);
    const newer = (m: Item, s: Item) => (m.v > s.v ? m : s);
    const synced = [{ id: 'a', v: 2 }];
    expect(laidOverSync(synced, [{ id: 'a', v: 1 }], ['a'], idOf, newer)).toEqual(synced);
  });

  it('lets `pick` choose between the two versions of one in both, keeping sync’s by default', () => {
    const synced = [{ id: 'a', v: 1 }];
    const mine = [{ id: 'a', v: 2 }];
    expect(laidOverSync(synced, mine, ['a'], idOf)).toEqual([{ id: 'a', v: 1 }]);
    const newer = (m: Item, s: Item) => (m.v > s.v ? m : s);
    expect(laidOverSync(synced, mine, ['a'], idOf, newer)).toEqual([{ id: 'a', v: 2 }]);
  });
});
