import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARK_ENTRY_VISIBLE, SETTLED_AT, turnOrder, VISIBLE_AT } from '../../bench/sample';

type Marks = Record<string, number | undefined>;
const marks = () => window as unknown as Marks;

/** The next animation frame, on fake timers. */
const frame = () => vi.advanceTimersToNextFrame();

describe("the benchmark's entry marks (bench/sample.ts)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    document.body.innerHTML = '';
    delete marks()[VISIBLE_AT];
    delete marks()[SETTLED_AT];
    // biome-ignore lint/security/noGlobalEval: the script runs in the page as this string
    window.eval(MARK_ENTRY_VISIBLE);
  });
  afterEach(() => vi.useRealTimers());

  it('marks the frame that shows the entry, then the one where it is confirmed', () => {
    document.body.innerHTML =
      '<main aria-busy="true"><figure><blockquote><p>Text</p></blockquote></figure></main>';
    frame();
    expect(marks()[VISIBLE_AT]).toBeTypeOf('number');
    expect(marks()[SETTLED_AT]).toBeUndefined();
    document.querySelector('main')?.setAttribute('aria-busy', 'false');
    frame();
    expect(marks()[SETTLED_AT]).toBeTypeOf('number');
  });

  it('keeps watching for the entry when a frame shows the settled page half parsed', () => {
    // The floor's static page: its <main> is there before the entry's text.
    document.body.innerHTML =
      '<main aria-busy="false"><figure><blockquote></blockquote></figure></main>';
    frame();
    expect(marks()[SETTLED_AT]).toBeTypeOf('number');
    expect(marks()[VISIBLE_AT]).toBeUndefined();
    const quote = document.querySelector('blockquote') as HTMLElement;
    quote.textContent = 'The entry';
    frame();
    expect(marks()[VISIBLE_AT]).toBeTypeOf('number');
  });
});

describe('the order of turns in a round (bench/sample.ts)', () => {
  it('gives every profile one turn, the same order for the same round', () => {
    for (let round = 0; round < 20; round++) {
      expect([...turnOrder(5, round)].sort()).toEqual([0, 1, 2, 3, 4]);
      expect(turnOrder(5, round)).toEqual(turnOrder(5, round));
    }
  });

  it('gives Tabwise (profile 0) the first turn: the floors show the entry it painted', () => {
    for (let round = 0; round < 20; round++) expect(turnOrder(5, round)[0]).toBe(0);
  });

  it('over the rounds of a run, has every other profile follow every other', () => {
    const follows = new Set<string>();
    for (let round = 0; round < 18; round++) {
      const order = turnOrder(5, round);
      for (let i = 2; i < order.length; i++) follows.add(`${order[i - 1]}>${order[i]}`);
    }
    expect(follows.size).toBe(4 * 3);
  });
});
