// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  claimEntry,
  type FirstPaint,
  forgetRecorded,
  type PaintedEntry,
  paintedIn,
  parseClaims,
  parseFirstPaint,
  RECORD_AFTER_CLAIMS,
  refreshed,
  withRotation,
} from '../../utils/firstPaint';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const painted = (id: string, over: Partial<PaintedEntry> = {}): PaintedEntry => ({
  view: { id, kindLabel: 'Quote', topics: ['Calm'], text: `${id} text.`, credit: 'Ann' },
  pinned: false,
  canGoBack: true,
  ...over,
});
const queue = (n: number) => Array.from({ length: n }, (_, i) => painted(`e${i}`));
const mirror = (over: Partial<FirstPaint> = {}): FirstPaint => ({
  settings: DEFAULT_SETTINGS,
  labels: {},
  upcoming: queue(5),
  ...over,
});
const at = new Date(2026, 10, 23, 9, 30).getTime();

describe('parseFirstPaint', () => {
  it('round-trips what the pages store', () => {
    const stored = mirror({
      // Not migrated as if it were an old record: the kinds stay as stored.
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', period: 'day', kinds: ['tip'] },
      current: { ...painted('t-b', { view: { ...painted('t-b').view, title: 'B' } }), key: 'k' },
      upcoming: [
        painted('q-t', {
          view: {
            ...painted('q-t').view,
            sourceLabel: 'Source et texte original',
            citation: 'Siddhartha (1922), chapitre « Kamala »',
            work: { title: 'Siddhartha', lang: 'de' },
            part: { title: 'Kamala', lang: 'de' },
            original: { text: 'Ich kann warten.', lang: 'de' },
          },
        }),
      ],
      labels: { lang: 'fr', 'newtab.next': 'Suivant' },
    });
    expect(parseFirstPaint(JSON.stringify(stored))).toEqual(stored);
  });

  it.each([
    null,
    '',
    '{',
    '"text"',
    'null',
    '{"upcoming":[{"view":{"id":3}}]}',
    '{"upcoming":"e1"}',
  ])('reads defaults and no entry from %j', (json) => {
    expect(parseFirstPaint(json)).toEqual({ settings: DEFAULT_SETTINGS, labels: {}, upcoming: [] });
  });

  it('keeps the intact entries of a partly damaged mirror', () => {
    const json = JSON.stringify({ upcoming: [{ view: 'x' }, painted('ok'), { pinned: 1 }] });
    expect(parseFirstPaint(json).upcoming).toEqual([painted('ok')]);
  });

  it('drops an entry whose original, work, part or source label is damaged', () => {
    const view = painted('q').view;
    const damaged = [
      { ...view, original: { text: 'Ich.', lang: 3 } },
      { ...view, original: 'Ich.' },
      { ...view, original: { text: 'Ich.' } },
      { ...view, work: { title: null } },
      { ...view, work: { lang: 'de' } },
      { ...view, part: { title: 'Kamala' } },
      { ...view, part: 'Kamala' },
      { ...view, sourceLabel: 1 },
    ].map((broken) => ({ ...painted('q'), view: broken }));
    const json = JSON.stringify({ upcoming: [...damaged, painted('ok')] });
    expect(parseFirstPaint(json).upcoming).toEqual([painted('ok')]);
  });
});

describe('parseClaims', () => {
  it('reads the claims, and none from anything damaged', () => {
    expect(parseClaims(JSON.stringify({ e1: at, e2: 'x' }))).toEqual({ e1: at });
    for (const json of [null, '', '{', '[1]', '"e1"']) expect(parseClaims(json)).toEqual({});
  });
});

