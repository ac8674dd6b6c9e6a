import type { BrowserContext, Page } from 'playwright-core';

/** Where the init script leaves its measurements on window. */
export const FRAME_AT = '__benchEntryFrameAt';
export const VISIBLE_AT = '__benchEntryVisibleAt';
export const SETTLED_AT = '__benchSettledAt';
/** The Element Timing name the init script gives the entry's text. */
export const ENTRY_TIMING = 'bench-entry';
const SAMPLE_TIMEOUT_MS = 10_000;

/**
 * Runs in every page before its own scripts, the same for Tabwise and the
 * floor, and leaves three times (ms since navigation start):
 * - the frame: the first animation frame in which the blockquote has text,
 *   when that frame starts to be made;
 * - visible: when the frame that paints the entry's text is on screen
 *   (Element Timing's renderTime, as the shared harness's `selPaint`). A
 *   static page's first frame can start long before it is shown (the floor's
 *   by 60 ms with a warm renderer: 114 against 176 ms), so the frame's start
 *   says when a page was ready, and this when the reader sees the entry. The
 *   text's elements are marked for it as they are inserted (a
 *   MutationObserver's callback runs before the next frame);
 * - when the Tabwise page has settled (aria-busy="false").
 * It watches until it has the frame and the settled page: the floor's static
 * page can draw a frame while it is still parsed, its settled <main> there
 * before the entry's text. A string, not a function: tsx would compile a
 * function with a helper the page lacks.
 */
export const MARK_ENTRY_VISIBLE = `(() => {
  const mark = () => {
    for (const text of document.querySelectorAll('figure blockquote, figure blockquote *')) {
      if (!text.hasAttribute('elementtiming')) text.setAttribute('elementtiming', '${ENTRY_TIMING}');
    }
  };
  const inserted = new MutationObserver(mark);
  inserted.observe(document, { childList: true, subtree: true });
  if (PerformanceObserver.supportedEntryTypes?.includes('element')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier === '${ENTRY_TIMING}' && window.${VISIBLE_AT} === undefined) {
          window.${VISIBLE_AT} = entry.renderTime || entry.loadTime;
          // Shown: the page's later changes need no marking (the app's renders on Tabwise's).
          inserted.disconnect();
        }
      }
    }).observe({ type: 'element', buffered: true });
  }
  const check = () => {
    const quote = document.querySelector('figure blockquote');
    if (quote && quote.textContent.trim() !== '' && window.${FRAME_AT} === undefined) {
      window.${FRAME_AT} = performance.now();
    }
    if (window.${SETTLED_AT} === undefined && document.querySelector('main[aria-busy="false"]')) {
      window.${SETTLED_AT} = performance.now();
    }
    if (window.${FRAME_AT} === undefined || window.${SETTLED_AT} === undefined) {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
})();`;

export interface Sample {
  /** The page parsed (domInteractive). */
  parsed: number;
  /**
   * Its deferred, render-blocking scripts fetched and run (DOMContentLoaded):
   * the page may render from here. The floor's is when it is parsed.
   */
  scriptsRun: number;
  /** The first frame with the entry's text, as it starts to be made. */
  frame: number;
  /** That frame on screen: the entry visible. */
  visible: number;
  /** First contentful paint, as the browser reports it. */
  fcp: number;
  /** The Tabwise page settled: painted, or confirmed by the app when it loaded (NaN for the floor). */
  settled: number;
  /** JS heap after a forced garbage collection, in MB. */
  heapMB: number;
}

type Marks = Record<string, number | undefined>;

/**
 * Opens chrome://newtab/ in a new tab, waits until it has painted (and
 * settled), and measures; `inspect` then looks at the page before it closes.
 */
export async function sampleNewTab(
  context: BrowserContext,
  settles: boolean,
  inspect?: (page: Page) => Promise<void>,
): Promise<Sample> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://newtab/');
    const options = { polling: 25, timeout: SAMPLE_TIMEOUT_MS };
    for (const key of settles ? [VISIBLE_AT, SETTLED_AT] : [VISIBLE_AT])
      await page.waitForFunction((k) => (window as unknown as Marks)[k], key, options);
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      undefined,
      options,
    );
    const [frame, visible, settled, fcp, parsed, scriptsRun] = await page.evaluate(
      (keys) => {
        const navigation = performance.getEntriesByType('navigation')[0] as
          | PerformanceNavigationTiming
          | undefined;
        return [
          ...keys.map((key) => (window as unknown as Marks)[key] ?? Number.NaN),
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          navigation?.domInteractive ?? Number.NaN,
          navigation?.domContentLoadedEventStart ?? Number.NaN,
        ];
      },
      [FRAME_AT, VISIBLE_AT, SETTLED_AT],
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    await inspect?.(page);
    return {
      parsed: parsed ?? Number.NaN,
      scriptsRun: scriptsRun ?? Number.NaN,
      frame: frame ?? Number.NaN,
      visible: visible ?? Number.NaN,
      fcp: fcp ?? Number.NaN,
      settled: settled ?? Number.NaN,
      heapMB: usedSize / 1024 / 1024,
    };
  } finally {
    await page.close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((x, y) => x - y);
  const middle = sorted.length / 2;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 0
    ? ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
    : (sorted[Math.floor(middle)] as number);
}

/** Round by round, `of` against `base` from the same round: the median ratio and difference. */
export function paired(of: readonly number[], base: readonly number[]) {
  const pairs = of.map((value, i) => [value, base[i] ?? Number.NaN] as const);
  return {
    ratio: median(pairs.map(([a, b]) => a / b)),
    deltaMs: median(pairs.map(([a, b]) => a - b)),
  };
}

/**
 * The order in which the profiles take their turns in a round. Profile 0
 * (Tabwise) goes first, so that the floors can show the entry it painted.
 * The others are shuffled afresh each round (the same shuffle for the same
 * round), so that none always follows the same one: a sample pays for what
 * the one before it left running.
 */
export function turnOrder(count: number, round: number): number[] {
  const order = Array.from({ length: count - 1 }, (_, i) => i + 1);
  let seed = (round + 1) * 0x9e3779b1;
  const random = () => {
    // mulberry32: small, seeded, good enough to mix an order.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return [0, ...order];
}
