import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAINT_LABELS } from '../../components/paintTab';
import { t } from '../../components/translate';
import firstPaint, { paintWhenParsed } from '../../entrypoints/newtab-paint';
import { forgetClaims, readClaims, updateFirstPaint } from '../../storage/firstPaintMirror';
import { type FirstPaint, type PaintedEntry, RECORD_AFTER_CLAIMS } from '../../utils/firstPaint';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { FIRST_PAINT_KEY } from '../../utils/storageKeys';

const MIRROR_KEY = FIRST_PAINT_KEY;
const painted = (id: string, text = `${id} text.`): PaintedEntry => ({
  view: { id, kindLabel: 'Quote', topics: ['Calm'], text, credit: 'Ann' },
  pinned: false,
  canGoBack: true,
});
const labels = Object.fromEntries(PAINT_LABELS.map((key) => [key, t(key)]));
const store = (mirror: Partial<FirstPaint>) =>
  localStorage.setItem(
    MIRROR_KEY,
    JSON.stringify({ settings: DEFAULT_SETTINGS, labels, ...mirror }),
  );

/** Opens a new tab: a fresh page body, then the first-paint script. */
function openTab() {
  // The previous tab is gone: its key and storage listeners with it (this document stays).
  window.tabwiseFirstPaint?.takeOver();
  document.body.innerHTML = '<div id="app"></div>';
  for (const name of ['data-theme', 'data-size', 'data-font', 'data-first-frame']) {
    document.documentElement.removeAttribute(name);
  }
  firstPaint.main();
}

const shown = () => document.querySelector('blockquote')?.textContent ?? null;

/** The script elements the first paint appends to load the app (this environment cannot run them). */
let appended: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  window.tabwiseFirstPaint?.takeOver();
  fakeBrowser.reset();
  localStorage.clear();
  // The app is loaded after the first paint: no frame comes unless a test asks.
  vi.useFakeTimers();
  appended = vi.spyOn(document.head, 'append').mockImplementation(() => {});
});
afterEach(() => vi.useRealTimers());

