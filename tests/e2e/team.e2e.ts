import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_COPY_KEY } from '../../utils/storageKeys';
import { seriousViolations } from './axe';
import { entryText, launchExtension, settingsSaved } from './harness';
import { extensionCopy, removePolicy, writePolicy } from './policyFiles';

/**
 * Team packs as an administrator delivers them on Linux (docs/ADMIN.md): a
 * policy file in /etc/chromium/policies/managed/, read by Chromium at start,
 * keyed by the extension's id. The extension is a copy in a folder of its
 * own, so no other suite's browser gets this policy.
 */

const FILE = `tabwise-e2e-${process.pid}.json`;
const PACK = 'Acme Support';
const A = 'Greet every customer by name before anything else.';
const B = 'Say what you will do next, and by when.';
const C = 'Close each ticket with one line the customer can keep.';
const C_EDITED = 'Close each ticket with a single line the customer can keep.';
const D = 'When a customer repeats a question, answer it as if for the first time.';

const tips = (...texts: string[]) => texts.map((text) => ({ kind: 'tip', text }));

const VERSION_1 = {
  packs: [{ name: PACK, entries: tips(A, B, C) }],
  defaults: { onlyTeam: true, textSize: 'large', theme: 'dark' },
  locked: ['theme', 'font'],
};
const VERSION_2 = {
  packs: [{ name: PACK, entries: tips(B, C_EDITED, D) }],
  defaults: { onlyTeam: true, textSize: 'x-large', theme: 'dark' },
  locked: ['theme'],
};

let copy: Awaited<ReturnType<typeof extensionCopy>>;
const profiles: string[] = [];
const freshProfile = async () => {
  const profile = await mkdtemp(join(tmpdir(), 'tabwise-team-profile-'));
  profiles.push(profile);
  return profile;
};

beforeAll(async () => {
  copy = await extensionCopy();
});
afterAll(async () => {
  await removePolicy(FILE);
  await copy.remove();
  await Promise.all(profiles.map((profile) => rm(profile, { recursive: true, force: true })));
});

const teamSection = (options: Page) => options.locator('section#team');
/**
 * For each "Set by your organisation" note in a section: whether one of the
 * hairlines that part groups lies between the note and its group's legend,
 * which makes the note read as part of the group above.
 */
const lineBetweenLockNoteAndLegend = (options: Page, section: string) =>
  options.locator(section).evaluate((element) => {
    const lines = [...element.querySelectorAll('fieldset')]
      .filter((group) => getComputedStyle(group).borderTopWidth !== '0px')
      .map((group) => group.getBoundingClientRect().top);
    return [...element.querySelectorAll('.locked-note')].map((note) => {
      const noteTop = note.getBoundingClientRect().top;
      const legend = note.parentElement?.querySelector('legend');
      const legendTop = legend?.getBoundingClientRect().top ?? noteTop;
      return lines.some((line) => line > noteTop && line < legendTop);
    });
  });
const teamTexts = (options: Page) => teamSection(options).locator('.pinned-body').allInnerTexts();

