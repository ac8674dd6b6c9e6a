import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { HIDDEN_COPY_KEY, PINS_COPY_KEY } from '../../utils/storageKeys';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens chrome://newtab/ in a new tab and waits for its settled entry (or its empty state). */
  openNewTab(options?: { expectEntry?: boolean }): Promise<Page>;
  /** Opens the options page in a new tab and waits for it to render. */
  openOptions(): Promise<Page>;
  /** Empties the extension's sync and local storage and the appearance mirror. */
  resetStorage(): Promise<void>;
  /** Every request that left the extension (anything not chrome-extension:// or chrome://). */
  outsideRequests: string[];
  /** Uncaught errors in the extension's pages, as they were thrown. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** The browser's interface language (needs Debian's chromium-l10n for other than English). */
  language?: string;
  /** The unpacked extension to load: the build unless given (its path makes its id). */
  extensionDir?: string;
  /** A profile to launch (again), kept on close; a fresh one, removed on close, unless given. */
  profileDir?: string;
}

/** Chromium's flags to run one unpacked extension, offline (this machine reaches no other host). */
export const extensionArgs = (dir: string) => [
  '--no-sandbox',
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Debian's Chromium with the built extension, in a fresh profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'tabwise-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    // Chromium on Linux takes its interface language from the environment.
    env: { ...process.env, LANGUAGE: options.language ?? 'en' },
    args: extensionArgs(options.extensionDir ?? EXTENSION_DIR),
  });
  // Errors in the extension's pages show in the test output, to explain a failure.
  const pageErrors: string[] = [];
  context.on('weberror', (error) => {
    pageErrors.push(String(error.error()));
    console.error('[page error]', error.error());
  });
  context.on('console', (message) => {
    if (message.type() === 'error') console.error('[console error]', message.text());
  });
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(chrome-extension|chrome|devtools):/.test(url)) outsideRequests.push(url);
  });

  const openNewTab = async ({ expectEntry = true } = {}) => {
    const page = await context.newPage();
    await page.goto('chrome://newtab/');
    // Settled: storage has confirmed (or corrected) the entry painted first.
    await page.locator('main[aria-busy="false"]').waitFor();
    await page.locator(expectEntry ? 'figure blockquote' : '.empty').waitFor();
    return page;
  };

  const first = await openNewTab();
  const extensionId = new URL(first.url()).host;
  await first.close();

  const openOptions = async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('main.options h1').waitFor();
    return page;
  };

  const resetStorage = async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await backgroundSent(page);
    await page.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
      localStorage.clear();
    });
    await page.close();
  };

  return {
    context,
    extensionId,
    openNewTab,
    openOptions,
    resetStorage,
    outsideRequests,
    pageErrors,
    close: async () => {
      await context.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for the describe block this is called in: launched before its
 * first test (before hooks registered after this call) and closed after its
 * last. The value returned stands for that browser once it is launched.
 */
export function browserPerSuite(options: LaunchOptions = {}): ExtensionBrowser {
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    launched = await launchExtension(options);
  });
  afterAll(() => launched?.close());
  return new Proxy({} as ExtensionBrowser, {
    get(_, key: keyof ExtensionBrowser) {
      if (!launched) throw new Error('The browser is used before its suite has launched it');
      return launched[key];
    },
  });
}

/** The text of the entry a new-tab page shows. */
export function entryText(page: Page): Promise<string> {
  return page.locator('figure blockquote').innerText();
}

/**
 * Moves the focus from `page` to another tab, where Chromium keeps a new
 * tab's focus (its address bar); `giveBack` returns it, as a click into the
 * page or F6 does. (The harness's browser reports every page focused unless
 * told not to, for as long as `page` is open.)
 */
export async function focusElsewhere(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  const other = await page.context().newPage();
  await other.bringToFront();
  return {
    async giveBack() {
      await page.bringToFront();
      await other.close();
    },
  };
}

type Json = Record<string, unknown> | null;

/**
 * Polls a condition evaluated in an extension page. (Playwright's
 * waitForFunction takes the promise an async function returns as truthy, so
 * it cannot wait on chrome.storage.)
 */

async function pollPage(page: Page, check: (arg: Json) => Promise<boolean>, arg: Json) {
  await expect.poll(() => page.evaluate(check, arg), { timeout: 10_000 }).toBe(true);
}

/**
 * Waits until the background has sent to sync the pins and hidden entries
 * pages kept on this browser (storage/syncSender.ts, a moment after the last
 * change). A send still under way when a test clears storage wrote the last
 * test's pins into the next one's.
 */
export async function backgroundSent(page: Page) {
  await pollPage(
    page,
    async (arg) => {
      const copies = await chrome.storage.local.get(arg?.keys as string[]);
      return Object.values(copies).every(
        (copy) => (copy as { unsynced?: unknown } | null)?.unsynced !== true,
      );
    },
    { keys: [PINS_COPY_KEY, HIDDEN_COPY_KEY] },
  );
}

/** Waits until the options page's changes have reached this browser's storage. */
export async function settingsSaved(options: Page, expected: Record<string, unknown>) {
  await pollPage(
    options,
    async (want) => {
      const { settings } = await chrome.storage.local.get('settings');
      const stored = (settings ?? {}) as Record<string, unknown>;
      return Object.entries(want ?? {}).every(
        ([k, v]) => JSON.stringify(stored[k]) === JSON.stringify(v),
      );
    },
    expected,
  );
}

/**
 * Waits until the options page has sent its changes to sync. A page closed
 * before that sends them as it goes, which would race with the next test.
 */
export async function settingsSynced(options: Page) {
  await pollPage(
    options,
    async () => (await chrome.storage.local.get('settingsUnsynced')).settingsUnsynced === undefined,
    null,
  );
}

/**
 * Between tests: lets the last options page finish sending to sync, closes
 * it, empties storage, and opens a fresh options page.
 */
export async function freshOptions(browser: ExtensionBrowser, previous: Page | undefined) {
  if (previous && !previous.isClosed()) {
    await settingsSynced(previous);
    await previous.close();
  }
  await browser.resetStorage();
  return browser.openOptions();
}