describe('the first-paint script', () => {
  it('paints the first upcoming entry with the theme applied, and claims it', () => {
    store({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', font: 'sans' },
      upcoming: [painted('a'), painted('b')],
    });
    openTab();
    expect(shown()).toBe('a text.');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.font).toBe('sans');
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(Object.keys(readClaims())).toEqual(['a']);
  });

  it('writes only its small claim, not the mirror', () => {
    store({ upcoming: [painted('a'), painted('b')] });
    const before = localStorage.getItem(MIRROR_KEY);
    openTab();
    expect(localStorage.getItem(MIRROR_KEY)).toBe(before);
    expect(Object.keys(readClaims())).toEqual(['a']);
    expect(window.tabwiseFirstPaint?.painted?.view.id).toBe('a');
  });

  it('sets the page’s language and title from the mirror', () => {
    store({
      upcoming: [painted('a')],
      labels: { ...labels, lang: 'de', 'newtab.title': 'Neuer Tab' },
    });
    openTab();
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Neuer Tab');
  });

  it('paints nothing, and claims nothing, when the mirror lacks a word it needs', () => {
    const { 'newtab.pin': _, ...fewer } = labels;
    store({ upcoming: [painted('a')], labels: fewer });
    openTab();
    expect(shown()).toBeNull();
    expect(readClaims()).toEqual({});
  });

  it('paints a different entry in each tab opened at the same moment', () => {
    store({ upcoming: ['a', 'b', 'c'].map((id) => painted(id)) });
    const texts = [1, 2, 3].map(() => {
      openTab();
      return shown();
    });
    expect(texts).toEqual(['a text.', 'b text.', 'c text.']);
  });

  it('paints entry text as text, never as markup', () => {
    store({ upcoming: [painted('x', '<img src=x onerror=alert(1)>')] });
    openTab();
    expect(document.querySelector('#app img')).toBeNull();
    expect(shown()).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"upcoming": [{'],
    ['of the wrong shape', '{"settings": 3, "upcoming": {"view": 1}, "claims": "x"}'],
  ])('paints nothing, with the default theme and no error, when the mirror is %s', (_, raw) => {
    if (raw !== null) localStorage.setItem(MIRROR_KEY, raw);
    openTab();
    expect(document.getElementById('app')?.childElementCount).toBe(0);
    expect(document.documentElement.dataset.theme).toBe('system');
    expect(window.tabwiseFirstPaint?.painted).toBeNull();
  });

  it('keeps keys and clicks pressed before the app takes over, and loads the app for them', () => {
    store({ upcoming: [painted('a')] });
    openTab();
    vi.advanceTimersByTime(500);
    expect(appended).not.toHaveBeenCalled();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }));
    expect(appended).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'x' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', ctrlKey: true }));
    const pin = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Pin'),
    );
    pin?.click();
    const early = window.tabwiseFirstPaint?.takeOver();
    expect(early).toEqual(['next', 'pin']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n' }));
    expect(early).toEqual(['next', 'pin']);
    expect(appended).toHaveBeenCalledTimes(1);
    // Handed over once: the app's tab, mounted again for the next entry, gets nothing to redo.
    expect(window.tabwiseFirstPaint?.takeOver()).toEqual([]);
  });

  it('loads the app as the pointer or the focus reaches the controls, so it is ready for a click', () => {
    store({ upcoming: [painted('a'), painted('b')] });
    openTab();
    vi.runAllTimers();
    // Over the entry: nothing to click there.
    document
      .querySelector('blockquote')
      ?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(appended).not.toHaveBeenCalled();
    const next = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Next'),
    );
    next?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(appended).toHaveBeenCalledTimes(1);
    next?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    next?.focus();
    expect(appended).toHaveBeenCalledTimes(1);

    openTab();
    appended.mockClear();
    document.querySelector('button')?.focus();
    expect(appended).toHaveBeenCalledTimes(1);
  });

  it('loads the app as the page gets the focus (a new tab opens with it in the address bar)', () => {
    store({ upcoming: [painted('a'), painted('b')] });
    openTab();
    vi.runAllTimers();
    expect(appended).not.toHaveBeenCalled();
    window.dispatchEvent(new FocusEvent('focus'));
    expect(appended).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new FocusEvent('focus'));
    expect(appended).toHaveBeenCalledTimes(1);

    // A tab whose app has taken over listens no more.
    openTab();
    window.tabwiseFirstPaint?.takeOver();
    appended.mockClear();
    window.dispatchEvent(new FocusEvent('focus'));
    expect(appended).not.toHaveBeenCalled();
  });

  it('settles without the app once painted (at the latest after half a second)', () => {
    store({ upcoming: [painted('a'), painted('b')] });
    openTab();
    // newtab/style.css keeps the source and the controls in place, undrawn.
    expect(document.documentElement.dataset.firstFrame).toBe('');
    expect(document.querySelector('nav')).not.toBeNull();
    vi.advanceTimersByTime(400);
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    vi.advanceTimersByTime(100);
    expect(document.documentElement.dataset.firstFrame).toBeUndefined();
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    vi.runAllTimers();
    expect(appended).not.toHaveBeenCalled();
  });

  it('loads the app once painted when enough claims wait to be recorded', () => {
    store({ upcoming: Array.from({ length: 40 }, (_, i) => painted(`e${i}`)) });
    for (let tab = 1; tab < RECORD_AFTER_CLAIMS; tab++) openTab();
    vi.runAllTimers();
    expect(appended).not.toHaveBeenCalled();
    openTab();
    vi.runAllTimers();
    expect(appended).toHaveBeenCalledTimes(1);
    const [script] = appended.mock.calls[0] ?? [];
    expect((script as HTMLScriptElement).getAttribute('src')).toBe('/newtab-app.js');
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('loads the app when storage changes, but not when only the bag does', async () => {
    store({ upcoming: [painted('a'), painted('b')] });
    openTab();
    vi.advanceTimersByTime(500);
    await fakeBrowser.storage.local.set({ rotation: { v: 1 } });
    expect(appended).not.toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    expect(appended).toHaveBeenCalledTimes(1);
  });

  it('watches storage before it reads the mirror, so no change made meanwhile is missed', () => {
    store({ upcoming: [painted('a')] });
    const watch = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const read = vi.spyOn(localStorage, 'getItem');
    openTab();
    const [watched] = watch.mock.invocationCallOrder;
    const [firstRead] = read.mock.invocationCallOrder;
    expect(watched).toBeDefined();
    expect(watched).toBeLessThan(firstRead ?? 0);
  });

  it('in Firefox, loaded while the page is parsed: applies the theme at once, and paints once it is parsed', () => {
    store({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' }, upcoming: [painted('a')] });
    window.tabwiseFirstPaint?.takeOver();
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('data-theme');
    paintWhenParsed();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(readClaims()).toEqual({});
    document.body.innerHTML = '<div id="app"></div>';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(shown()).toBe('a text.');
    expect(Object.keys(readClaims())).toEqual(['a']);
  });

  it('loads the app at once when it has nothing to paint, with nothing held back', () => {
    openTab();
    expect(appended).toHaveBeenCalledTimes(1);
    expect(document.documentElement.dataset.firstFrame).toBeUndefined();
  });

  it('never paints from a mirror an older version wrote; the app writes it anew and removes the old one', () => {
    localStorage.setItem(
      'tabwise:first-paint',
      JSON.stringify({ settings: DEFAULT_SETTINGS, labels, upcoming: [painted('old')] }),
    );
    openTab();
    expect(shown()).toBeNull();
    expect(appended).toHaveBeenCalledTimes(1);
    updateFirstPaint((mirror) => ({ ...mirror, labels }));
    expect(localStorage.getItem('tabwise:first-paint')).toBeNull();
    expect(JSON.parse(localStorage.getItem(FIRST_PAINT_KEY) ?? '{}').labels).toEqual(labels);
  });

  it('paints its entry when localStorage is full, and the mirror and claims stay as they were', () => {
    store({ upcoming: [painted('a'), painted('b')] });
    const before = { ...localStorage };
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    openTab();
    expect(shown()).toBe('a text.');
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    // Unclaimed, the next tab paints the same entry: a repeat, nothing worse.
    openTab();
    expect(shown()).toBe('a text.');
    expect(() => updateFirstPaint((mirror) => ({ ...mirror, upcoming: [] }))).not.toThrow();
    expect(() => forgetClaims([{ id: 'a', period: null }])).not.toThrow();
    expect(full).toHaveBeenCalled();
    full.mockRestore();
    expect({ ...localStorage }).toEqual(before);
  });
});
