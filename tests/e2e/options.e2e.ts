import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { corpusIn } from '../../content/corpus';
import { creditLine } from '../../utils/credit';
import { ENGLISH_CREDIT } from '../englishCredit';
import {
  browserPerSuite,
  type ExtensionBrowser,
  entryText,
  freshOptions,
  settingsSaved,
} from './harness';

/** The corpus as the English interface shows it (the tests' browser speaks English). */
const CORPUS = corpusIn('en');
const ANGELOU = CORPUS.filter((entry) => entry.author === 'Maya Angelou');

const syncSettings = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

/** Opens n new tabs one after another and returns what each showed. */
async function showTabs(
  browser: ExtensionBrowser,
  n: number,
  read: (page: Page) => Promise<string>,
) {
  const shown: string[] = [];
  for (let i = 0; i < n; i++) {
    const page = await browser.openNewTab();
    shown.push(await read(page));
    await page.close();
  }
  return shown;
}

const caption = (page: Page) => page.locator('figcaption').innerText();
const tags = (page: Page) =>
  page
    .locator('.tag')
    .allInnerTexts()
    .then((t) => t.join('|'));

describe('options page', () => {
  const browser = browserPerSuite();
  let options: Page;

  beforeEach(async () => {
    options = await freshOptions(browser, options);
  });

  it('lists its sections in a navigation, each one Tab and Enter away, each a deep link', async () => {
    const nav = options.getByRole('navigation', { name: 'Sections' });
    const links = nav.getByRole('link');
    expect(await links.allInnerTexts()).toEqual([
      'What to show',
      'Pinned',
      'Hidden',
      'Your entries',
      'Import and export',
      'Rotation',
      'Appearance',
      'Keyboard shortcuts',
    ]);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(await options.locator(`section${href}`).count(), href ?? '').toBe(1);
    }
    await nav.getByRole('link', { name: 'Rotation' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.evaluate(() => location.hash)).toBe('#rotation');
    // In view (near the page's end it cannot reach the very top).
    const [top, height] = await options
      .locator('#rotation')
      .evaluate((el) => [el.getBoundingClientRect().top, innerHeight]);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(height ?? 0);
    // Opened by its link, the page goes to that section and its heading,
    // already in the first frame that draws the page (no frame at the top).
    const linked = await browser.context.newPage();
    await linked.addInitScript(`
      window.scrolledAtFrames = [];
      function frame() {
        if (document.querySelector('main.options h1')) scrolledAtFrames.push(scrollY);
        else requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    `);
    await linked.goto(`chrome-extension://${browser.extensionId}/options.html#pinned`);
    await expect
      .poll(() => linked.evaluate(() => document.activeElement?.textContent))
      .toBe('Pinned');
    const [firstFrameScroll] = await linked.evaluate(
      () => (window as unknown as { scrolledAtFrames: number[] }).scrolledAtFrames,
    );
    expect(firstFrameScroll).toBeGreaterThan(0);
    await linked.close();
  });

  it('opens from the new tab’s Settings button', async () => {
    // An options tab already open would only be brought to the front.
    await options.close();
    const tab = await browser.openNewTab();
    await tab.getByRole('button', { name: /Settings/ }).click();
    // Chrome opens the options in place of a new-tab page.
    await tab.waitForURL(`chrome-extension://${browser.extensionId}/options.html`);
    await tab.getByRole('heading', { name: 'Tabwise settings' }).waitFor();
    await tab.close();
  });

  it('shows a live count of matching entries', async () => {
    const count = options.locator('.match-count');
    expect(await count.innerText()).toBe(`${CORPUS.length} entries match`);
    await options.getByRole('checkbox', { name: /Maya Angelou/ }).check();
    expect(await count.innerText()).toBe(`${ANGELOU.length} entries match`);
  });

  it('one ticked author → ten new tabs all show that author, “Attributed to” lines included', async () => {
    await options.getByRole('checkbox', { name: /Maya Angelou/ }).check();
    await settingsSaved(options, { authors: ['Maya Angelou'] });
    const captions = await showTabs(browser, 10, caption);
    const credits = ANGELOU.map((entry) => creditLine(entry, undefined, ENGLISH_CREDIT));
    expect(credits).toContain('Attributed to Maya Angelou');
    for (const shown of captions) expect(credits).toContain(shown);
  });

  it('"Untick all authors" unticks every ticked author at once, and the same button ticks them again', async () => {
    const authors = options.getByRole('group', { name: 'Authors' });
    await authors.getByRole('checkbox', { name: /Maya Angelou/ }).check();
    await authors.getByRole('checkbox', { name: /Henry David Thoreau/ }).check();
    const both = ['Maya Angelou', 'Henry David Thoreau'];
    await settingsSaved(options, { authors: both });
    expect(await authors.getByText('2 ticked: only matching entries are shown.').count()).toBe(1);
    await authors.getByRole('button', { name: 'Untick all authors' }).focus();
    await options.keyboard.press('Enter');
    await settingsSaved(options, { authors: [] });
    expect(await authors.getByText('None ticked: all are shown.').count()).toBe(1);
    expect(await options.locator('.match-count').innerText()).toBe(
      `${CORPUS.length} entries match`,
    );
    // The focus stays on the button, which now ticks them again.
    const focused = () => options.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('Tick the 2 authors again');
    await options.keyboard.press('Enter');
    await settingsSaved(options, { authors: both });
    expect(await focused()).toBe('Untick all authors');
  });

  it('the author search narrows the list', async () => {
    await options.getByLabel('Search authors').fill('angel');
    const authors = options.getByRole('group', { name: 'Authors' }).getByRole('checkbox');
    expect(await authors.count()).toBe(1);
    expect(await options.getByRole('checkbox', { name: /Maya Angelou/ }).isVisible()).toBe(true);
  });

  it('one ticked topic → every tab shows that tag', async () => {
    const whatToShow = options.getByRole('region', { name: 'What to show' });
    await whatToShow.getByRole('checkbox', { name: /^Follow-up/ }).check();
    await settingsSaved(options, { topics: ['follow-up'] });
    const shown = await showTabs(browser, 6, tags);
    for (const line of shown) expect(line.split('|')).toContain('Follow-up');
  });

  it('unticking Quotes → only tips', async () => {
    await options.getByRole('checkbox', { name: 'Quotes' }).uncheck();
    await settingsSaved(options, { kinds: ['tip'] });
    const kinds = await showTabs(browser, 8, (page) => page.locator('.tag-kind').innerText());
    expect(new Set(kinds)).toEqual(new Set(['Service tip']));
  });

  it('"Every day" → successive tabs show the same entry; Next still moves on', async () => {
    await options.getByRole('radio', { name: 'Every day' }).check();
    await settingsSaved(options, { period: 'day' });
    const shown = await showTabs(browser, 4, entryText);
    expect(new Set(shown).size).toBe(1);
    const tab = await browser.openNewTab();
    await tab.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => entryText(tab)).not.toBe(shown[0]);
    await tab.close();
  });

  it('filters that match nothing → a friendly empty state linking to the options', async () => {
    await options.getByRole('checkbox', { name: 'Quotes' }).uncheck();
    await options.getByRole('checkbox', { name: /Maya Angelou/ }).check();
    expect(await options.locator('.match-count').innerText()).toBe('0 entries match');
    await settingsSaved(options, { kinds: ['tip'], authors: ['Maya Angelou'] });
    const tab = await browser.openNewTab({ expectEntry: false });
    expect(await tab.getByRole('heading', { name: /Nothing to show/ }).isVisible()).toBe(true);
    const link = tab.getByRole('link', { name: /Settings/ });
    expect(await link.getAttribute('href')).toBe(
      `chrome-extension://${browser.extensionId}/options.html#what`,
    );
    await tab.close();
  });

  it('an open new tab follows option changes live', async () => {
    const tab = await browser.openNewTab();
    const html = tab.locator('html');
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => html.getAttribute('data-theme')).toBe('dark');
    await options.getByRole('checkbox', { name: 'Show topic tags' }).uncheck();
    await expect.poll(() => tab.locator('.tag:not(.tag-kind)').count()).toBe(0);
    await options.getByRole('checkbox', { name: /Maya Angelou/ }).check();
    await expect.poll(() => caption(tab)).toMatch(/^(Attributed to )?Maya Angelou$/);
    await tab.close();
  });

  it('an open new tab moves on from an entry the filters drop with no moment without an entry', async () => {
    let tab = await browser.openNewTab();
    // An entry the filter below drops.
    while (/Maya Angelou/.test(await caption(tab))) {
      await tab.close();
      tab = await browser.openNewTab();
    }
    // Every state of the page's DOM, from now until the tab has moved on.
    await tab.evaluate(() => {
      const page = window as { withoutEntry?: number };
      page.withoutEntry = 0;
      new MutationObserver(() => {
        if (!document.querySelector('figure blockquote'))
          page.withoutEntry = (page.withoutEntry ?? 0) + 1;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await options.getByRole('checkbox', { name: /Maya Angelou/ }).check();
    await expect.poll(() => caption(tab)).toMatch(/^(Attributed to )?Maya Angelou$/);
    expect(await tab.evaluate(() => (window as { withoutEntry?: number }).withoutEntry)).toBe(0);
    await tab.close();
  });

  it('theme Dark → the new tab paints dark from its first frame, on a light system', async () => {
    await options.getByRole('radio', { name: 'Dark' }).check();
    await settingsSaved(options, { theme: 'dark' });
    const tab = await browser.context.newPage();
    await tab.addInitScript(() => {
      requestAnimationFrame(() => {
        const w = window as unknown as { firstFrame: string };
        w.firstFrame = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
    await tab.goto('chrome://newtab/');
    await tab.locator('figure blockquote').waitFor();
    const first = await tab.evaluate(
      () => (window as unknown as { firstFrame: string }).firstFrame,
    );
    const channels = (first.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(channels).toHaveLength(3);
    expect(Math.max(...channels)).toBeLessThan(60);
    await tab.close();
  });

  it('text size → the column widens with the text: the same measure on a laptop and a 4K screen', async () => {
    // Characters a line, roughly: the column's width over half the type size.
    const measures: number[] = [];
    for (const size of ['Small', 'Extra large']) {
      await options.getByRole('radio', { name: size, exact: true }).check();
      await settingsSaved(options, { textSize: size === 'Small' ? 'small' : 'x-large' });
      for (const width of [1280, 3840]) {
        const tab = await browser.context.newPage();
        await tab.setViewportSize({ width, height: 900 });
        await tab.goto('chrome://newtab/');
        await tab.locator('main[aria-busy="false"] figure blockquote').waitFor();
        const { column, type, overflow } = await tab.evaluate(() => {
          const text = document.querySelector('figure blockquote') as HTMLElement;
          return {
            column: text.getBoundingClientRect().width,
            type: Number.parseFloat(getComputedStyle(text).fontSize),
            overflow: document.documentElement.scrollWidth > innerWidth,
          };
        });
        expect(overflow).toBe(false);
        measures.push(column / (type / 2));
        await tab.close();
      }
    }
    // The fixed 640 px column it replaces measured 43 at the smallest size on a laptop, 19 at the largest on 4K.
    for (const measure of measures) expect(measure).toBeCloseTo(36, 0);
  });

  it('a burst of 200 changes causes no sync quota error and ends with the last value', async () => {
    const large = options.getByRole('radio', { name: 'Large', exact: true });
    const small = options.getByRole('radio', { name: 'Small', exact: true });
    for (let i = 0; i < 100; i++) {
      await large.check();
      await small.check();
    }
    await settingsSaved(options, { textSize: 'small' });
    await expect
      .poll(() => syncSettings(options), { timeout: 5000 })
      .toMatchObject({
        textSize: 'small',
      });
    expect(await options.locator('.sync-problem').count()).toBe(0);
  });

  it('works by keyboard alone: Tab to a choice, Space to tick it', async () => {
    await options.locator('body').focus();
    // The eight section links come first, then Quotes, then Service tips.
    for (let press = 0; press < 10; press++) await options.keyboard.press('Tab');
    const focused = await options.evaluate(
      () => document.activeElement?.closest('label')?.textContent,
    );
    expect(focused).toContain('Service tips');
    await options.keyboard.press('Space');
    await settingsSaved(options, { kinds: ['quote'] });
  });
});

describe('settings when sync storage refuses', () => {
  const browser = browserPerSuite();

  it('an item over 8 KB: says so, keeps the change here, and loses nothing in sync', async () => {
    const setup = await browser.openOptions();
    // Settings from a newer version, just under the 8 KB item limit.
    const newer = await setup.evaluate(async () => {
      const base = { v: 9, theme: 'dark', notes: '' };
      base.notes = 'x'.repeat(8192 - 'settings'.length - JSON.stringify(base).length - 10);
      await chrome.storage.sync.set({ settings: base });
      return base;
    });
    await setup.close();
    const options = await browser.openOptions();
    expect(await options.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await options.getByRole('checkbox', { name: /Maya Angelou/ }).check();
    await expect
      .poll(() => options.locator('.sync-problem').innerText())
      .toMatch(/too large to sync/);
    expect(await syncSettings(options)).toEqual(newer);
    await options.reload();
    await options.getByRole('heading', { name: 'Tabwise settings' }).waitFor();
    expect(await options.getByRole('checkbox', { name: /Maya Angelou/ }).isChecked()).toBe(true);
    const tab = await browser.openNewTab();
    // Her quotes: cited, or “Attributed to” her.
    expect(await caption(tab)).toMatch(/^(Attributed to )?Maya Angelou$/);
    await Promise.all([tab.close(), options.close()]);
  });

  it('a refused write (write quota used up): says so, keeps the change, loses nothing', async () => {
    const options = await browser.openOptions();
    await options.evaluate(async () => {
      await chrome.storage.sync.clear();
      for (let i = 0; i < 130; i++) await chrome.storage.sync.set({ filler: i }).catch(() => {});
    });
    await options.getByRole('radio', { name: 'Every hour' }).check();
    await expect
      .poll(() => options.locator('.sync-problem').innerText(), { timeout: 5000 })
      .toMatch(/will sync within a minute/);
    await options.reload();
    await options.getByRole('heading', { name: 'Tabwise settings' }).waitFor();
    expect(await options.getByRole('radio', { name: 'Every hour' }).isChecked()).toBe(true);
    await options.close();
  });
});

describe('settings migration', () => {
  const browser = browserPerSuite();

  it('upgrades version 1 settings exactly once with several pages open at once', async () => {
    // Counts every call that stores the settings in sync, from any page of the
    // extension: a second upgrade writing the same record would change nothing
    // a storage listener hears.
    const writesKey = 'e2e:settingsWrites';
    await browser.context.addInitScript((key: string) => {
      const sync = globalThis.chrome?.storage?.sync;
      if (!sync) return;
      const set = sync.set.bind(sync) as (...args: unknown[]) => unknown;
      Object.assign(sync, {
        set: (items: Record<string, unknown>, ...rest: unknown[]) => {
          if ('settings' in items) {
            const count = Number(localStorage.getItem(key) ?? 0);
            localStorage.setItem(key, String(count + 1));
          }
          return set(items, ...rest);
        },
      });
    }, writesKey);
    const watcher = await browser.openNewTab();
    await watcher.evaluate(async (key) => {
      await chrome.storage.sync.set({
        settings: { v: 1, show: 'tips', theme: 'dark', authors: ['Jeff Kaluyu, Ph.D.'] },
      });
      localStorage.setItem(key, '0');
    }, writesKey);
    const pages = await Promise.all([
      browser.openOptions(),
      browser.openOptions(),
      browser.openOptions(),
      browser.openNewTab(),
    ]);
    // Each options page shows the settings only once its upgrade attempt has
    // finished: by then every write any of them made has been asked for.
    for (const options of pages.slice(0, 3)) {
      await expect
        .poll(() => options.getByRole('checkbox', { name: 'Quotes' }).isChecked())
        .toBe(false);
    }
    const writes = await watcher.evaluate((key) => localStorage.getItem(key), writesKey);
    expect(writes).toBe('1');
    expect(await syncSettings(watcher)).toEqual({
      v: 2,
      kinds: ['tip'],
      theme: 'dark',
      authors: ['Jeff Kaluyu, Ph.D.'],
    });
    await Promise.all([watcher, ...pages].map((page) => page.close()));
  });
});

describe('daily rotation across midnight', () => {
  const browser = browserPerSuite();

  it('Next pressed after midnight, in a tab opened the day before, makes the new day’s entry', async () => {
    await browser.context.clock.install({ time: new Date(2026, 10, 23, 23, 58) });
    const options = await browser.openOptions();
    await options.getByRole('radio', { name: 'Every day' }).check();
    await settingsSaved(options, { period: 'day' });
    const tab = await browser.openNewTab();
    const yesterdays = await entryText(tab);

    await browser.context.clock.setSystemTime(new Date(2026, 10, 24, 0, 1));
    await tab.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => entryText(tab)).not.toBe(yesterdays);
    const chosen = await entryText(tab);
    const later = await browser.openNewTab();
    expect(await entryText(later)).toBe(chosen);
  });
});
