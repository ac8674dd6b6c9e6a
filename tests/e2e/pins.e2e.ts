import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { corpusIn } from '../../content/corpus';
import { browserPerSuite, entryText, settingsSaved, settingsSynced } from './harness';

/** The corpus as the English interface shows it (the tests' browser speaks English). */
const CORPUS = corpusIn('en');

const pinButton = (page: Page) => page.getByRole('button', { name: /Pin/ });
const pinnedTexts = (options: Page) => options.locator('.pinned-list .pinned-body').allInnerTexts();
const textOf = (id: string) => CORPUS.find((e) => e.id === id)?.text ?? '';

/** Stores pins directly, in the format the extension writes (utils/pins.ts), for setups. */
async function seedPins(page: Page, ids: string[]) {
  await page.evaluate(async (pins) => {
    const chunks: string[][] = [];
    for (let i = 0; i < pins.length; i += 200) chunks.push(pins.slice(i, i + 200));
    const items: Record<string, unknown> = { pins: { v: 1, chunks: chunks.length } };
    chunks.forEach((chunk, i) => {
      items[`pins.${i}`] = chunk;
    });
    await chrome.storage.sync.set(items);
  }, ids);
}

describe('pins', () => {
  const browser = browserPerSuite();

  beforeEach(() => browser.resetStorage());

  it('Pin on a new tab → pressed, and listed in the options; p unpins', async () => {
    const tab = await browser.openNewTab();
    const text = await entryText(tab);
    expect(await pinButton(tab).getAttribute('aria-pressed')).toBe('false');
    await pinButton(tab).click();
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    const options = await browser.openOptions();
    expect((await pinnedTexts(options)).map((t) => t.trim())).toEqual([text.trim()]);
    await tab.bringToFront();
    await tab.keyboard.press('p');
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => pinnedTexts(options)).toEqual([]);
    expect(await options.getByText('Nothing pinned yet').isVisible()).toBe(true);
    await Promise.all([tab.close(), options.close()]);
  });

  it('reorders pins in the options, by keyboard, and the order survives a reload', async () => {
    const setup = await browser.openOptions();
    const ids = CORPUS.slice(0, 3).map((e) => e.id);
    await seedPins(setup, ids);
    await setup.reload();
    await setup.locator('.pinned-list').waitFor();
    const moveUp = setup.getByRole('button', { name: 'Move up' }).nth(2);
    await moveUp.focus();
    await setup.keyboard.press('Enter');
    const expected = [ids[0], ids[2], ids[1]].map((id) => textOf(id as string));
    await expect.poll(() => pinnedTexts(setup)).toEqual(expected);
    // Focus stays with the moved entry, so it can move again.
    const focused = await setup.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Move up');
    await setup.reload();
    await setup.locator('.pinned-list').waitFor();
    expect(await pinnedTexts(setup)).toEqual(expected);
    await setup.close();
  });

  it('"Show only pinned entries" with three pins → twelve tabs show only those, each in the first three', async () => {
    const options = await browser.openOptions();
    const ids = [CORPUS[5], CORPUS[30], CORPUS[50]].map((e) => e?.id as string);
    await seedPins(options, ids);
    await options.getByRole('checkbox', { name: 'Show only pinned entries' }).check();
    await settingsSaved(options, { onlyPinned: true });
    const shown: string[] = [];
    for (let i = 0; i < 12; i++) {
      const tab = await browser.openNewTab();
      shown.push((await entryText(tab)).trim());
      expect(await pinButton(tab).getAttribute('aria-pressed')).toBe('true');
      await tab.close();
    }
    const texts = ids.map(textOf);
    expect(new Set(shown)).toEqual(new Set(texts));
    expect(new Set(shown.slice(0, 3))).toEqual(new Set(texts));
    // Closing before sync has the change would send it after the next test's reset.
    await settingsSynced(options);
    await options.close();
  });

  it('with "only pinned" and no pins, the new tab explains how to pin', async () => {
    const options = await browser.openOptions();
    await options.getByRole('checkbox', { name: 'Show only pinned entries' }).check();
    await settingsSaved(options, { onlyPinned: true });
    const tab = await browser.openNewTab({ expectEntry: false });
    expect(await tab.getByRole('heading', { name: 'Nothing pinned yet' }).isVisible()).toBe(true);
    await settingsSynced(options);
    await Promise.all([tab.close(), options.close()]);
  });

  it('unpinning in the options updates an open new tab live', async () => {
    const tab = await browser.openNewTab();
    await pinButton(tab).click();
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    const options = await browser.openOptions();
    await options.getByRole('button', { name: 'Unpin', exact: true }).click();
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('false');
    await Promise.all([tab.close(), options.close()]);
  });

  it('Undo after an unpin in the options pins the entry back in its place, open tabs too', async () => {
    // Three pins, made one after the other in three tabs.
    const tabs: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const tab = await browser.openNewTab();
      await pinButton(tab).click();
      await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
      tabs.push(tab);
    }
    const options = await browser.openOptions();
    await expect.poll(async () => (await pinnedTexts(options)).length).toBe(3);
    const before = await pinnedTexts(options);
    await options.getByRole('button', { name: 'Unpin', exact: true }).nth(1).click();
    await expect.poll(() => pinButton(tabs[1] as Page).getAttribute('aria-pressed')).toBe('false');
    expect(await options.locator('#pinned-status').innerText()).toBe('Unpinned.');
    expect(await options.locator('.pinned-list .entry-number').allInnerTexts()).toEqual([
      '1.',
      '2.',
    ]);
    const undo = options.getByRole('button', { name: 'Undo' });
    expect(await undo.getAttribute('aria-describedby')).toBe('pinned-status');
    await undo.click();
    await expect.poll(() => pinnedTexts(options)).toEqual(before);
    expect(await options.locator('#pinned-status').innerText()).toBe('Pinned again.');
    await expect.poll(() => pinButton(tabs[1] as Page).getAttribute('aria-pressed')).toBe('true');
    await options.reload();
    await options.locator('.pinned-list').waitFor();
    expect(await pinnedTexts(options)).toEqual(before);
    expect(browser.pageErrors).toEqual([]);
    await Promise.all([...tabs, options].map((page) => page.close()));
  });

  it('"Unpin all" unpins every pin, open tabs too; Undo by Enter pins them back in their order', async () => {
    // The entry an open tab shows, pinned there, and two more.
    const tab = await browser.openNewTab();
    await pinButton(tab).click();
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    const options = await browser.openOptions();
    const synced = () =>
      options.evaluate(
        async () => ((await chrome.storage.sync.get('pins.0'))['pins.0'] ?? []) as string[],
      );
    await expect.poll(async () => (await synced()).length).toBe(1);
    const [shown] = await synced();
    const others = CORPUS.map((e) => e.id).filter((id) => id !== shown);
    const ids = [others[0], shown, others[1]] as string[];
    await seedPins(options, ids);
    await options.reload();

    await options.getByRole('button', { name: 'Unpin all 3' }).click();
    await options.getByRole('button', { name: 'Unpin them' }).click();
    await expect.poll(synced).toEqual([]);
    expect(await options.locator('#pinned-status').innerText()).toBe('3 entries unpinned.');
    expect(await options.getByText('Nothing pinned yet', { exact: false }).count()).toBe(1);
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('false');
    // Undo has the focus.
    await options.keyboard.press('Enter');
    await expect.poll(synced).toEqual(ids);
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    expect(await pinnedTexts(options)).toEqual(ids.map(textOf));
    expect(await options.locator('#pinned-status').innerText()).toBe('3 entries pinned again.');
    expect(browser.pageErrors).toEqual([]);
    await Promise.all([tab.close(), options.close()]);
  });

  it('says "Unpinned." again, as a change a screen reader speaks, for a second unpin', async () => {
    const options = await browser.openOptions();
    await seedPins(
      options,
      CORPUS.slice(0, 3).map((entry) => entry.id),
    );
    await options.reload();
    await expect.poll(async () => (await pinnedTexts(options)).length).toBe(3);
    const status = options.locator('#pinned-status');
    const said: string[] = [];
    for (const left of [2, 1]) {
      await options.getByRole('button', { name: 'Unpin', exact: true }).first().click();
      await expect.poll(async () => (await pinnedTexts(options)).length).toBe(left);
      said.push((await status.textContent()) ?? '');
    }
    expect(said[1]).not.toBe(said[0]);
    expect(said.map((words) => words.trim())).toEqual(['Unpinned.', 'Unpinned.']);
    await options.close();
  });

  it('a pin hidden on the new tab stays listed, saying it will not show', async () => {
    const tab = await browser.openNewTab();
    await pinButton(tab).click();
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    await tab.keyboard.press('h');
    await tab.getByRole('button', { name: 'Undo' }).waitFor();
    const options = await browser.openOptions();
    await expect
      .poll(() => options.locator('#pinned .pinned-meta').allInnerTexts())
      .toEqual([expect.stringMatching(/ · hidden, so it does not show on new tabs$/)]);
    await Promise.all([tab.close(), options.close()]);
  });

  it('pinning in five tabs at the same moment loses no pin', async () => {
    const tabs = await Promise.all(Array.from({ length: 5 }, () => browser.openNewTab()));
    const texts = await Promise.all(tabs.map(entryText));
    await Promise.all(tabs.map((tab) => pinButton(tab).click()));
    const options = await browser.openOptions();
    await expect.poll(async () => (await pinnedTexts(options)).length).toBe(5);
    expect(new Set((await pinnedTexts(options)).map((t) => t.trim()))).toEqual(
      new Set(texts.map((t) => t.trim())),
    );
    await Promise.all([...tabs, options].map((page) => page.close()));
  });

  it('drops pins of entries that no longer exist from the list, without a blank row', async () => {
    const options = await browser.openOptions();
    const real = CORPUS[0]?.id as string;
    await seedPins(options, ['q-deleted-long-ago', real, 'u-removed-own-entry']);
    await options.reload();
    await options.locator('.pinned-list').waitFor();
    expect(await pinnedTexts(options)).toEqual([textOf(real)]);
    await options.close();
  });

  it('more than a page pinned: a search finds some, Move up by keyboard moves one past the one found before it', async () => {
    const options = await browser.openOptions();
    const entries = CORPUS.slice(0, 60);
    const ids = entries.map(({ id }) => id);
    await seedPins(options, ids);
    await options.reload();
    const search = options.getByRole('searchbox', { name: 'Search pinned entries' });
    await search.fill('customer');
    const found = entries.filter((e) =>
      `${e.text} ${e.author ?? ''}`.toLowerCase().includes('customer'),
    );
    expect(found.length).toBeGreaterThan(1);
    await expect.poll(() => pinnedTexts(options)).toEqual(found.map((e) => e.text));
    expect(await options.getByText(`${found.length} entries match “customer”.`).count()).toBe(1);
    // Each row keeps its number among all sixty.
    const numbers = await options.locator('.pinned-list .entry-number').allInnerTexts();
    expect(numbers).toEqual(found.map((e) => `${ids.indexOf(e.id) + 1}.`));

    const [before, moved] = found.map((e) => e.id) as [string, string];
    await options.getByRole('button', { name: 'Move up' }).nth(1).focus();
    await options.keyboard.press('Enter');
    const synced = () =>
      options.evaluate(async () => (await chrome.storage.sync.get('pins.0'))['pins.0']);
    const expected = ids.filter((id) => id !== moved);
    expected.splice(expected.indexOf(before), 0, moved);
    await expect.poll(synced).toEqual(expected);
    expect(await pinnedTexts(options)).toEqual(
      [found[1], found[0], ...found.slice(2)].map((e) => e?.text),
    );
    expect(browser.pageErrors).toEqual([]);
    await options.close();
  });

  it('500 pins fit in sync storage', async () => {
    const options = await browser.openOptions();
    const filler = Array.from({ length: 499 }, (_, i) => `t-an-entry-of-realistic-length-${i}`);
    await seedPins(options, filler);
    const tab = await browser.openNewTab();
    await pinButton(tab).click();
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    expect(await tab.getByRole('status').innerText()).toBe('Pinned.');
    // The background sends the change to sync a moment later.
    const stored = () =>
      tab.evaluate(async () => {
        const items = await chrome.storage.sync.get(null);
        return Object.entries(items)
          .filter(([key]) => key.startsWith('pins.'))
          .reduce((count, [, ids]) => count + (ids as string[]).length, 0);
      });
    await expect.poll(stored, { timeout: 10_000 }).toBe(500);
    await Promise.all([tab.close(), options.close()]);
  });

  it('holding p: forty-one presses reach sync as the final state, without a refused write', async () => {
    const tab = await browser.openNewTab();
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    for (let press = 0; press < 41; press++) await tab.keyboard.press('p');
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    const syncedPins = () =>
      tab.evaluate(async () => (await chrome.storage.sync.get('pins.0'))['pins.0'] ?? []);
    await expect.poll(syncedPins, { timeout: 10_000 }).toHaveLength(1);
    const local = await tab.evaluate(
      async () => (await chrome.storage.local.get('pinsCopy')).pinsCopy,
    );
    expect(local).toMatchObject({ unsynced: false });
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe('pins when sync refuses the background’s send', () => {
  const browser = browserPerSuite();

  it('the options page says why a pin stays on this browser, and lists it', async () => {
    const tab = await browser.openNewTab();
    // Use up this minute's sync writes, as a burst of changes elsewhere would.
    await tab.evaluate(async () => {
      for (let i = 0; i < 130; i++) await chrome.storage.sync.set({ filler: i }).catch(() => {});
    });
    await pinButton(tab).click();
    await expect.poll(() => pinButton(tab).getAttribute('aria-pressed')).toBe('true');
    const options = await browser.openOptions();
    const problems = async () => (await options.locator('.sync-problem').allInnerTexts()).join(' ');
    await expect
      .poll(problems, { timeout: 10_000 })
      .toMatch(/so pins are saved on this browser and will sync within a minute/);
    expect(await pinnedTexts(options)).toEqual([await entryText(tab)]);
    await Promise.all([tab.close(), options.close()]);
  });
});
