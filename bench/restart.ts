import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, extensionArgs, launchExtension } from '../tests/e2e/harness';
import { POLICY_COPY_KEY } from '../utils/storageKeys';
import { median } from './sample';

export interface RestartFigures {
  /** Next pressed on the first tab after a restart, until the next entry shows (ms). */
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
export async function restartFigures(restarts: number): Promise<RestartFigures> {
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
    const samples: RestartFigures[] = [];
    for (let i = 0; i < restarts; i++) samples.push(await afterRestart(profileDir));
    return {
      next: median(samples.map((s) => s.next)),
      managed: median(samples.map((s) => s.managed)),
    };
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}

async function afterRestart(profileDir: string): Promise<RestartFigures> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
  });
  try {
    const page = await context.newPage();
    await page.goto('chrome://newtab/');
    await page.locator('blockquote').waitFor();
    // The clocks start in the page as the key goes down, and stop there.
    await page.evaluate(() => {
      const marks = window as unknown as Record<string, number>;
      const before = document.querySelector('blockquote')?.textContent;
      // Inline functions only: tsx would wrap a named one in a helper the page lacks.
      addEventListener(
        'keydown',
        () => {
          marks.__benchPressedAt = performance.now();
          void chrome.storage.managed.get().then(() => {
            marks.__benchManagedAt = performance.now();
          });
        },
        { capture: true, once: true },
      );
      new MutationObserver((_, observer) => {
        if (document.querySelector('blockquote')?.textContent === before) return;
        marks.__benchNextAt = performance.now();
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.keyboard.press('n');
    return await page
      .waitForFunction(
        () => {
          const marks = window as unknown as Record<string, number>;
          const {
            __benchPressedAt: pressed,
            __benchNextAt: next,
            __benchManagedAt: managed,
          } = marks;
          return next !== undefined && managed !== undefined && pressed !== undefined
            ? { next: next - pressed, managed: managed - pressed }
            : false;
        },
        undefined,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<RestartFigures>);
  } finally {
    await context.close();
  }
}
