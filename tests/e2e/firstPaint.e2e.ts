import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusIn } from '../../content/corpus';
import { FIRST_PAINT_KEY } from '../../utils/storageKeys';
import {
  backgroundSent,
  browserPerSuite,
  type ExtensionBrowser,
  entryText,
  focusElsewhere,
  settingsSynced,
} from './harness';

/** The corpus as the English interface shows it (the tests' browser speaks English). */
const CORPUS = corpusIn('en');

/**
 * Runs in every page before its own scripts: keeps the entry text of the
 * first frame the page renders, and every text its blockquote ever shows.
 */
function recordEntryTexts() {
  const w = window as unknown as { firstFrameText: string | null; entryTexts: string[] };
  w.entryTexts = [];
  const note = () => {
    const text = document.querySelector('figure blockquote')?.textContent ?? null;
    if (text !== null && w.entryTexts.at(-1) !== text) w.entryTexts.push(text);
  };
  new MutationObserver(note).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  // Where the entry and the controls are, and whether the controls are drawn.
  const layout = (): FrameLayout | null => {
    const quote = document.querySelector('figure blockquote');
    const controls = document.querySelector('nav');
    if (!quote || !controls) return null;
    return {
      quoteTop: quote.getBoundingClientRect().top,
      controlsTop: controls.getBoundingClientRect().top,
      controlsVisible: controls.checkVisibility({ visibilityProperty: true }),
    };
  };
  const l = window as unknown as WithLayout;
  l.frameLayout = layout;
  requestAnimationFrame(() => {
    w.firstFrameText = document.querySelector('figure blockquote')?.textContent ?? null;
    l.firstFrameLayout = layout();
  });
}

interface FrameLayout {
  quoteTop: number;
  controlsTop: number;
  controlsVisible: boolean;
}
interface WithLayout {
  frameLayout: () => FrameLayout | null;
  firstFrameLayout: FrameLayout | null;
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { firstFrameText: string | null; entryTexts: string[] };
    return { first: w.firstFrameText, all: w.entryTexts };
  });

/** Opens chrome://newtab/ without waiting for anything. */
async function startNewTab(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto('chrome://newtab/');
  return page;
}

const settled = (page: Page) => page.locator('main[aria-busy="false"] figure blockquote').waitFor();

describe('the first paint', () => {
  const browser = browserPerSuite();
  beforeAll(() => browser.context.addInitScript(recordEntryTexts));

  it('30 tabs opened at the same moment each paint a different entry in their first frame, and keep it', async () => {
    // The first tab after installing (the harness opened it) filled the mirror.
    const pages = await Promise.all(Array.from({ length: 30 }, () => startNewTab(browser)));
    await Promise.all(pages.map(settled));
    const texts = await Promise.all(pages.map(recorded));
    for (const { first, all } of texts) {
      expect(first, 'the entry is in the first frame').not.toBeNull();
      expect(all, 'the entry never changed').toEqual([first]);
    }
    expect(new Set(texts.map(({ first }) => first)).size).toBe(30);
    // The bag stayed consistent: a tab opened next shows yet another entry.
    const next = await browser.openNewTab();
    expect(texts.map(({ first }) => first)).not.toContain(await entryText(next));
    await Promise.all([...pages, next].map((page) => page.close()));
    expect(browser.pageErrors).toEqual([]);
  });

  it('draws the entry alone in its first frame; the controls follow in their place', async () => {
    const page = await startNewTab(browser);
    await settled(page);
    const first = await page.evaluate(() => (window as unknown as WithLayout).firstFrameLayout);
    expect(first).toMatchObject({ controlsVisible: false });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as WithLayout).frameLayout()))
      .toEqual({ ...first, controlsVisible: true });
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => entryText(page)).not.toBe(await recorded(page).then((r) => r.first));
    await page.close();
  });

  it('fetches the first-paint script at high priority, and the app only when asked for', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const priorities = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', ({ request }) =>
      priorities.set(new URL(request.url).pathname, request.initialPriority),
    );
    await cdp.send('Network.enable');
    await page.goto('chrome://newtab/');
    await settled(page);
    // A deferred script is fetched at low priority unless it asks, and
    // Chromium holds low-priority requests back while a page starts.
    expect(priorities.get('/newtab-paint.js')).toBe('High');
    expect(priorities.has('/newtab-app.js')).toBe(false);
    const first = await entryText(page);
    await page.keyboard.press('n');
    await expect.poll(() => entryText(page)).not.toBe(first);
    expect(priorities.has('/newtab-app.js')).toBe(true);
    await page.close();
  });

  it('a tab after the mirror or the claims were damaged still shows an entry, without an error', async () => {
    for (const damage of ['{"upcoming": [{"view": 1}], "labels": 3', '{"upcoming": "x"}', '42']) {
      const options = await browser.openOptions();
      await options.evaluate(
        ([key, raw]) => {
          localStorage.setItem(key, raw);
          localStorage.setItem('tabwise:claims', raw);
        },
        [FIRST_PAINT_KEY, damage] as const,
      );
      await options.close();
      const page = await browser.openNewTab();
      const text = await entryText(page);
      expect(CORPUS.map((entry) => entry.text)).toContain(text);
      // The page repaired the mirror: the next tab paints from it again.
      const next = await startNewTab(browser);
      await settled(next);
      expect((await recorded(next)).first).not.toBeNull();
      await Promise.all([page.close(), next.close()]);
    }
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('the first tab after installing', () => {
  const browser = browserPerSuite();

  it('shows an entry without an error, and fills the mirror for the next tabs', async () => {
    // The harness opened the very first tab and waited for its entry.
    const page = await browser.openNewTab();
    expect(CORPUS.map((entry) => entry.text)).toContain(await entryText(page));
    const mirrored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}').upcoming?.length,
      FIRST_PAINT_KEY,
    );
    expect(mirrored).toBeGreaterThanOrEqual(30);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });
});

