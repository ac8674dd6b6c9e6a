import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens chrome://newtab/ in a new tab and waits for its entry. */
  openNewTab(): Promise<Page>;
  /** Every request that left the extension (anything not chrome-extension:// or chrome://). */
  outsideRequests: string[];
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension, in a fresh profile. */
export async function launchExtension(
  options: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'tabwise-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(chrome-extension|chrome|devtools):/.test(url)) outsideRequests.push(url);
  });

  const openNewTab = async () => {
    const page = await context.newPage();
    await page.goto('chrome://newtab/');
    await page.locator('blockquote').waitFor();
    return page;
  };

  const first = await openNewTab();
  const extensionId = new URL(first.url()).host;
  await first.close();

  return {
    context,
    extensionId,
    openNewTab,
    outsideRequests,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The text of the entry a new-tab page shows. */
export function entryText(page: Page): Promise<string> {
  return page.locator('blockquote').innerText();
}
