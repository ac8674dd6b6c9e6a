import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ENTRY_TIMING,
  FRAME_AT,
  MARK_ENTRY_VISIBLE,
  SETTLED_AT,
  turnOrder,
  VISIBLE_AT,
} from '../../bench/sample';

type Marks = Record<string, number | undefined>;
const marks = () => window as unknown as Marks;

/** The next animation frame, on fake timers. */
const frame = () => vi.advanceTimersToNextFrame();

type ElementEntry = { identifier: string; renderTime: number; loadTime: number };
/** The browser's Element Timing entries, as the init script's observer receives them. */
let reportPaint: (entries: ElementEntry[]) => void = () => {};
/** This environment reports no Element Timing: a stand-in observer lets a test report it as Chromium does. */
class ElementObserver {
  static supportedEntryTypes = ['element', 'paint'];
  constructor(callback: (list: { getEntries(): ElementEntry[] }) => void) {
    reportPaint = (entries) => callback({ getEntries: () => entries });
  }
  observe() {}
}

describe("the benchmark's entry marks (bench/sample.ts)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] });
    document.body.innerHTML = '';
    for (const key of [FRAME_AT, VISIBLE_AT, SETTLED_AT]) delete marks()[key];
    vi.stubGlobal('PerformanceObserver', ElementObserver);
    // biome-ignore lint/security/noGlobalEval: the script runs in the page as this string
    window.eval(MARK_ENTRY_VISIBLE);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('marks the frame that shows the entry, then the one where it is confirmed', () => {
    document.body.innerHTML =
      '<main aria-busy="true"><figure><blockquote><p>Text</p></blockquote></figure></main>';
    frame();
    expect(marks()[FRAME_AT]).toBeTypeOf('number');
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
    expect(marks()[FRAME_AT]).toBeUndefined();
    const quote = document.querySelector('blockquote') as HTMLElement;
    quote.textContent = 'The entry';
    frame();
    expect(marks()[FRAME_AT]).toBeTypeOf('number');
  });

  it('names the entry’s text for Element Timing as it is inserted, and keeps when it was first shown', async () => {
    document.body.innerHTML =
      '<figure><blockquote><p>The entry</p></blockquote></figure><p>Other</p>';
    // A MutationObserver's callback: before the next frame paints the text.
    await Promise.resolve();
    const named = document.querySelectorAll(`[elementtiming="${ENTRY_TIMING}"]`);
    expect([...named].map((element) => element.tagName)).toEqual(['BLOCKQUOTE', 'P']);
    reportPaint([{ identifier: 'other', renderTime: 50, loadTime: 40 }]);
    expect(marks()[VISIBLE_AT]).toBeUndefined();
    reportPaint([{ identifier: ENTRY_TIMING, renderTime: 176, loadTime: 150 }]);
    reportPaint([{ identifier: ENTRY_TIMING, renderTime: 210, loadTime: 200 }]);
    expect(marks()[VISIBLE_AT]).toBe(176);
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