/**
 * Runs in every extension page before its own scripts: where the test has
 * set the flag, holds the page's reads of the bag until the test calls
 * `openGate()`, and counts them.
 */
function gateBagReads() {
  if (!globalThis.chrome?.storage || localStorage.getItem('test:gate-bag') !== '1') return;
  const w = window as unknown as { bagReads: number; openGate: () => void };
  w.bagReads = 0;
  const gate = new Promise<void>((resolve) => {
    w.openGate = resolve;
  });
  const area = chrome.storage.local;
  const get = area.get.bind(area) as (...args: unknown[]) => unknown;
  Object.assign(area, {
    get: (...args: unknown[]) => {
      const keys = args[0];
      if (keys !== 'rotation' && !(Array.isArray(keys) && keys.includes('rotation'))) {
        return get(...args);
      }
      w.bagReads++;
      return gate.then(() => get(...args));
    },
  });
}

describe('a tab with nothing painted, as the bag gives it its entry', () => {
  const browser = browserPerSuite();
  beforeAll(async () => {
    await browser.context.addInitScript(gateBagReads);
    await browser.context.addInitScript(recordEntryTexts);
  });

  it('shows one entry, and the bag records one, though a change arrives meanwhile', async () => {
    const options = await browser.openOptions();
    const history = () =>
      options.evaluate(
        async () =>
          ((await chrome.storage.local.get('rotation')).rotation as { history: string[] }).history
            .length,
      );
    const before = await history();
    // Nothing to paint: the app draws the tab's entry from the bag.
    await options.evaluate((key) => {
      localStorage.removeItem(key);
      localStorage.setItem('test:gate-bag', '1');
    }, FIRST_PAINT_KEY);
    const page = await startNewTab(browser);
    await options.evaluate(() => localStorage.removeItem('test:gate-bag'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { bagReads: number }).bagReads))
      .toBeGreaterThan(0);
    // Storage has answered, the bag not yet: the organisation's policy changes.
    await options.evaluate(async () => {
      const policy = { packs: [], entries: [], sources: [], locked: [], problems: [] };
      const version = chrome.runtime.getManifest().version;
      const defaults = { theme: 'dark' };
      await chrome.storage.local.set({
        teamPolicyCopy: { version, policy: { ...policy, defaults } },
      });
    });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    // Whatever the change makes the page draw is drawn within a few frames.
    for (let frame = 0; frame < 3; frame++) {
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await page.evaluate(() => (window as unknown as { openGate: () => void }).openGate());
    await settled(page);
    expect((await recorded(page)).all).toHaveLength(1);
    expect(await history()).toBe(before + 1);
    expect(browser.pageErrors).toEqual([]);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('the new tab while storage is slow to answer', () => {
  const browser = browserPerSuite();
  beforeAll(async () => {
    await browser.context.addInitScript(recordEntryTexts);
    // Every storage read takes 1.5 s, as on a busy machine at browser start.
    await browser.context.addInitScript(() => {
      // Only the extension's pages have chrome.storage (not the page before the redirect).
      if (!globalThis.chrome?.storage) return;
      for (const area of [chrome.storage.local, chrome.storage.sync]) {
        const get = area.get.bind(area) as (...args: unknown[]) => unknown;
        Object.assign(area, {
          get: (...args: unknown[]) =>
            new Promise((resolve) => setTimeout(resolve, 1500)).then(() => get(...args)),
        });
      }
    });
  });

  it('carries out a Next pressed before storage has answered', async () => {
    const page = await startNewTab(browser);
    const blockquote = page.locator('figure blockquote');
    await blockquote.waitFor();
    const first = await blockquote.innerText();
    await page.keyboard.press('n');
    // The key loaded the app, which waits for storage.
    await page.locator('main[aria-busy="true"]').waitFor();
    await settled(page);
    await expect.poll(() => blockquote.innerText(), { timeout: 10_000 }).not.toBe(first);
    expect(CORPUS.map((entry) => entry.text)).toContain(await blockquote.innerText());
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });

  it('carries out clicks on Next before and after the app took over, while storage is still read', async () => {
    const page = await startNewTab(browser);
    const blockquote = page.locator('figure blockquote');
    await settled(page);
    const first = await blockquote.innerText();
    const next = page.getByRole('button', { name: 'Next' });
    await next.click();
    // The click loaded the app, which has taken over but not heard from storage.
    await page.locator('main[aria-busy="true"]').waitFor();
    await next.click();
    await settled(page);
    // Both carried out: two entries on from the first, each new.
    await expect
      .poll(async () => new Set((await recorded(page)).all).size, { timeout: 10_000 })
      .toBe(3);
    expect((await recorded(page)).all[0]).toBe(first);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the app, loaded only when needed', () => {
  const browser = browserPerSuite();
  const hasApp = async (page: Page) =>
    (await page.locator('script[src="/newtab-app.js"]').count()) > 0;

  it('nine tabs in ten never load it; the tenth records what they all showed', async () => {
    // The harness's first tab (no mirror yet) loaded the app and filled the mirror.
    const tabs: Page[] = [];
    for (let tab = 0; tab < 10; tab++) tabs.push(await browser.openNewTab());
    expect(await Promise.all(tabs.map(hasApp))).toEqual([...Array(9).fill(false), true]);
    const texts = await Promise.all(tabs.map(entryText));
    expect(new Set(texts).size).toBe(10);
    const recorded = await tabs[9]?.evaluate(async () => ({
      claims: localStorage.getItem('tabwise:claims'),
      history: ((await chrome.storage.local.get('rotation')).rotation as { history: string[] })
        .history.length,
    }));
    expect(recorded).toEqual({ claims: '{}', history: 11 });
    const next = await browser.openNewTab();
    expect(texts).not.toContain(await entryText(next));
    await Promise.all([...tabs, next].map((page) => page.close()));
    expect(browser.pageErrors).toEqual([]);
  });

  it('carries out a Hide pressed before it loaded once, for the entry shown; Undo brings it back', async () => {
    const hiddenIds = (page: Page) =>
      page.evaluate(async () => {
        const { hiddenCopy } = await chrome.storage.local.get('hiddenCopy');
        return (hiddenCopy as { hidden?: string[] } | undefined)?.hidden ?? [];
      });
    const idOf = (text: string) => CORPUS.find((entry) => entry.text === text)?.id;
    // The app mounts its tab again when storage moves it to the next entry:
    // the Hide must not be carried out there a second time.
    for (let tab = 0; tab < 6; tab++) {
      const page = await browser.openNewTab();
      if (await hasApp(page)) {
        await page.close();
        continue;
      }
      const shown = await entryText(page);
      await page.keyboard.press('h');
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      await expect.poll(() => entryText(page)).not.toBe(shown);
      await page.locator('main[aria-busy="false"]').waitFor();
      expect(await hiddenIds(page)).toEqual([idOf(shown)]);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => entryText(page)).toBe(shown);
      await expect.poll(() => hiddenIds(page)).toEqual([]);
      // The background sends the change to sync a moment later: a tab of a
      // later test would hear of it and load its app.
      await backgroundSent(page);
      await page.close();
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it('a tab without it follows a change made in the options', async () => {
    const tab = await browser.openNewTab();
    expect(await hasApp(tab)).toBe(false);
    const options = await browser.openOptions();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => tab.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await hasApp(tab)).toBe(true);
    // Closed sooner, the page would leave its change for the background to
    // send, which a tab of a later test would hear of (and load its app).
    await settingsSynced(options);
    await Promise.all([tab.close(), options.close()]);
  });

  it('loads as the pointer comes onto the controls, ready for the click that follows', async () => {
    const tab = await browser.openNewTab();
    await tab.locator('figure blockquote').hover();
    expect(await hasApp(tab)).toBe(false);
    const next = tab.getByRole('button', { name: 'Next' });
    await next.hover();
    await expect.poll(() => hasApp(tab)).toBe(true);
    const first = await entryText(tab);
    await next.click();
    await expect.poll(() => entryText(tab)).not.toBe(first);
    expect(browser.pageErrors).toEqual([]);
    await tab.close();
  });

  it('loads as the page gets the focus, ready for the key that follows', async () => {
    const tab = await browser.openNewTab();
    const focus = await focusElsewhere(tab);
    // The renderer hears of the focus move after the browser has made it.
    await expect.poll(() => tab.evaluate(() => document.hasFocus())).toBe(false);
    expect(await hasApp(tab)).toBe(false);
    // The user clicks into the page, or presses F6.
    await focus.giveBack();
    await expect.poll(() => hasApp(tab)).toBe(true);
    const first = await entryText(tab);
    await tab.keyboard.press('n');
    await expect.poll(() => entryText(tab)).not.toBe(first);
    expect(browser.pageErrors).toEqual([]);
    await tab.close();
  });
});
