import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import {
  CHROMIUM,
  EXTENSION_DIR,
  type ExtensionBrowser,
  extensionArgs,
  focusElsewhere,
  launchExtension,
} from '../tests/e2e/harness';
import { POLICY_COPY_KEY } from '../utils/storageKeys';
import { median } from './sample';

export interface NextFigures {
  /** Next pressed (or clicked) on a painted tab, until the next entry shows (ms). */
  next: number;
  /** From the same moment, until managed storage answers in that page (ms). */
  managed: number;
}

/**
 * The first tab after a browser restart: how long Next takes, and how long
 * managed storage (which the tab used to wait for) takes to answer. The
 * profile has had one session first, so the background has kept its copy of
 * the (empty) policy, as it would for anyone who has used Tabwise before.
 */
export async function restartFigures(restarts: number): Promise<NextFigures> {
  const profileDir = await mkdtemp(join(tmpdir(), 'tabwise-bench-restart-'));
  try {
    const first = await launchExtension({ profileDir });
    const options = await first.openOptions();
    const copyKept = () =>
      options.evaluate(
        async (key) => (await chrome.storage.local.get(key))[key] !== undefined,
        POLICY_COPY_KEY,
      );
    for (let waited = 0; !(await copyKept()); waited += 100) {
      if (waited > 15_000) throw new Error('The background kept no copy of the policy');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await first.close();
    const samples: NextFigures[] = [];
    for (let i = 0; i < restarts; i++) samples.push(await afterRestart(profileDir));
    return medians(samples);
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}

/** The median of each figure over the samples. */
const medians = (samples: readonly NextFigures[]): NextFigures => ({
  next: median(samples.map((s) => s.next)),
  managed: median(samples.map((s) => s.managed)),
});

/** How the user asks for the next entry. */
type Press = (page: Page) => Promise<void>;

/** The key n. */
const pressKey: Press = (page) => page.keyboard.press('n');

/** How long a pointer rests on a button before the click, in the bench. */
export const HOVER_MS = 150;

/** A click on Next, the pointer resting on it HOVER_MS first, as a hand does. */
export const clickAfterHover: Press = async (page) => {
  const next = page.getByRole('button', { name: 'Next' });
  await next.hover();
  await page.waitForTimeout(HOVER_MS);
  await next.click();
};

/** How long after the page gets the focus the key comes, in the bench. */
export const FOCUS_MS = 150;

/**
 * The key n, FOCUS_MS after the page got the focus: Chromium gives a new
 * tab's focus to the address bar, so a key reaches the page only once the
 * user clicks into it or presses F6.
 */
export const keyAfterFocus: Press = async (page) => {
  await (await focusElsewhere(page)).giveBack();
  await page.waitForTimeout(FOCUS_MS);
  await page.keyboard.press('n');
};

/**
 * Next on new tabs in a running browser, each asked for once the tab has
 * painted and settled (its app not loaded yet, as on most tabs).
 */
export async function nextOnNewTabs(
  browser: ExtensionBrowser,
  tabs: number,
  press: Press = pressKey,
): Promise<NextFigures> {
  const samples: NextFigures[] = [];
  for (let i = 0; i < tabs; i++) {
    const page = await browser.openNewTab();
    try {
      samples.push(await timeNext(page, press));
    } finally {
      await page.close();
    }
  }
  return medians(samples);
}

async function afterRestart(profileDir: string): Promise<NextFigures> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
  });
  try {
    const page = await context.newPage();
    await page.goto('chrome://newtab/');
    await page.locator('figure blockquote').waitFor();
    return await timeNext(page, pressKey);
  } finally {
    await context.close();
  }
}

/**
 * Asks for Next on a painted tab and times, in the page from the moment the
 * key or the pointer goes down: the next entry showing, and managed storage
 * answering (which the app needs, and which answers seconds late after a
 * restart).
 */
async function timeNext(page: Page, press: Press): Promise<NextFigures> {
  // The clocks start in the page as the key or the pointer goes down, and stop there.
  await page.evaluate(() => {
    const marks = window as unknown as Record<string, number>;
    const before = document.querySelector('figure blockquote')?.textContent;
    // Inline functions only: tsx would wrap a named one in a helper the page lacks.
    for (const type of ['keydown', 'pointerdown']) {
      addEventListener(
        type,
        () => {
          if (marks.__benchPressedAt !== undefined) return;
          marks.__benchPressedAt = performance.now();
          void chrome.storage.managed.get().then(() => {
            marks.__benchManagedAt = performance.now();
          });
        },
        { capture: true, once: true },
      );
    }
    new MutationObserver((_, observer) => {
      if (document.querySelector('figure blockquote')?.textContent === before) return;
      marks.__benchNextAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await press(page);
  return await page
    .waitForFunction(
      () => {
        const marks = window as unknown as Record<string, number>;
        const { __benchPressedAt: pressed, __benchNextAt: next, __benchManagedAt: managed } = marks;
        return next !== undefined && managed !== undefined && pressed !== undefined
          ? { next: next - pressed, managed: managed - pressed }
          : false;
      },
      undefined,
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<NextFigures>);
}
