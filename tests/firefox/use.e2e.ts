import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryText, type FirefoxWithAddon, launchFirefox } from './harness';

/**
 * The add-on in Firefox ESR as a person uses it: the new tab's keys, then
 * the options page's import and theme (see harness.ts for how pages open).
 */

/** Firefox's WebExtension API in the extension's pages (chrome's types fit). */
declare const browser: typeof chrome;

const status = (page: Page) => page.$eval('.status', (el) => el.textContent ?? '');
const pinPressed = (page: Page) =>
  page.$eval('button.pin', (el) => el.getAttribute('aria-pressed'));

async function openNewTab(ff: FirefoxWithAddon): Promise<Page> {
  const page = await ff.openExtensionPage('newtab.html');
  await page.waitForSelector('main[aria-busy="false"] blockquote');
  // Keys reach a page only once it has the focus.
  await page.bringToFront();
  return page;
}

describe('the Firefox add-on in use', () => {
  let ff: FirefoxWithAddon;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(() => ff?.firefox.close());

  it('keys: n moves on, ← goes back, p pins, c copies the entry with its credit, h hides with Undo', async () => {
    const tab = await openNewTab(ff);
    const first = await entryText(tab);
    await tab.keyboard.press('n');
    await expect.poll(() => entryText(tab)).not.toBe(first);
    await tab.keyboard.press('ArrowLeft');
    await expect.poll(() => entryText(tab)).toBe(first);

    await tab.keyboard.press('p');
    await expect.poll(() => pinPressed(tab)).toBe('true');
    await tab.keyboard.press('c');
    await expect.poll(() => status(tab)).toBe('Copied to the clipboard.');
    const credit = await tab.$eval('figcaption', (el) => el.textContent ?? '');

    await tab.keyboard.press('h');
    await expect.poll(() => entryText(tab)).not.toBe(first);
    await expect.poll(() => status(tab)).toBe('Hidden: it will not show again.');
    await tab.locator('button::-p-text(Undo)').click();
    await expect.poll(() => entryText(tab)).toBe(first);

    // What c copied, pasted where a person would paste it.
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#own-text');
    await options.bringToFront();
    await options.focus('#own-text');
    await options.keyboard.down('Control');
    await options.keyboard.press('v');
    await options.keyboard.up('Control');
    await expect
      .poll(() => options.$eval('#own-text', (el) => (el as HTMLTextAreaElement).value))
      .toContain(`${first.trim()} — ${credit.trim()}`);
    await options.close();
    await tab.close();
  });

  it('imports pasted entries after a preview, and a new tab shows them', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#import-paste');
    await options
      .locator('#import-paste')
      .fill('Firefox reads this line. — Ann Lee\nAnd this one, with no author.');
    await options.locator('button::-p-text(Preview)').click();
    await options.locator('button::-p-text(Add 2 entries)').click();
    await expect
      .poll(() => options.$eval('#import-status', (el) => el.textContent ?? ''))
      .toMatch(/^Added 2 entries\./);
    await options.locator('label::-p-text(Only my entries)').click();
    await expect
      .poll(() =>
        options.evaluate(async () => (await browser.storage.sync.get('settings')).settings),
      )
      .toMatchObject({ onlyMine: true });
    await options.close();

    const tab = await openNewTab(ff);
    const shown = [(await entryText(tab)).trim()];
    await tab.keyboard.press('n');
    await expect.poll(() => entryText(tab)).not.toBe(shown[0]);
    shown.push((await entryText(tab)).trim());
    expect(shown.sort()).toEqual(['And this one, with no author.', 'Firefox reads this line.']);

    // Hiding one's own entry offers to delete it: the background page deletes it, and puts it back.
    const ownCount = () =>
      tab.evaluate(async () => {
        const stored = (await browser.storage.sync.get('own.0'))['own.0'];
        return Array.isArray(stored) ? stored.length : 0;
      });
    await tab.keyboard.press('h');
    await tab.locator('button::-p-text(Delete it)').click();
    await expect.poll(() => status(tab)).toBe('Deleted.');
    await expect.poll(ownCount).toBe(1);
    await tab.locator('button::-p-text(Undo)').click();
    await expect.poll(ownCount).toBe(2);
    await tab.close();
  });

  it('theme Dark: the new tab is dark on a light system', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#appearance');
    await options.locator('#appearance label::-p-text(Dark)').click();
    await expect
      .poll(() =>
        options.evaluate(async () => (await browser.storage.sync.get('settings')).settings),
      )
      .toMatchObject({ theme: 'dark' });
    await options.close();
    const tab = await openNewTab(ff);
    const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = background.match(/\d+/g)?.map(Number) ?? [];
    expect(Math.max(r, g, b)).toBeLessThan(64);
    await tab.close();
    // The options page sets it from a plain script in its head, before its first frame.
    const again = await ff.openExtensionPage('options.html');
    await again.waitForSelector('#appearance');
    expect(
      await again.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        first: document.head.querySelector('script')?.getAttribute('src'),
      })),
    ).toEqual({ theme: 'dark', first: '/page-theme.js' });
    await again.close();
  });

  it('an open new tab follows the options live: the theme, then the author hidden', async () => {
    const tab = await openNewTab(ff);
    const brightness = async () => {
      const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
      return Math.max(...(background.match(/\d+/g)?.slice(0, 3).map(Number) ?? []));
    };
    const hasCredit = async () => (await tab.$('figcaption')) !== null;
    expect(await hasCredit()).toBe(true);

    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#appearance');
    await options.locator('#appearance label::-p-text(Light)').click();
    await expect.poll(brightness).toBeGreaterThan(192);
    await options.locator('#appearance label::-p-text(Dark)').click();
    await expect.poll(brightness).toBeLessThan(64);
    await options.locator('label::-p-text(Show the author or source)').click();
    await expect.poll(hasCredit).toBe(false);

    // As they were, for any test after this one.
    await options.locator('label::-p-text(Show the author or source)').click();
    // In its section: an author's name may hold the word too.
    await options.locator('#appearance label::-p-text(System)').click();
    await expect.poll(hasCredit).toBe(true);
    await expect.poll(brightness).toBeGreaterThan(192);
    await options.close();
    await tab.close();
  });

  it('deletes the entries a search finds once asked, and Undo by keyboard puts them back', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('#import-paste');
    await options.bringToFront();
    await options
      .locator('#import-paste')
      .fill('Ask first in Firefox. — Bo Chen\nUndo works in Firefox. — Bo Chen');
    await options.locator('button::-p-text(Preview)').click();
    await options.locator('button::-p-text(Add 2 entries)').click();
    const listed = () =>
      options.$$eval('#own .own-text', (texts) => texts.map((text) => text.textContent ?? ''));
    const stored = () =>
      options.evaluate(async () => {
        const items = await browser.storage.sync.get(null);
        return Object.keys(items)
          .filter((key) => key.startsWith('own.'))
          .flatMap((key) => (items[key] as { text: string }[]).map((entry) => entry.text));
      });
    await expect.poll(stored).toContain('Undo works in Firefox.');
    const all = await stored();

    await options.locator('#own-search').fill('in Firefox');
    await expect.poll(listed).toEqual(['Ask first in Firefox.', 'Undo works in Firefox.']);
    await options.locator('button::-p-text(Delete all 2)').click();
    // Asked first, the focus on the answer that keeps them.
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.textContent))
      .toBe('Keep them');
    await options.locator('button::-p-text(Delete them)').click();
    await expect.poll(stored).toEqual(all.filter((text) => !text.endsWith('in Firefox.')));
    await expect
      .poll(() => options.$eval('#own-status', (el) => el.textContent ?? ''))
      .toMatch(/^2 entries deleted\./);
    // Undo has the focus.
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.textContent))
      .toBe('Undo');
    await options.keyboard.press('Enter');
    await expect.poll(stored).toEqual(all);
    await expect.poll(listed).toEqual(['Ask first in Firefox.', 'Undo works in Firefox.']);
    await options.close();
  });
});