describe('claimEntry', () => {
  it('claims the first upcoming entry and records the claim, leaving the mirror as it is', () => {
    const before = mirror();
    const claim = claimEntry(before, {}, at);
    expect(claim.painted?.view.id).toBe('e0');
    expect(claim.claims).toEqual({ e0: at });
    expect(claim.mirror).toBe(before);
  });

  it('gives tabs opened at the same moment different entries, in order', () => {
    const state = mirror({ upcoming: queue(40) });
    let claims = {};
    const shown: (string | undefined)[] = [];
    for (let tab = 0; tab < 30; tab++) {
      const claim = claimEntry(state, claims, at);
      claims = claim.claims;
      shown.push(claim.painted?.view.id);
    }
    expect(shown).toEqual(queue(30).map((entry) => entry.view.id));
  });

  it('paints nothing once every upcoming entry is claimed, or when there is none', () => {
    const claims = Object.fromEntries(queue(5).map((entry) => [entry.view.id, at]));
    expect(claimEntry(mirror(), claims, at).painted).toBeNull();
    expect(claimEntry(mirror({ upcoming: [] }), {}, at).painted).toBeNull();
  });

  it('keeps every claim until the bag has recorded it, however old', () => {
    const claim = claimEntry(mirror(), { e0: at - 3600_000, e1: at - 1 }, at);
    expect(claim.painted?.view.id).toBe('e2');
    expect(claim.claims).toEqual({ e0: at - 3600_000, e1: at - 1, e2: at });
  });

  it('asks the tab to record the claims once enough wait, or the mirror has no more to give', () => {
    let claims = {};
    const asked: boolean[] = [];
    for (let tab = 0; tab < RECORD_AFTER_CLAIMS; tab++) {
      const claim = claimEntry(mirror({ upcoming: queue(40) }), claims, at + tab);
      claims = claim.claims;
      asked.push(claim.record);
    }
    expect(asked).toEqual([...Array(RECORD_AFTER_CLAIMS - 1).fill(false), true]);
    expect(claimEntry(mirror({ upcoming: queue(2) }), { e0: at }, at).record).toBe(true);
    expect(claimEntry(mirror({ upcoming: [] }), {}, at).record).toBe(true);
  });

  it('with daily rotation shows the day’s entry, and makes the first claim of a new day that entry', () => {
    const settings = { ...DEFAULT_SETTINGS, period: 'day' as const };
    const today = { ...painted('day-entry'), key: '2026-11-23' };
    const same = claimEntry(mirror({ settings, current: today }), {}, at);
    expect(same.painted?.view.id).toBe('day-entry');
    const tomorrow = at + 24 * 3600_000;
    const first = claimEntry(mirror({ settings, current: today }), {}, tomorrow);
    expect(first.painted?.view.id).toBe('e0');
    expect(first.mirror.current).toEqual({ ...painted('e0'), key: '2026-11-24' });
    expect(claimEntry(first.mirror, first.claims, tomorrow + 1000).painted?.view.id).toBe('e0');
  });
});

describe('paintedIn and forgetRecorded', () => {
  it('lists the claimed entries in the order painted, each with its day', () => {
    const yesterday = at - 24 * 3600_000;
    const claims = { b: at, a: yesterday, c: at + 1 };
    expect(paintedIn(claims, 'day')).toEqual([
      { id: 'a', period: '2026-11-22' },
      { id: 'b', period: '2026-11-23' },
      { id: 'c', period: '2026-11-23' },
    ]);
    expect(paintedIn(claims, 'tab').map(({ period }) => period)).toEqual([null, null, null]);
  });

  it('forgets what the bag recorded and keeps claims made since', () => {
    const recorded = paintedIn({ a: at, b: at + 1 }, 'tab');
    expect(forgetRecorded({ a: at, b: at + 1, c: at + 2 }, recorded)).toEqual({ c: at + 2 });
  });
});

describe('withRotation', () => {
  it('takes the bag’s upcoming entries', () => {
    const after = withRotation(mirror(), { upcoming: queue(5).slice(1) });
    expect(after.upcoming.map((entry) => entry.view.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('replaces or removes the period’s entry', () => {
    const current = { ...painted('c'), key: 'k' };
    expect(withRotation(mirror({ current }), { upcoming: [] }).current).toBeUndefined();
    const next = { ...painted('d'), key: 'k2' };
    expect(withRotation(mirror({ current }), { upcoming: [], current: next }).current).toBe(next);
  });
});

describe('refreshed', () => {
  it('drops entries that may no longer show and updates the others', () => {
    const current = { ...painted('e1'), key: 'k' };
    const after = refreshed(mirror({ current }), (entry) =>
      entry.view.id === 'e0' ? null : { ...entry, pinned: true },
    );
    expect(after.upcoming.map((entry) => [entry.view.id, entry.pinned])).toEqual([
      ['e1', true],
      ['e2', true],
      ['e3', true],
      ['e4', true],
    ]);
    expect(after.current).toEqual({ ...painted('e1', { pinned: true }), key: 'k' });
  });
});
