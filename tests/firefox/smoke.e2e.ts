import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Smoke test of the built Firefox add-on in Debian's Firefox ESR, headless,
 * over WebDriver BiDi (puppeteer-core).
 *
 * Firefox's remote agent refuses to navigate to moz-extension:// (and
 * about:newtab) unless it runs with --remote-allow-system-access. With it, a
 * tab can be sent to the extension's pages, and the browser window itself
 * (the "chrome" context) can be scripted to open a new tab the way a user does.
 * The agent sends no events for extension-process tabs (bug 1755014), so
 * puppeteer's goto() would wait forever and browser.pages() never lists tabs
 * the browser opens itself: we navigate with wait "none", then poll the DOM,
 * and reach such tabs through raw BiDi commands.
 */

const EXTENSION_DIR = resolve('.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'tabwise@tabwise.app';
/** Fixed with a pref, so the extension's URLs are known in advance. */
const UUID = '6f0e4c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b';
const ORIGIN = `moz-extension://${UUID}`;

/** Firefox's WebExtension API in the extension's pages (chrome's types fit). */
declare const browser: typeof chrome;

interface BidiContext {
  context: string;
  url: string;
  children: BidiContext[] | null;
}
type BidiResult = { result?: { type: string; value?: unknown }; exceptionDetails?: unknown };
/** puppeteer's BiDi browser has its connection as an untyped (internal) property. */
type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

describe('the Firefox add-on in Firefox ESR', () => {
  let firefox: Browser;
  let send: BidiSend;
  let chromeContext: string;

  const bidi = async <T>(method: string, params: object) =>
    (await send(method, params)).result as T;

  /** Runs an expression in a browsing context (a tab, or the browser window). */
  const evaluateIn = async (context: string, expression: string) => {
    const r = await bidi<BidiResult>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    return r.result?.value;
  };

  const contexts = async () =>
    (await bidi<{ contexts: BidiContext[] }>('browsingContext.getTree', {})).contexts;

  /** A new puppeteer tab sent to one of the extension's pages. */
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await firefox.newPage();
    // Frame._id is the BiDi context id (internal in puppeteer's types).
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi('browsingContext.navigate', { context, url: `${ORIGIN}/${path}`, wait: 'none' });
    return page;
  };

  const entryText = (page: Page) => page.$eval('blockquote', (el) => el.textContent ?? '');

  beforeAll(async () => {
    if (!existsSync(FIREFOX))
      throw new Error(`No Firefox at ${FIREFOX} (apt-get install firefox-esr)`);
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error('Run wxt build -b firefox');
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      },
    });
    const connection = (firefox as unknown as { connection: { send: BidiSend } }).connection;
    send = connection.send.bind(connection);
    expect(await firefox.installExtension(EXTENSION_DIR)).toBe(ADDON_ID);
    const tree = await bidi<{ contexts: BidiContext[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
    });
    chromeContext = tree.contexts[0]?.context ?? '';
    expect(tree.contexts[0]?.url).toBe('chrome://browser/content/browser.xhtml');
  });
  afterAll(() => firefox?.close());

  it('claims desktop Firefox only: Android has no new-tab override', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('tabwise@tabwise.app');
    expect(manifest.browser_specific_settings.gecko_android).toBeUndefined();
  });

  it('shows the extension in a new tab opened as a user does (Ctrl+T)', async () => {
    expect(await evaluateIn(chromeContext, 'AboutNewTab.newTabURL')).toBe(`${ORIGIN}/newtab.html`);
    const before = new Set((await contexts()).map((c) => c.context));
    await evaluateIn(chromeContext, 'BrowserCommands.openTab()');
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
