import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM, type ExtensionBrowser, extensionArgs } from '../tests/e2e/harness';
import { storedOverflow } from '../utils/ownOverflow';
import { OWN_OVERFLOW_KEY } from '../utils/storageKeys';

/** A Chromium profile with one extension, and a way to stop the extension's service worker. */
export interface Profile {
  name: string;
  context: BrowserContext;
  extensionId: string;
  /** Stops the extension's service worker, so the next tab starts a fresh extension renderer. */
  stopWorker(): Promise<void>;
  /** Keeps the extension's renderer alive (an extension page that runs no code) or lets it go. */
  park(on: boolean): Promise<void>;
  close(): Promise<void>;
}

/** The control page is about:blank: a CDP handle that is not an extension page. */
async function control(
  context: BrowserContext,
  name: string,
  extensionId: string,
  close: () => Promise<void>,
): Promise<Profile> {
  const cdp: CDPSession = await context.newCDPSession(await context.newPage());
  let parked: Page | undefined;
  return {
    name,
    context,
    extensionId,
    async stopWorker() {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const workers = targetInfos.filter(
        (t) =>
          t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
      );
      for (const worker of workers)
        await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    },
    async park(on) {
      if (on && !parked) {
        parked = await context.newPage();
        await parked.goto(`chrome-extension://${extensionId}/manifest.json`);
      } else if (!on && parked) {
        await parked.close();
        parked = undefined;
      }
    },
    close,
  };
}

export const tabwiseProfile = async (name: string, browser: ExtensionBrowser) =>
  control(browser.context, name, browser.extensionId, () => browser.close());

/** The floor's page can carry one empty render-blocking script: the least any script costs. */
const EMPTY_SCRIPT =
  '<script defer blocking="render" fetchpriority="high" src="/empty.js"></script>';

/** The markup `page` has rendered, with its inlined CSS, as static HTML: its scripts left out. */
export const staticMarkup = (page: Page) =>
  page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of copy.querySelectorAll('script')) script.remove();
    return `<!doctype html>\n${copy.outerHTML}`;
  });

/** A floor, and a way to have its next new tab show other markup. */
export interface Floor extends Profile {
  show(html: string): Promise<void>;
}

/**
 * The floor: an extension whose new tab is static HTML (`html`, markup
 * Tabwise has rendered, see staticMarkup) and no script, loaded through
 * chrome://newtab/ in a profile of its own. With `emptyScript`, the same page
 * also loads an empty render-blocking script, as any page must that paints
 * from data of its own. Chromium reads an unpacked extension's files afresh
 * for each page, so `show` changes what the next tab shows.
 */
export async function floorProfile(
  html: string,
  name: string,
  emptyScript = false,
): Promise<Floor> {
  const dir = await mkdtemp(join(tmpdir(), 'tabwise-floor-'));
  await writeFile(join(dir, 'empty.js'), '');
  const show = (markup: string) =>
    writeFile(
      join(dir, 'newtab.html'),
      emptyScript ? markup.replace('</head>', `${EMPTY_SCRIPT}</head>`) : markup,
    );
  await show(html);
  const manifest = {
    manifest_version: 3,
    name: 'Static new tab (floor)',
    version: '1.0',
    chrome_url_overrides: { newtab: 'newtab.html' },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const profileDir = await mkdtemp(join(tmpdir(), 'tabwise-floor-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: extensionArgs(dir),
  });
  const first = await context.newPage();
  await first.goto('chrome://newtab/');
  const extensionId = new URL(first.url()).host;
  await first.close();
  const profile = await control(context, name, extensionId, async () => {
    await context.close();
    await Promise.all([dir, profileDir].map((d) => rm(d, { recursive: true, force: true })));
  });
  return { ...profile, show };
}

/** Own entries' authors: a big imported collection of quotes has thousands. */
export const OWN_AUTHORS = 4_000;

/** Stores `count` own entries, as a user with a big imported collection would have. */
export async function storeOwnEntries(browser: ExtensionBrowser, count: number) {
  const entries = Array.from({ length: count }, (_, i) => ({
    id: `u-bench-${i.toString(36)}`,
    kind: i % 3 ? 'quote' : 'tip',
    text: `Own entry ${i}: a line of about the length people keep, to carry into the next call.`,
    author: `Author ${i % OWN_AUTHORS}`,
    topics: ['calm', `team-${i % 20}`],
  }));
  const page = await browser.openOptions();
  // Beyond what sync holds, own entries live in storage.local (storage/ownEntriesStore.ts).
  await page.evaluate(
    async ({ key, stored }) => {
      await chrome.storage.local.set({ [key]: stored });
    },
    { key: OWN_OVERFLOW_KEY, stored: storedOverflow(entries) },
  );
  await page.close();
}
