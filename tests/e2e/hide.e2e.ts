import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { corpusIn } from '../../content/corpus';
import { browserPerSuite, entryText, freshOptions, settingsSaved } from './harness';

const hiddenSection = (options: Page) => options.locator('section#hidden');
const status = (tab: Page) => tab.getByRole('status').innerText();

/** What sync holds as hidden, once the background has sent it. */
const syncedHidden = (page: Page) =>
  page.evaluate(async () => {
    const items = await chrome.storage.sync.get(['hidden', 'hidden.0', 'hidden.1']);
    return [...((items['hidden.0'] as string[]) ?? []), ...((items['hidden.1'] as string[]) ?? [])];
  });

describe('Hide', () => {
  const browser = browserPerSuite();
  let options: Page;

  beforeEach(async () => {
    options = await freshOptions(browser, options);
  });

  it('takes the entry away for good, with Undo; the options page lists it with Show again, and Undo', async () => {
    const tab = await browser.openNewTab();
    const first = await entryText(tab);
    await tab.keyboard.press('h');
    await expect.poll(() => entryText(tab)).not.toBe(first);
    await expect.poll(() => status(tab)).toBe('Hidden: it will not show again.');
    await tab.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entryText(tab)).toBe(first);
    await expect.poll(() => status(tab)).toBe('Shown again.');

    await tab.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => entryText(tab)).not.toBe(first);
    // On every browser: the background sends it to sync.
    await expect.poll(() => syncedHidden(tab)).toHaveLength(1);
    await expect
      .poll(() => hiddenSection(options).locator('.pinned-body').allInnerTexts())
      .toEqual([first]);
    await hiddenSection(options).getByRole('button', { name: 'Show again' }).click();
    await expect
      .poll(() => hiddenSection(options).getByText('Nothing hidden.', { exact: false }).count())
      .toBe(1);
    await expect.poll(() => syncedHidden(tab)).toEqual([]);

    // Shown again by mistake: Undo, where the focus now is, hides it again, on every browser.
    const undo = hiddenSection(options).getByRole('button', { name: 'Undo' });
    await expect
      .poll(() => undo.evaluate((button) => button === document.activeElement))
      .toBe(true);
    await options.keyboard.press('Enter');
    await expect
      .poll(() => hiddenSection(options).getByRole('status').innerText())
      .toBe('Hidden again.');
    expect(await hiddenSection(options).locator('.pinned-body').allInnerTexts()).toEqual([first]);
    await expect.poll(() => syncedHidden(tab)).toHaveLength(1);
    expect(browser.pageErrors).toEqual([]);
  });

  it('"Show all again" on the options page shows every hidden entry again, on every browser; Undo hides them back in order', async () => {
    const tab = await browser.openNewTab();
    const hiddenTexts: string[] = [];
    for (const _ of [1, 2, 3]) {
      const shown = await entryText(tab);
      hiddenTexts.push(shown);
      await tab.keyboard.press('h');
      await expect.poll(() => entryText(tab)).not.toBe(shown);
    }
    await expect.poll(() => syncedHidden(tab)).toHaveLength(3);
    const order = await syncedHidden(tab);
    const section = hiddenSection(options);
    await expect.poll(() => section.locator('.pinned-body').allInnerTexts()).toEqual(hiddenTexts);

    await section.getByRole('button', { name: 'Show all 3 again' }).press('Enter');
    // Asked first, the focus on "Keep them hidden", which the question describes.
    const keep = section.getByRole('button', { name: 'Keep them hidden' });
    expect(await keep.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await keep.getAttribute('aria-describedby')).toBe('show-all-hidden-question');
    await section.getByRole('button', { name: 'Show them again' }).press('Enter');
    await expect.poll(() => section.getByRole('status').innerText()).toBe('3 entries shown again.');
    expect(await section.locator('.pinned-body').count()).toBe(0);
    await expect.poll(() => syncedHidden(tab)).toEqual([]);

    // Undo has the focus: Enter hides all three back, in the order they were hidden.
    await options.keyboard.press('Enter');
    await expect
      .poll(() => section.getByRole('status').innerText())
      .toBe('3 entries hidden again.');
    expect(await section.locator('.pinned-body').allInnerTexts()).toEqual(hiddenTexts);
    await expect.poll(() => syncedHidden(tab)).toEqual(order);
    expect(
      await section
        .getByRole('button', { name: 'Show all 3 again' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    expect(browser.pageErrors).toEqual([]);
    await tab.close();
  });

  it('more than a page hidden: a search finds some, "Show all again" shows just those, and Undo hides them back', async () => {
    // Sixty hidden, stored as the extension stores them (utils/hidden.ts), for the setup.
    const entries = corpusIn('en').slice(0, 60);
    const ids = entries.map(({ id }) => id);
    await options.evaluate(
      (hidden) => chrome.storage.sync.set({ hidden: { v: 1, chunks: 1 }, 'hidden.0': hidden }),
      ids,
    );
    const section = hiddenSection(options);
    const search = section.getByRole('searchbox', { name: 'Search hidden entries' });
    await search.fill('customer');
    const found = entries.filter((e) =>
      `${e.text} ${e.author ?? ''}`.toLowerCase().includes('customer'),
    );
    expect(found.length).toBeGreaterThan(1);
    await expect.poll(() => section.locator('.pinned-body').count()).toBe(found.length);
    expect(await section.getByText(`${found.length} entries match “customer”.`).count()).toBe(1);

    await section.getByRole('button', { name: `Show all ${found.length} again` }).click();
    await section.getByRole('button', { name: 'Show them again' }).click();
    const shown = new Set(found.map(({ id }) => id));
    await expect.poll(() => syncedHidden(options)).toEqual(ids.filter((id) => !shown.has(id)));
    await options.keyboard.press('Enter');
    await expect.poll(() => syncedHidden(options)).toEqual(ids);
    expect(await section.locator('.pinned-body').count()).toBe(found.length);
    expect(browser.pageErrors).toEqual([]);
  });

  it('hiding the last entry that matches leaves the empty state saying why; Undo brings it back', async () => {
    const tab = await browser.openNewTab();
    const pinned = await entryText(tab);
    await tab.keyboard.press('p');
    await options.getByRole('checkbox', { name: 'Show only pinned entries' }).check();
    await settingsSaved(options, { onlyPinned: true });
    await expect.poll(() => entryText(tab)).toBe(pinned);

    await tab.getByRole('button', { name: 'Hide' }).click();
    const empty = tab.getByRole('heading', { name: 'Everything that matches is hidden' });
    await empty.waitFor();
    expect(await tab.locator('figure blockquote').count()).toBe(0);
    expect(await status(tab)).toBe('Hidden: it will not show again.');
    const link = tab.getByRole('link', { name: 'Show some of them again in Settings' });
    expect(await link.getAttribute('href')).toMatch(/\/options\.html#hidden$/);
    // A new tab says the same, rather than "nothing pinned".
    const next = await browser.openNewTab({ expectEntry: false });
    await next.getByRole('heading', { name: 'Everything that matches is hidden' }).waitFor();

    await tab.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entryText(tab)).toBe(pinned);
    expect(await empty.count()).toBe(0);
    await expect.poll(() => next.locator('figure blockquote').count()).toBe(1);
    expect(await entryText(next)).toBe(pinned);
    expect(browser.pageErrors).toEqual([]);
    await Promise.all([tab.close(), next.close()]);
  });

  it('with "Every hour", a Hide moves every tab of the hour to the same next entry', async () => {
    await options.getByRole('radio', { name: 'Every hour' }).check();
    await settingsSaved(options, { period: 'hour' });
    const [a, b] = [await browser.openNewTab(), await browser.openNewTab()];
    const hour = await entryText(a);
    expect(await entryText(b)).toBe(hour);
    // B's app is loaded (the pointer rests on its controls), so B follows the Hide itself.
    await b.getByRole('button', { name: 'Next' }).hover();
    await b.locator('script[src="/newtab-app.js"]').waitFor({ state: 'attached' });
    await b.locator('main[aria-busy="false"]').waitFor();
    await a.keyboard.press('h');
    await expect.poll(() => entryText(a)).not.toBe(hour);
    await expect.poll(() => entryText(b)).toBe(await entryText(a));
    const later = await browser.openNewTab();
    expect(await entryText(later)).toBe(await entryText(a));
    expect(browser.pageErrors).toEqual([]);
    await Promise.all([a, b, later].map((page) => page.close()));
  });

  it('asks, for one of the user’s own entries, whether to delete it instead', async () => {
    const own = options.getByRole('region', { name: 'Your entries' });
    const text = 'My own line, to hide or to delete.';
    await own.getByLabel('Text', { exact: true }).fill(text);
    await own.getByRole('button', { name: 'Add entry' }).click();
    await options.getByRole('checkbox', { name: 'Only my entries' }).check();
    await settingsSaved(options, { onlyMine: true });

    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe(text);
    await tab.keyboard.press('h');
    const question = tab.getByRole('group', { name: /one of your own entries/ });
    await question.waitFor();
    // The question takes the focus; Escape leaves everything as it was.
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Delete it');
    await tab.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    expect(await entryText(tab)).toBe(text);

    await tab.getByRole('button', { name: 'Hide' }).click();
    await question.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(() => status(tab)).toBe('Deleted.');
    await expect.poll(() => own.getByText(text, { exact: true }).count()).toBe(0);
    // Undo puts it back, where it was.
    await tab.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => own.getByText(text, { exact: true }).count()).toBe(1);
    await expect.poll(() => entryText(tab)).toBe(text);
    expect(browser.pageErrors).toEqual([]);
  });
});
