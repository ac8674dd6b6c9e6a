import { describe, expect, it } from 'vitest';
import type { Entry } from '../../utils/entry';
import { type FirstPaint, parseFirstPaint, predictEntry } from '../../utils/firstPaint';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const quote: Entry = {
  id: 'q-a',
  kind: 'quote',
  text: 'A.',
  author: 'Ann',
  source: 's',
  topics: ['calm'],
};
const tip: Entry = {
  id: 't-b',
  kind: 'tip',
  title: 'B',
  text: 'B.',
  source: 's',
  topics: ['listening'],
};
const at = new Date(2026, 10, 23, 9, 30);

describe('parseFirstPaint', () => {
  it('round-trips what the pages store', () => {
    const hint: FirstPaint = {
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      upcoming: { entry: quote, source: { id: 's', title: 'List' } },
      current: { entry: tip, key: '2026-11-23' },
    };
    expect(parseFirstPaint(JSON.stringify(hint))).toEqual(hint);
  });

  it.each([null, '', '{', '"text"', '{"upcoming":{"entry":{"id":3}}}'])(
    'reads defaults and no entry from %j',
    (json) => {
      expect(parseFirstPaint(json)).toEqual({ settings: DEFAULT_SETTINGS });
    },
  );
});

describe('predictEntry', () => {
  const hint = (over: Partial<FirstPaint>): FirstPaint => ({
    settings: DEFAULT_SETTINGS,
    upcoming: { entry: quote },
    ...over,
  });

  it('predicts the entry drawn in advance', () => {
    expect(predictEntry(hint({}), at)?.entry.id).toBe('q-a');
  });

  it('predicts the period’s entry with hourly or daily rotation, in that period only', () => {
    const settings = { ...DEFAULT_SETTINGS, period: 'day' as const };
    const current = { entry: tip, key: '2026-11-23' };
    expect(predictEntry(hint({ settings, current }), at)?.entry.id).toBe('t-b');
    const tomorrow = new Date(2026, 10, 24, 8);
    expect(predictEntry(hint({ settings, current }), tomorrow)?.entry.id).toBe('q-a');
  });

  it('predicts nothing that the filters would not show', () => {
    const settings = { ...DEFAULT_SETTINGS, kinds: ['tip' as const] };
    expect(predictEntry(hint({ settings }), at)).toBeNull();
    expect(predictEntry({ settings: DEFAULT_SETTINGS }, at)).toBeNull();
  });
});