describe('a team pack delivered by policy', () => {
  it('shows on new tabs and in the options page, with its defaults and locks, and survives an update', async () => {
    await writePolicy(FILE, copy.id, VERSION_1);
    const profileDir = await freshProfile();
    const browser = await launchExtension({ extensionDir: copy.dir, profileDir });
    try {
      expect(browser.extensionId).toBe(copy.id);
      // The default "only my organisation's entries" applies to this fresh profile.
      const tab = await browser.openNewTab();
      expect([A, B, C]).toContain(await entryText(tab));
      expect(await tab.locator('.tag-origin').innerText()).toBe(`From ${PACK}`);
      // The locked dark theme, from the first paint on.
      expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

      const options = await browser.openOptions();
      expect(await teamSection(options).getByText(`3 entries from “${PACK}”`).count()).toBe(1);
      expect(await teamTexts(options)).toEqual([A, B, C]);
      // The team's section and the locked settings, for screen readers and in contrast.
      expect(await seriousViolations(options)).toEqual([]);
      expect(await seriousViolations(tab)).toEqual([]);
      const dark = options.getByRole('radio', { name: 'Dark' });
      expect(await dark.isChecked()).toBe(true);
      expect(await dark.isDisabled()).toBe(true);
      // The theme and the typeface are locked; each note sits with its own group.
      expect(
        await options.locator('#appearance').getByText('Set by your organisation').count(),
      ).toBe(2);
      expect(await lineBetweenLockNoteAndLegend(options, '#appearance')).toEqual([false, false]);
      expect(await options.getByRole('radio', { name: 'Sans-serif' }).isDisabled()).toBe(true);
      // In a high-contrast theme the padlock, drawn as a background, is still drawn, in the text's colour.
      await options.emulateMedia({ forcedColors: 'active' });
      const padlock = await options
        .locator('#appearance .locked-note')
        .first()
        .evaluate((note) => [
          getComputedStyle(note, '::before').backgroundColor,
          getComputedStyle(note).color,
        ]);
      expect(padlock[0]).toBe(padlock[1]);
      await options.emulateMedia({ forcedColors: 'none' });
      expect(await options.getByRole('radio', { name: 'Large', exact: true }).isChecked()).toBe(
        true,
      );
      expect(
        await options.getByRole('checkbox', { name: 'Only my organisation’s entries' }).isChecked(),
      ).toBe(true);

      // The user's own choice, and a pin on an entry the update keeps.
      await options.getByRole('radio', { name: 'Small', exact: true }).check();
      await settingsSaved(options, { textSize: 'small' });
      const rowB = teamSection(options).locator('li', { hasText: B });
      await rowB.getByRole('button', { name: 'Pin' }).click();
      await expect
        .poll(() => rowB.getByRole('button', { name: 'Pin' }).getAttribute('aria-pressed'))
        .toBe('true');
      expect(await options.locator('#pinned .pinned-body').allInnerTexts()).toEqual([B]);

      // The administrator updates the policy; Chromium reloads it (chrome://policy → Reload):
      // the open options page follows at once.
      await writePolicy(FILE, copy.id, VERSION_2);
      const policyPage = await browser.context.newPage();
      await policyPage.goto('chrome://policy');
      await policyPage.locator('#reload-policies').click();
      await expect.poll(() => teamTexts(options), { timeout: 15_000 }).toEqual([B, C_EDITED, D]);
      expect(await options.locator('#pinned .pinned-body').allInnerTexts()).toEqual([B]);
      // A default never overrides the user's own choice.
      expect(await options.getByRole('radio', { name: 'Small', exact: true }).isChecked()).toBe(
        true,
      );
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }

    // A fresh launch reads the updated policy too, and keeps the pin and the choice.
    const again = await launchExtension({ extensionDir: copy.dir, profileDir });
    try {
      const options = await again.openOptions();
      // From the background's copy, or from managed storage when it answers (seconds after start).
      await expect.poll(() => teamTexts(options), { timeout: 15_000 }).toEqual([B, C_EDITED, D]);
      expect(await options.locator('#pinned .pinned-body').allInnerTexts()).toEqual([B]);
      expect(await options.getByRole('radio', { name: 'Small', exact: true }).isChecked()).toBe(
        true,
      );
      const tab = await again.openNewTab();
      expect([B, C_EDITED, D]).toContain(await entryText(tab));
    } finally {
      await again.close();
    }
  });

  it('follows an update made while the browser was closed, once managed storage answers', async () => {
    const policyCopy = (page: Page) =>
      page.evaluate(
        async (key) =>
          ((await chrome.storage.local.get(key))[key] as { raw?: unknown } | undefined)?.raw,
        POLICY_COPY_KEY,
      );
    await writePolicy(FILE, copy.id, VERSION_1);
    const profileDir = await freshProfile();
    const before = await launchExtension({ extensionDir: copy.dir, profileDir });
    try {
      // The background keeps a copy, for the tabs that open before managed storage answers.
      const options = await before.openOptions();
      await expect.poll(() => policyCopy(options), { timeout: 15_000 }).toEqual(VERSION_1);
    } finally {
      await before.close();
    }

    await writePolicy(FILE, copy.id, VERSION_2);
    const after = await launchExtension({ extensionDir: copy.dir, profileDir });
    try {
      // Just after start-up the tab works from the copy: Next moves on to a team entry.
      const tab = await after.openNewTab();
      const first = await entryText(tab);
      await tab.keyboard.press('n');
      await expect.poll(() => entryText(tab)).not.toBe(first);
      expect([A, B, C, C_EDITED, D]).toContain(await entryText(tab));
      // Then managed storage answers with the update, and the pages and the copy follow it.
      const options = await after.openOptions();
      await expect.poll(() => teamTexts(options), { timeout: 15_000 }).toEqual([B, C_EDITED, D]);
      await expect.poll(() => policyCopy(options), { timeout: 15_000 }).toEqual(VERSION_2);
      expect(
        await options.getByRole('radio', { name: 'Extra large', exact: true }).isChecked(),
      ).toBe(true);
      expect(after.pageErrors).toEqual([]);
    } finally {
      await after.close();
    }
  });

  it('skips what it cannot use with one sentence, and everything else keeps working', async () => {
    await writePolicy(FILE, copy.id, {
      packs: [
        {
          name: PACK,
          entries: [
            { kind: 'tip', text: A },
            { kind: 'tip', text: 'x'.repeat(600) },
            { kind: 'poem', text: 'Roses are red.' },
            { kind: 'tip' },
          ],
        },
        { entries: tips(D) },
      ],
      defaults: { period: 'weekly', onlyTeam: true },
    });
    const browser = await launchExtension({
      extensionDir: copy.dir,
      profileDir: await freshProfile(),
    });
    try {
      const tab = await browser.openNewTab();
      expect(await entryText(tab)).toBe(A);
      const options = await browser.openOptions();
      const sentence = options.locator('.sync-problem', { hasText: 'your organisation’s policy' });
      expect(await sentence.innerText()).toMatch(
        /^Tabwise skipped 5 parts of your organisation’s policy that it cannot use: /,
      );
      expect(await teamTexts(options)).toEqual([A]);
      // The rest of the page works: a filter change reaches storage.
      await options.getByRole('radio', { name: 'Every hour' }).check();
      await settingsSaved(options, { period: 'hour' });
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
