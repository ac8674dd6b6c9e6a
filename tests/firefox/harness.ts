import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';

/**
 * The built Firefox add-on in Debian's Firefox ESR, headless, over WebDriver
 * BiDi (puppeteer-core).
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

export const EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'tabwise@tabwise.app';
/** Fixed with a pref, so the extension's URLs are known in advance. */
const UUID = '6f0e4c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b';
export const ORIGIN = `moz-extension://${UUID}`;

export interface BidiContext {
  context: string;
  url: string;
  children: BidiContext[] | null;
}
type BidiResult = { result?: { type: string; value?: unknown }; exceptionDetails?: unknown };
/** puppeteer's BiDi browser has its connection as an untyped (internal) property. */
type BidiSend = (method: string, params: object) => Promise<{ result: unknown }>;

export interface FirefoxWithAddon {
  firefox: Browser;
  /** The browser window's context, to script it as a user would. */
  chromeContext: string;
  bidi<T>(method: string, params: object): Promise<T>;
  /** Runs an expression in a browsing context (a tab, or the browser window). */
  evaluateIn(context: string, expression: string): Promise<unknown>;
  contexts(): Promise<BidiContext[]>;
  /** A new puppeteer tab sent to one of the extension's pages. */
  openExtensionPage(path: string): Promise<Page>;
}

/** Launches Firefox ESR and installs the built add-on. */
export async function launchFirefox(): Promise<FirefoxWithAddon> {
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX} (apt-get install firefox-esr)`);
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error('Run wxt build -b firefox');
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    },
  });
  const connection = (firefox as unknown as { connection: { send: BidiSend } }).connection;
  const send = connection.send.bind(connection);
  const bidi = async <T>(method: string, params: object) =>
    (await send(method, params)).result as T;
  expect(await firefox.installExtension(EXTENSION_DIR)).toBe(ADDON_ID);
  const tree = await bidi<{ contexts: BidiContext[] }>('browsingContext.getTree', {
    'moz:scope': 'chrome',
  });
  // Firefox ESR 140 ignores the chrome scope and lists the tabs instead.
  if (tree.contexts[0]?.url !== 'chrome://browser/content/browser.xhtml') {
    const version = await firefox.version();
    await firefox.close();
    throw new Error(
      `${version} gives WebDriver BiDi no access to the browser window: ` +
        'the Firefox tests need Firefox ESR 153 or later (apt-get install firefox-esr)',
    );
  }
  return {
    firefox,
    chromeContext: tree.contexts[0]?.context ?? '',
    bidi,
    async evaluateIn(context, expression) {
      const r = await bidi<BidiResult>('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
      return r.result?.value;
    },
    contexts: async () =>
      (await bidi<{ contexts: BidiContext[] }>('browsingContext.getTree', {})).contexts,
    async openExtensionPage(path) {
      const page = await firefox.newPage();
      // Frame._id is the BiDi context id (internal in puppeteer's types).
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      await bidi('browsingContext.navigate', { context, url: `${ORIGIN}/${path}`, wait: 'none' });
      return page;
    },
  };
}

export const entryText = (page: Page) => page.$eval('blockquote', (el) => el.textContent ?? '');
