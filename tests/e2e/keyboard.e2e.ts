import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserPerSuite, entryText, freshOptions, settingsSaved } from './harness';

/**
 * The options page by keyboard alone: every control is reached with Tab, in
 * the order it is shown, with a visible focus ring, and each kind of control
 * is operated with the keys a keyboard user would press.
 */

/** What the focused element is called: a button's text, a field's label. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const input = element as HTMLInputElement;
    return (input.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
  });

/** Presses Tab until the focused control is called `name` (a field or a button). */
async function tabTo(page: Page, name: string | RegExp, selector = '*') {
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate((sel) => document.activeElement?.matches(sel), selector);
    const current = await focusedName(page);
    if (matches && (typeof name === 'string' ? current === name : name.test(current))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/**
 * Starts the Tab order from the top of the page, as after loading it: the
 * page's main element (before the section links) takes focus for a moment
 * (blur alone would leave the browser's starting point where focus was).
 */
async function fromTop(page: Page) {
  await page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    main.tabIndex = -1;
    main.focus();
    main.removeAttribute('tabindex');
  });
}

const syncedSettings = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

describe('the options page by keyboard alone', () => {
  const browser = browserPerSuite();
  let options: Page;

  beforeAll(async () => {
    // Two pins, made on the new tab with its keys, so the pinned list has controls.
    const tab = await browser.openNewTab();
    const pinnedNow = tab.getByRole('status').filter({ hasText: 'Pinned.' });
    await tab.keyboard.press('p');
    await pinnedNow.waitFor();
    const first = await entryText(tab);
    await tab.keyboard.press('n');
    await tab.waitForFunction(
      (shown) => document.querySelector<HTMLElement>('figure blockquote')?.innerText !== shown,
      first,
    );
    await tab.keyboard.press('p');
    await pinnedNow.waitFor();
    await tab.close();
    options = await browser.openOptions();
  });

  it('reaches every control with Tab, in the order shown, each with a visible focus', async () => {
    const expected = await options.evaluate(() => {
      const controls = document.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]), textarea, select',
      );
      // A radio group is one Tab stop: its ticked radio.
      return [...controls]
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
        .map((el, index) => {
          el.dataset.order = String(index);
          return String(index);
        });
    });
    expect(expected.length).toBeGreaterThan(40);
    await fromTop(options);
    const reached: string[] = [];
    const unringed: string[] = [];
    for (let presses = 0; presses < expected.length; presses++) {
      await options.keyboard.press('Tab');
      const { order, outline } = await options.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return {
          order: element.dataset.order ?? '?',
          outline: getComputedStyle(element).outlineStyle,
        };
      });
      reached.push(order);
      if (outline === 'none') unringed.push(`${order}: ${await focusedName(options)}`);
    }
    expect(reached).toEqual(expected);
    expect(unringed).toEqual([]);
  });

  it('operates the filters: Space ticks a box, typing searches, arrows choose a radio', async () => {
    await fromTop(options);
    await tabTo(options, /^Calm/, 'input[type=checkbox]');
    await options.keyboard.press('Space');
    await settingsSaved(options, { topics: ['calm'] });
    await expect.poll(() => options.locator('.match-count').innerText()).toMatch(/^\d+ entr/);

    await tabTo(options, 'Search authors');
    await options.keyboard.type('Angelou');
    await expect
      .poll(() => options.getByRole('group', { name: 'Authors' }).getByRole('checkbox').count())
      .toBe(1);
    await options.keyboard.press('Tab');
    await options.keyboard.press('Space');
    await settingsSaved(options, { authors: ['Maya Angelou'] });

    await tabTo(options, 'Every new tab', 'input[type=radio]');
    await options.keyboard.press('ArrowRight');
    await settingsSaved(options, { period: 'hour' });
    await tabTo(options, 'System', 'input[type=radio]');
    await options.keyboard.press('ArrowRight');
    await options.keyboard.press('ArrowRight');
    await settingsSaved(options, { theme: 'dark' });
    await tabTo(options, 'Show topic tags');
    await options.keyboard.press('Space');
    await settingsSaved(options, { showTopics: false });
    expect(await syncedSettings(options)).toMatchObject({ theme: 'dark', period: 'hour' });
  });

  it('reorders and unpins with Enter, focus staying on the list', async () => {
    const pinned = options.locator('.pinned-list .pinned-body');
    await expect.poll(() => pinned.count()).toBe(2);
    const before = await pinned.allInnerTexts();
    await fromTop(options);
    await tabTo(options, 'Move down');
    await options.keyboard.press('Enter');
    await expect.poll(() => pinned.allInnerTexts()).toEqual([...before].reverse());
    // Focus stayed with the moved entry: at the bottom, its Move up.
    await expect.poll(() => focusedName(options)).toBe('Move up');
    await fromTop(options);
    await tabTo(options, 'Unpin');
    await options.keyboard.press('Enter');
    await expect.poll(() => pinned.count()).toBe(1);
    // Focus went on to the remaining row's Unpin.
    await expect.poll(() => focusedName(options)).toBe('Unpin');
    await tabTo(options, 'Show only pinned entries');
    await options.keyboard.press('Space');
    await settingsSaved(options, { onlyPinned: true });
    await options.keyboard.press('Space');
    await settingsSaved(options, { onlyPinned: false });
  });

  it('adds, edits, deletes and puts back an entry of one’s own', async () => {
    options = await freshOptions(browser, options);
    // The kind's radio group is one Tab stop, on its ticked radio; an arrow picks the other.
    await tabTo(options, 'Quote', 'input[name=own-kind]');
    await options.keyboard.press('ArrowRight');
    expect(await focusedName(options)).toBe('Service tip');
    await tabTo(options, 'Text');
    await options.keyboard.type('Smile before you pick up the phone.');
    await tabTo(options, 'Author (optional)');
    await options.keyboard.type('Team lead');
    await tabTo(options, 'New topics (comma-separated)');
    await options.keyboard.type('phones');
    await tabTo(options, 'Add entry');
    await options.keyboard.press('Enter');
    const list = options.locator('.own-list .own-text');
    await expect.poll(() => list.allInnerTexts()).toEqual(['Smile before you pick up the phone.']);
    await expect
      .poll(() => options.locator('.own-meta').innerText())
      .toBe('Team lead · Service tip · phones');

    await tabTo(options, 'Edit');
    await options.keyboard.press('Enter');
    // Focus goes to the text, ready to change it; Enter saves.
    await expect.poll(() => focusedName(options)).toBe('Text');
    await options.keyboard.press('End');
    await options.keyboard.type(' Really.');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => list.allInnerTexts())
      .toEqual(['Smile before you pick up the phone. Really.']);

    // Cancel ends an edit without saving, and focus goes back to the entry's Edit.
    await tabTo(options, 'Edit');
    await options.keyboard.press('Enter');
    await expect.poll(() => focusedName(options)).toBe('Text');
    await options.keyboard.type(' Not saved.');
    await tabTo(options, 'Cancel');
    await options.keyboard.press('Enter');
    await expect.poll(() => focusedName(options)).toBe('Edit');
    expect(await list.allInnerTexts()).toEqual(['Smile before you pick up the phone. Really.']);

    await tabTo(options, 'Delete');
    await options.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(0);
    await tabTo(options, 'Undo');
    await options.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(1);
  });

  it('shows form errors beside their fields, tied to them for screen readers', async () => {
    await fromTop(options);
    await tabTo(options, 'Text');
    await options.keyboard.press('Enter');
    // Enter on an empty text: the problem is shown, and focus stays on the field it is about.
    const error = options.locator('#own-text-error');
    await expect.poll(() => error.innerText()).toBe('The text is empty.');
    expect(await focusedName(options)).toBe('Text');
    const field = options.getByLabel('Text', { exact: true });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain('own-text-error');
  });

  it('imports by paste and by file chooser, and exports, without a mouse', async () => {
    await fromTop(options);
    await tabTo(options, 'Or paste entries');
    // A preview cancelled changes nothing and gives focus back to the paste box.
    await options.keyboard.insertText('Never added — Tester');
    await tabTo(options, 'Preview');
    await options.keyboard.press('Enter');
    await tabTo(options, 'Cancel', '.import-preview button');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.getByRole('status').allInnerTexts())
      .toContain('Import cancelled: nothing was changed.');
    expect(await focusedName(options)).toBe('Or paste entries');
    await options.keyboard.press('ControlOrMeta+a');
    await options.keyboard.press('Delete');
    const lines = Array.from({ length: 55 }, (_, i) => `Pasted line number ${i + 1} — Tester`);
    await options.keyboard.insertText(lines.join('\n'));
    await tabTo(options, 'Preview');
    await options.keyboard.press('Enter');
    // The preview takes focus; its confirm button is next in the Tab order.
    await tabTo(options, 'Add 55 entries');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('.import-preview').count()).toBe(0);
    await expect
      .poll(() => options.getByRole('status').allInnerTexts())
      .toContain('Added 55 entries.');

    await fromTop(options);
    // Fifty a page: the rest are on page 2, reached with the pager's Next.
    const listed = options.locator('.own-list > li');
    expect(await listed.count()).toBe(50);
    await tabTo(options, 'Next', 'section[aria-labelledby="own-title"] .pager button');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.locator('section[aria-labelledby="own-title"] .pager-status').innerText())
      .toBe('Page 2 of 2');
    // The 55 pasted (and any an earlier test left) beyond the first fifty.
    expect(await listed.count()).toBeGreaterThanOrEqual(5);
    expect(await focusedName(options)).toBe('Next');

    await fromTop(options);
    // Listening first: Playwright intercepts the browser's file dialog only once asked to.
    const chooserShown = options.waitForEvent('filechooser');
    await tabTo(options, 'Choose a file to import');
    await options.keyboard.press('Enter');
    const chooser = await chooserShown;
    await chooser.setFiles({
      name: 'more.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('From a file — Tester\n'),
    });
    await tabTo(options, 'Add 1 entry');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.getByRole('status').allInnerTexts())
      .toContain('Added 1 entry.');

    for (const button of [
      'Back up everything',
      'Export my entries (JSON)',
      'Export my entries (CSV)',
    ]) {
      await fromTop(options);
      await tabTo(options, button);
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^tabwise-.*\.(json|csv)$/);
    }
  });
});
