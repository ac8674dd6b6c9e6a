import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BidiContext,
  EXTENSION_DIR,
  entryText,
  type FirefoxWithAddon,
  launchFirefox,
  ORIGIN,
} from './harness';

/** Smoke test of the built Firefox add-on in Debian's Firefox ESR (see harness.ts). */

/** Firefox's WebExtension API in the extension's pages (chrome's types fit). */
declare const browser: typeof chrome;

describe('the Firefox add-on in Firefox ESR', () => {
  let ff: FirefoxWithAddon;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(() => ff?.firefox.close());
  const bidi = <T>(method: string, params: object) => ff.bidi<T>(method, params);
  const evaluateIn = (context: string, expression: string) => ff.evaluateIn(context, expression);
  const contexts = () => ff.contexts();
  const openExtensionPage = (path: string) => ff.openExtensionPage(path);

  it('claims desktop Firefox only: Android has no new-tab override', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('tabwise@tabwise.app');
    expect(manifest.browser_specific_settings.gecko_android).toBeUndefined();
  });

  it('shows the extension in a new tab opened as a user does (Ctrl+T)', async () => {
    expect(await evaluateIn(ff.chromeContext, 'AboutNewTab.newTabURL')).toBe(
      `${ORIGIN}/newtab.html`,
    );
    const before = new Set((await contexts()).map((c) => c.context));
    await evaluateIn(ff.chromeContext, 'BrowserCommands.openTab()');
    let tab: BidiContext | undefined;
    await expect
      .poll(async () => {
        tab = (await contexts()).find((c) => !before.has(c.context));
        return tab?.url;
      })
      .toBe(`${ORIGIN}/newtab.html`);
    const shown = () =>
      evaluateIn(
        tab?.context ?? '',
        `document.querySelector('main[aria-busy="false"] blockquote')?.textContent ?? ''`,
      ).catch(() => '');
    await expect.poll(shown).not.toBe('');
    await bidi('browsingContext.close', { context: tab?.context });
  });

  it('shows an entry, and Next shows another', async () => {
    const page = await openExtensionPage('newtab.html');
    await page.waitForSelector('main[aria-busy="false"] blockquote');
    expect(await page.evaluate(() => location.href)).toBe(`${ORIGIN}/newtab.html`);
    const first = await entryText(page);
    expect(first.trim().length).toBeGreaterThan(0);
    await page.locator('button::-p-text(Next)').click();
    await expect.poll(() => entryText(page)).not.toBe(first);
    await page.close();
  });

  it('has a working storage.sync in the extension page', async () => {
    const page = await openExtensionPage('newtab.html');
    await page.waitForSelector('main[aria-busy="false"] blockquote');
    const stored = await page.evaluate(async () => {
      await browser.storage.sync.set({ smoke: 1 });
      const got = await browser.storage.sync.get('smoke');
      await browser.storage.sync.remove('smoke');
      return got;
    });
    expect(stored).toEqual({ smoke: 1 });
    await page.close();
  });

  it('opens the options page from the Settings button', async () => {
    const page = await openExtensionPage('newtab.html');
    await page.waitForSelector('main[aria-busy="false"] blockquote');
    await page.locator('button::-p-text(Settings)').click();
    let options: BidiContext | undefined;
    await expect
      .poll(async () => {
        options = (await contexts()).find((c) => c.url === `${ORIGIN}/options.html`);
        return options !== undefined;
      })
      .toBe(true);
    const heading = () =>
      evaluateIn(options?.context ?? '', `document.querySelector('h1')?.textContent ?? ''`).catch(
        () => '',
      );
    await expect.poll(heading).toBe('Tabwise settings');
    await bidi('browsingContext.close', { context: options?.context });
    await page.close();
  });
  it('pins on the new tab, lists the pin in the options, and shows an own entry there', async () => {
    const tab = await openExtensionPage('newtab.html');
    await tab.waitForSelector('main[aria-busy="false"] blockquote');
    const pinnedText = (await entryText(tab)).trim();
    await tab.locator('button[aria-pressed="false"]::-p-text(Pin)').click();
    await tab.waitForSelector('button[aria-pressed="true"]');

    const options = await openExtensionPage('options.html');
    const pinned = await options.waitForSelector('.pinned-list .pinned-body');
    expect(await pinned?.evaluate((el) => el.textContent)).toBe(pinnedText);

    await options.locator('#own-text').fill('Firefox keeps this one.');
    await options.locator('button::-p-text(Add entry)').click();
    await options.waitForSelector('.own-list .own-text');
    await options.locator('label::-p-text(Only my entries)').click();
    const onlyMineSaved = () =>
      options.evaluate(async () => (await browser.storage.sync.get('settings')).settings);
    await expect.poll(onlyMineSaved).toMatchObject({ onlyMine: true });

    const next = await openExtensionPage('newtab.html');
    await next.waitForSelector('main[aria-busy="false"] blockquote');
    expect((await entryText(next)).trim()).toBe('Firefox keeps this one.');
    for (const page of [tab, options, next]) await page.close();
  });
});
