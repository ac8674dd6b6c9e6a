import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserPerSuite, entryText, freshOptions, settingsSaved, settingsSynced } from './harness';

const yourEntries = (options: Page) => options.getByRole('region', { name: 'Your entries' });
const importSection = (options: Page) => options.getByRole('region', { name: 'Import and export' });

async function addEntry(options: Page, text: string, author: string) {
  const section = yourEntries(options);
  await section.getByLabel('Text', { exact: true }).fill(text);
  await section.getByLabel('Author (optional)').fill(author);
  await section.getByRole('button', { name: 'Add entry' }).click();
  await expect.poll(() => section.getByText(text, { exact: true }).count()).toBe(1);
}

async function onlyMine(options: Page) {
  await options.getByRole('checkbox', { name: 'Only my entries' }).check();
  await settingsSaved(options, { onlyMine: true });
}

async function pasteImport(options: Page, text: string) {
  const section = importSection(options);
  await section.getByLabel('Or paste entries').fill(text);
  await section.getByRole('button', { name: 'Preview' }).click();
}

/** A CSV of `good` valid rows and three bad ones (empty text, too long, unknown kind). */
function csvWithRejects(good: number) {
  const rows = ['text,author,topics,kind'];
  for (let i = 1; i <= good; i++)
    rows.push(`"Line ${i}, with a comma",Trainer ${i % 5},calm;team,quote`);
  rows.splice(10, 0, ',Nobody,calm,quote');
  rows.splice(20, 0, `${'x'.repeat(600)},Long,calm,quote`);
  rows.splice(30, 0, 'A poem line,Poet,calm,poem');
  return rows.join('\r\n');
}

describe('your own entries', () => {
  const browser = browserPerSuite();
  let options: Page;

  beforeEach(async () => {
    options = await freshOptions(browser, options);
  });

  it('an added entry shows on a new tab with "Only my entries"', async () => {
    await addEntry(options, 'Smile before you pick up the phone.', 'Team lead');
    await onlyMine(options);
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe('Smile before you pick up the phone.');
    expect(await tab.locator('figcaption').innerText()).toBe('Team lead');
    await tab.close();
  });

  it('a line break typed with Shift+Enter is kept, in the list and on the new tab', async () => {
    const section = yourEntries(options);
    const field = section.getByLabel('Text', { exact: true });
    await field.click();
    await options.keyboard.type('Roses are red,');
    await options.keyboard.press('Shift+Enter');
    await options.keyboard.type('calls get a callback.');
    await options.keyboard.press('Enter');
    const saved = 'Roses are red,\ncalls get a callback.';
    await expect.poll(() => section.locator('.own-text').first().innerText()).toBe(saved);
    await onlyMine(options);
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe(saved);
    // Two lines on screen, not one.
    const lineHeight = await tab
      .locator('figure blockquote p')
      .evaluate((p) => Number.parseFloat(getComputedStyle(p).lineHeight));
    const height = (await tab.locator('figure blockquote p').boundingBox())?.height ?? 0;
    expect(Math.round(height / lineHeight)).toBe(2);
    await tab.close();
  });

  it('an entry in another language is marked up in it, on the new tab and in the list', async () => {
    const german =
      'Rufen Sie den Kunden immer zurück, wenn Sie es versprochen haben, auch wenn es noch nichts Neues gibt.';
    await addEntry(options, german, 'Teamleitung');
    const listed = yourEntries(options).getByText(german, { exact: true });
    await expect.poll(() => listed.getAttribute('lang')).toBe('de');
    await onlyMine(options);
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe(german);
    expect(await tab.locator('figure blockquote').getAttribute('lang')).toBe('de');
    // The page itself stays in the browser's language.
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en');
    await tab.close();
  });

  it("an entry typed in Arabic: the fields run right to left as it is typed, its comma separates topics, and the listed entry ends at the row's right edge", async () => {
    const section = yourEntries(options);
    const text = 'الابتسامة تُسمع في الهاتف.';
    const fields = [
      [section.getByLabel('Text', { exact: true }), text],
      [section.getByLabel('Author (optional)'), 'فريق الدعم'],
      [section.getByLabel('New topics (comma-separated)'), 'هاتف، ابتسامة'],
    ] as const;
    for (const [field, typed] of fields) {
      await field.fill(typed);
      expect(await field.evaluate((box) => box.matches(':dir(rtl)'))).toBe(true);
    }
    await section.getByRole('button', { name: 'Add entry' }).click();
    const listed = section.getByText(text, { exact: true });
    await expect.poll(() => listed.count()).toBe(1);
    expect(await section.locator('.own-meta').innerText()).toBe(
      'فريق الدعم · Quote · هاتف, ابتسامة',
    );
    const right = (box: { x: number; width: number } | null) =>
      Math.round((box?.x ?? 0) + (box?.width ?? 0));
    expect(right(await listed.boundingBox())).toBe(
      right(await section.locator('.own-meta').boundingBox()),
    );
    const topics = options
      .getByRole('region', { name: 'What to show' })
      .getByRole('group', { name: 'Topics' });
    expect(await topics.getByRole('checkbox', { name: 'هاتف (1)' }).count()).toBe(1);
    expect(await topics.getByRole('checkbox', { name: 'ابتسامة (1)' }).count()).toBe(1);
  });

  it("an Arabic entry pinned and hidden on the new tab: the pinned and hidden lists end its text at the row's right edge", async () => {
    const text = 'الابتسامة تُسمع في الهاتف.';
    await addEntry(options, text, 'فريق الدعم');
    await onlyMine(options);
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe(text);
    await tab.keyboard.press('p');
    await expect
      .poll(() => tab.getByRole('button', { name: 'Pin' }).getAttribute('aria-pressed'))
      .toBe('true');
    await tab.keyboard.press('h');
    // One's own entry: hidden, not deleted.
    await tab.getByRole('button', { name: 'Just hide it' }).click();
    await tab.getByRole('button', { name: 'Undo' }).waitFor();
    await tab.close();
    await options.reload();
    for (const name of ['Pinned', 'Hidden']) {
      const row = options.getByRole('region', { name, exact: true }).getByRole('listitem');
      await expect.poll(() => row.count()).toBe(1);
      const paragraph = row.locator('.pinned-text');
      expect(await paragraph.evaluate((p) => p.matches(':dir(rtl)'))).toBe(true);
      // Where the words end, against where the row's content does.
      const [textRight, rowRight] = await paragraph.evaluate((p) => {
        const words = document.createRange();
        words.selectNodeContents(p);
        const row = p.closest('li') as HTMLElement;
        const padding = Number.parseFloat(getComputedStyle(row).paddingRight);
        return [words.getBoundingClientRect().right, row.getBoundingClientRect().right - padding];
      });
      expect(Math.round(textRight)).toBe(Math.round(rowRight));
    }
  });

  it("a quote site's page pasted: each quote with its author and tags, without the page's likes", async () => {
    const page = [
      '“So many books, so little time.”',
      '― Frank Zappa',
      'tags: books, humor',
      '150,203 likes',
      'Like',
      '“A room without books is like a body without a soul.”',
      '― Marcus Tullius Cicero',
      '98,214 likes',
      'Like',
      '“Answer the question the customer asked, then the one they will ask next.”',
      '― Ann Lee',
      'tags: attributed, be, being, honesty, inspiration, life, self, sincere, wisdom, yourself',
    ].join('\n');
    await pasteImport(options, page);
    const section = importSection(options);
    // Ten tags: the quote keeps its first eight, and the preview says so before anything is added.
    expect(await section.locator('.import-warning').allInnerTexts()).toEqual([
      'An entry holds at most 8 topics: 1 entry keeps only its first 8.',
      'New topics: books, attributed, be, being, honesty, inspiration, life, self, sincere. Check how they are spelt: each becomes a filter of its own.',
    ]);
    await section.getByRole('button', { name: 'Add 3 entries' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 3/);
    // "humor" is the built-in topic Humor.
    const metas = await yourEntries(options).locator('.own-meta').allInnerTexts();
    expect(metas).toEqual(
      expect.arrayContaining([
        'Frank Zappa · Quote · books, Humor',
        'Marcus Tullius Cicero · Quote',
        'Ann Lee · Quote · attributed, be, being, honesty, inspiration, life, self, sincere',
      ]),
    );
  });

  it("a quote collection's JSON with 40 tags: the topic filter gets a search, and the topic found filters the new tab", async () => {
    const quotes = Array.from({ length: 40 }, (_, n) => ({
      quote: `Collected line number ${n}.`,
      author: 'Collector',
      tags: [`theme ${n}`],
    }));
    await pasteImport(options, JSON.stringify(quotes));
    const section = importSection(options);
    await section.getByRole('button', { name: 'Add 40 entries' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 40/);
    const topics = options
      .getByRole('region', { name: 'What to show' })
      .getByRole('group', { name: 'Topics' });
    await topics.getByRole('searchbox', { name: 'Search topics' }).fill('THEME 27');
    await expect.poll(() => topics.getByRole('checkbox').count()).toBe(1);
    await topics.getByRole('checkbox', { name: 'theme 27 (1)' }).check();
    await settingsSaved(options, { topics: ['theme 27'] });
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe('Collected line number 27.');
    await tab.close();
    // The entry form's topics have a search of their own.
    const formTopics = yourEntries(options).getByRole('group', { name: 'Topics' });
    await formTopics.getByRole('searchbox', { name: 'Search topics' }).fill('theme 3');
    await expect.poll(() => formTopics.getByRole('checkbox').count()).toBe(11);
  });

  it('a topic keeps the case it was typed in, and the same topic in another case or a built-in topic by its name makes no second filter', async () => {
    const section = yourEntries(options);
    await section.getByLabel('Text', { exact: true }).fill('Greet returning customers by name.');
    await section.getByLabel('New topics (comma-separated)').fill('VIP, Black Friday');
    await section.getByRole('button', { name: 'Add entry' }).click();
    await expect
      .poll(() => section.locator('.own-meta').first().innerText())
      .toContain('VIP, Black Friday');
    await section.getByLabel('Text', { exact: true }).fill('Offer a seat while they wait.');
    await section.getByLabel('New topics (comma-separated)').fill('vip, patience');
    await section.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => section.locator('.own-meta').count()).toBe(2);
    await pasteImport(options, 'text,topics\r\nThank them for waiting.,black friday;PATIENCE');
    const preview = importSection(options);
    await expect
      .poll(() => preview.locator('.import-topics').innerText())
      .toBe(' · Black Friday, Patience');
    expect(await preview.getByText(/New topics/).count()).toBe(0);
    await preview.getByRole('button', { name: 'Add 1 entry' }).click();
    await expect.poll(() => preview.getByRole('status').first().innerText()).toMatch(/Added 1/);

    const whatToShow = options.getByRole('region', { name: 'What to show' });
    const filters = await whatToShow
      .getByRole('group', { name: 'Topics' })
      .locator('label')
      .evaluateAll((labels) => labels.map((label) => label.textContent?.trim() ?? ''));
    expect(filters.filter((name) => /^(vip|black friday)/i.test(name))).toEqual([
      'Black Friday (2)',
      'VIP (2)',
    ]);
    expect(filters.filter((name) => /^patience/i.test(name))).toHaveLength(1);
    await whatToShow.getByRole('checkbox', { name: /^VIP/ }).check();
    await settingsSaved(options, { topics: ['VIP'] });
    const tab = await browser.openNewTab();
    expect(await tab.locator('.tags').innerText()).toContain('VIP');
    await tab.close();
  });

  it('a long unbroken author and topic fit a 320 px new tab', async () => {
    const author = 'Supercalifragilisticexpialidocioussupportteamleadofthemonth';
    const topic = 'averyveryverylongtopicofoneselfnospaces';
    await pasteImport(options, `text,author,topics\r\nKeep it short.,${author},${topic}`);
    const section = importSection(options);
    await section.getByRole('button', { name: 'Add 1 entry' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 1/);
    await onlyMine(options);
    const tab = await browser.openNewTab();
    await tab.setViewportSize({ width: 320, height: 640 });
    expect(await tab.locator('figcaption').innerText()).toBe(author);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await tab.close();
  });

  it('edits and deletes an entry, and undoes the delete', async () => {
    await addEntry(options, 'First version.', 'Ann');
    const section = yourEntries(options);
    await section.getByRole('button', { name: 'Edit' }).click();
    await section.getByLabel('Text', { exact: true }).fill('Second version.');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => section.getByText('Second version.', { exact: true }).count()).toBe(1);
    expect(await section.getByText('First version.', { exact: true }).count()).toBe(0);
    await section.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => section.getByText('Second version.', { exact: true }).count()).toBe(0);
    await section.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => section.getByText('Second version.', { exact: true }).count()).toBe(1);
  });

  it('an edit changes the case of a topic only that entry has', async () => {
    const section = yourEntries(options);
    await section.getByLabel('Text', { exact: true }).fill('Quote the invoice number back.');
    await section.getByLabel('New topics (comma-separated)').fill('billing');
    await section.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => section.locator('.own-meta').innerText()).toContain('billing');
    await section.getByRole('button', { name: 'Edit' }).click();
    await section.getByRole('checkbox', { name: 'billing' }).uncheck();
    await section.getByLabel('New topics (comma-separated)').fill('Billing');
    await section.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => section.locator('.own-meta').innerText()).toContain('Billing');
  });

  it('a topic and an author two entries share are renamed (with Undo): the entries, the ticked filter and the new tab follow', async () => {
    await pasteImport(
      options,
      'text,author,topics\r\nQuote the invoice number back.,ann lee,billing\r\nRepeat the amount.,ann lee,billing',
    );
    await importSection(options).getByRole('button', { name: 'Add 2 entries' }).click();
    const section = yourEntries(options);
    await expect.poll(() => section.locator('.own-meta').count()).toBe(2);
    const whatToShow = options.getByRole('region', { name: 'What to show' });
    await whatToShow.getByRole('checkbox', { name: /^billing/ }).check();
    await settingsSaved(options, { topics: ['billing'] });

    const rename = section.getByRole('form', { name: 'Rename a topic or an author' });
    await expect.poll(() => rename.getByLabel('New name').inputValue()).toBe('billing');
    await rename.getByLabel('New name').fill('Billing');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect
      .poll(() => rename.getByRole('status').innerText())
      .toBe('Renamed “billing” to “Billing” in 2 entries.');
    await settingsSaved(options, { topics: ['Billing'] });
    // Undo renames it back, filter and all; renamed again, it stays.
    await rename.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => rename.getByRole('status').innerText())
      .toBe('Renamed “Billing” to “billing” in 2 entries.');
    await settingsSaved(options, { topics: ['billing'] });
    await rename.getByLabel('New name').fill('Billing');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await settingsSaved(options, { topics: ['Billing'] });
    // A person reaches the select (its names are listed from then on) before choosing.
    await rename.getByLabel('Topic or author').focus();
    await rename.getByLabel('Topic or author').selectOption({ label: 'ann lee' });
    await rename.getByLabel('New name').fill('Ann Lee');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect
      .poll(() => rename.getByRole('status').innerText())
      .toBe('Renamed “ann lee” to “Ann Lee” in 2 entries.');
    expect(await section.locator('.own-meta').allInnerTexts()).toEqual([
      'Ann Lee · Quote · Billing',
      'Ann Lee · Quote · Billing',
    ]);
    expect(await whatToShow.getByRole('checkbox', { name: /^billing/i }).count()).toBe(1);

    const tab = await browser.openNewTab();
    expect(await tab.locator('.tags').innerText()).toContain('Billing');
    expect(await tab.locator('figcaption').innerText()).toBe('Ann Lee');
    await tab.close();
  });

  it('a rename that joins a topic in use is undone for the entries it renamed alone', async () => {
    await pasteImport(
      options,
      'text,topics\r\nOffer the refund first.,refunds\r\nQuote the invoice number back.,billing',
    );
    await importSection(options).getByRole('button', { name: 'Add 2 entries' }).click();
    const section = yourEntries(options);
    await expect.poll(() => section.locator('.own-meta').count()).toBe(2);
    const rename = section.getByRole('form', { name: 'Rename a topic or an author' });
    await rename.getByLabel('Topic or author').hover();
    await rename.getByLabel('Topic or author').selectOption({ label: 'billing' });
    await rename.getByLabel('New name').fill('Refunds');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect
      .poll(() => rename.getByRole('status').innerText())
      .toBe('Renamed “billing” to “refunds” in 1 entry.');
    expect(await section.locator('.own-meta').allInnerTexts()).toEqual([
      'Unknown · Quote · refunds',
      'Unknown · Quote · refunds',
    ]);
    await rename.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => section.locator('.own-meta').allInnerTexts())
      .toEqual(['Unknown · Quote · refunds', 'Unknown · Quote · billing']);
  });

  it('an author typed another way is filed under the one already there, and the form suggests it', async () => {
    const twain = options.getByRole('group', { name: 'Authors' }).getByRole('checkbox', {
      name: /^Mark Twain/,
    });
    const before = await twain.evaluate((box) => box.closest('label')?.textContent ?? '');
    await addEntry(options, 'Say what you will do, then do it.', 'mark  twain');
    const section = yourEntries(options);
    expect(await section.locator('.own-meta').innerText()).toMatch(/^Mark Twain · /);
    // One checkbox still, its count one more.
    expect(await twain.count()).toBe(1);
    const count = (label: string) => Number(/\d+/.exec(label)?.[0]);
    await expect
      .poll(async () =>
        count(await twain.evaluate((box) => box.closest('label')?.textContent ?? '')),
      )
      .toBe(count(before) + 1);
    const suggested = await section
      .getByLabel('Author (optional)')
      .evaluate((input) =>
        [...((input as HTMLInputElement).list?.options ?? [])].map((o) => o.value),
      );
    expect(suggested).toContain('Mark Twain');
    expect(suggested).not.toContain('mark  twain');
    // The interface's word for no author, typed as one, is none: no second "Unknown" filter.
    await addEntry(options, 'Nobody signed this one.', 'unknown');
    const meta = section.locator('li', { hasText: 'Nobody signed this one.' }).locator('.own-meta');
    expect(await meta.innerText()).toMatch(/^Unknown · /);
    const unknowns = options
      .getByRole('group', { name: 'Authors' })
      .getByRole('checkbox', { name: /^unknown/i });
    expect(await unknowns.count()).toBe(1);
  });

  it('two pages: an edit to an entry the other page changed or deleted is refused, and kept as new on request', async () => {
    await addEntry(options, 'Shared line.', 'Ann');
    const other = await browser.openOptions();
    const mine = yourEntries(options);
    const theirs = yourEntries(other);
    await mine.getByRole('button', { name: 'Edit' }).click();
    await mine.getByLabel('Text', { exact: true }).fill('My edit.');
    // The other page edits first: a stale form must not overwrite it.
    await theirs.getByRole('button', { name: 'Edit' }).click();
    await theirs.getByLabel('Text', { exact: true }).fill('Their edit.');
    await theirs.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => theirs.getByText('Saved.').count()).toBe(1);
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => mine.getByRole('alert').innerText())
      .toContain('was changed in another tab');
    await expect.poll(() => mine.getByText('Their edit.', { exact: true }).count()).toBe(1);
    // Then it deletes the entry; saving again says so; the edit is kept as a new entry.
    await theirs.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => mine.getByText('Their edit.', { exact: true }).count()).toBe(0);
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => mine.getByRole('alert').innerText())
      .toContain('was deleted in another tab');
    await mine.getByRole('button', { name: 'Keep my version as a new entry' }).click();
    await expect.poll(() => theirs.getByText('My edit.', { exact: true }).count()).toBe(1);
    await other.close();
  });

  it('a CSV of 50 rows with 3 bad ones: preview 47 + 3 rejects with line numbers, then adds 47', async () => {
    await pasteImport(options, csvWithRejects(47));
    const section = importSection(options);
    await expect.poll(() => section.getByText('47 entries will be added').count()).toBe(1);
    const rejects = section.getByRole('table');
    const lines = await rejects.locator('tbody tr td:first-child').allInnerTexts();
    expect(lines.map(Number)).toEqual([11, 21, 31]);
    await section.getByRole('button', { name: 'Add 47 entries' }).click();
    await expect
      .poll(() => section.getByRole('status').first().innerText())
      .toMatch(/Added 47 entries/);
    await onlyMine(options);
    expect(await options.locator('.match-count').innerText()).toBe('47 entries match');
  });

  it('Undo after an import takes back just the entries it added', async () => {
    await addEntry(options, 'Mine from before.', 'Ann');
    await pasteImport(options, 'Imported by mistake. — Bob\nThis one too. — Cy');
    const section = importSection(options);
    await section.getByRole('button', { name: 'Add 2 entries' }).click();
    await expect.poll(() => section.locator('#import-status').innerText()).toBe('Added 2 entries.');
    const own = yourEntries(options);
    await expect.poll(() => own.locator('.own-text').allInnerTexts()).toHaveLength(3);
    await section.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => section.locator('#import-status').innerText())
      .toBe('Removed the 2 entries just imported.');
    await expect
      .poll(() => own.locator('.own-text').allInnerTexts())
      .toEqual(['Mine from before.']);
    const stored = await options.evaluate(
      async () => (await chrome.storage.sync.get('own.0'))['own.0'],
    );
    expect((stored as { text: string }[]).map((entry) => entry.text)).toEqual([
      'Mine from before.',
    ]);
  });

  it('deletes all the entries a search finds, with Undo by Enter, which puts them back in their places', async () => {
    await pasteImport(
      options,
      [
        'Keep the first. — Ann',
        'Delete me one. — Bo Chen',
        'Keep the second. — Ann',
        'Delete me two. — Bo Chen',
        'Keep the third. — Cy',
      ].join('\n'),
    );
    const section = importSection(options);
    await section.getByRole('button', { name: 'Add 5 entries' }).click();
    const own = yourEntries(options);
    const listed = () => own.locator('.own-text').allInnerTexts();
    await expect.poll(listed).toHaveLength(5);
    const stored = () =>
      options.evaluate(async () =>
        ((await chrome.storage.sync.get('own.0'))['own.0'] as { text: string }[]).map(
          (entry) => entry.text,
        ),
      );
    const all = await stored();

    await own.getByRole('searchbox', { name: 'Search your entries' }).fill('Bo Chen');
    await expect.poll(listed).toEqual(['Delete me one.', 'Delete me two.']);
    await own.getByRole('button', { name: 'Delete all 2' }).click();
    // Asked first, the focus on "Keep them".
    expect(
      await own
        .getByRole('button', { name: 'Keep them' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await own.getByRole('button', { name: 'Delete them' }).click();
    await expect.poll(stored).toEqual(['Keep the first.', 'Keep the second.', 'Keep the third.']);
    expect(await own.locator('#own-status').innerText()).toMatch(/^2 entries deleted\./);
    // Undo has the focus.
    await options.keyboard.press('Enter');
    await expect.poll(stored).toEqual(all);
    await expect.poll(listed).toEqual(['Delete me one.', 'Delete me two.']);
    expect(browser.pageErrors).toEqual([]);
  });

  it('a broken JSON file: a clear message, and nothing changes', async () => {
    await addEntry(options, 'Keep me.', 'Ann');
    const section = importSection(options);
    const chooser = section.getByLabel('Choose a file to import');
    await chooser.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "tabwise-pack", "entries": [ {"text": "A",, } ]'),
    });
    await expect.poll(() => section.getByRole('alert').innerText()).toMatch(/not valid JSON/);
    expect(await section.getByRole('button', { name: /^Add/ }).count()).toBe(0);
    const stored = await options.evaluate(async () =>
      Object.keys(await chrome.storage.sync.get(null)),
    );
    expect(stored.filter((key) => key.startsWith('own.'))).toEqual(['own.0']);
    expect(await yourEntries(options).getByText('Keep me.', { exact: true }).count()).toBe(1);
  });

  it('reads files Excel saves: a CSV in Windows-1252 and "Unicode Text" in UTF-16', async () => {
    const section = importSection(options);
    const chooser = section.getByLabel('Choose a file to import');
    const preview = () => section.locator('.import-list li').allInnerTexts();
    // Excel for Windows saves a plain CSV in Windows-1252: ’, — and é are one byte each.
    await chooser.setInputFiles({
      name: 'tips.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([
        Buffer.from('text;author\r\nL', 'latin1'),
        Buffer.from([0x92]),
        Buffer.from('accueil d', 'latin1'),
        Buffer.from([0x92]),
        Buffer.from('abord ', 'latin1'),
        Buffer.from([0x97]),
        Buffer.from(' puis la r\u00e9ponse.;Ren\u00e9e\r\n', 'latin1'),
      ]),
    });
    await expect.poll(preview).toEqual(['L’accueil d’abord — puis la réponse. — Renée']);
    expect(await section.locator('.import-warning').innerText()).toMatch(/Windows-1252/);
    await section.getByRole('button', { name: 'Add 1 entry' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 1/);
    // "Unicode Text": UTF-16 with a byte-order mark, tab-separated.
    await chooser.setInputFiles({
      name: 'tips.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('\ufefftext\tauthor\r\nGeduld zahlt sich aus.\tJürgen\r\n', 'utf16le'),
    });
    await expect.poll(preview).toEqual(['Geduld zahlt sich aus. — Jürgen']);
    expect(await section.locator('.import-warning').count()).toBe(0);
    await section.getByRole('button', { name: 'Add 1 entry' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 1/);
    const own = yourEntries(options);
    expect(
      await own.getByText('L’accueil d’abord — puis la réponse.', { exact: true }).count(),
    ).toBe(1);
    expect(await own.getByText('Geduld zahlt sich aus.', { exact: true }).count()).toBe(1);
  });

  it('reads a Kindle’s My Clippings.txt: each highlight credited to its book’s author', async () => {
    const section = importSection(options);
    const clipping = (title: string, about: string, words: string) =>
      `\ufeff${title}\r\n- ${about} | Added on Monday, 3 March 2025 10:00:00\r\n\r\n${words}\r\n==========\r\n`;
    await section.getByLabel('Choose a file to import').setInputFiles({
      name: 'My Clippings.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        clipping(
          'Meditations (Marcus Aurelius)',
          'Your Highlight on page 12',
          'Waste no more time.',
        ) +
          clipping('Meditations (Marcus Aurelius)', 'Your Bookmark on page 13', '') +
          clipping(
            'Thinking, Fast and Slow (Kahneman, Daniel)',
            'Your Highlight on page 3',
            'Nothing is as important as you think it is.',
          ),
        'utf8',
      ),
    });
    await expect
      .poll(() => section.locator('.import-list li').allInnerTexts())
      .toEqual([
        'Waste no more time. — Marcus Aurelius',
        'Nothing is as important as you think it is. — Daniel Kahneman',
      ]);
    await section.getByRole('button', { name: 'Add 2 entries' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 2/);
    expect(await yourEntries(options).locator('.own-meta').first().innerText()).toMatch(
      /^(Marcus Aurelius|Daniel Kahneman) · /,
    );
  });

  it('brings the quotes of Bonjourr’s settings file, and a new tab shows them', async () => {
    const section = importSection(options);
    const settings = {
      about: { browser: 'chrome', version: '21.1.0' },
      quotes: { on: true, type: 'user', userlist: 'Ann Lee, Luck favours the prepared.' },
    };
    await section.getByLabel('Choose a file to import').setInputFiles({
      name: 'bonjourr-21.1.0 2026-12-01 10_00_00.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(settings, null, 2), 'utf8'),
    });
    await expect
      .poll(() => section.locator('.import-list li').allInnerTexts())
      .toEqual(['Luck favours the prepared. — Ann Lee']);
    await section.getByRole('button', { name: 'Add 1 entry' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 1/);
    await onlyMine(options);
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe('Luck favours the prepared.');
    expect(await tab.locator('figcaption').innerText()).toBe('Ann Lee');
    await tab.close();
  });

  it('exports a CSV that Excel reads as UTF-8 and that imports back as nothing new', async () => {
    await addEntry(options, 'Écoutez d’abord, répondez ensuite.', 'Renée');
    const section = importSection(options);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      section.getByRole('button', { name: 'Export my entries (CSV)' }).click(),
    ]);
    const file = await download.path();
    const bytes = await readFile(file);
    // A byte-order mark first: without it, Excel for Windows garbles the accents.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Écoutez d’abord, répondez ensuite.');
    await section.getByLabel('Choose a file to import').setInputFiles(file);
    await expect
      .poll(() => section.locator('.import-summary').innerText())
      .toBe('No entries will be added.');
    expect(await section.getByRole('table').locator('tbody tr').count()).toBe(1);
  });

  it('exports entries as JSON that another browser imports whole: text, author and topics', async () => {
    await options.locator('#own-new-topics').fill('Handover');
    await addEntry(options, 'Say who will call back, and when.', 'Ann Lee');
    const section = importSection(options);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      section.getByRole('button', { name: 'Export my entries (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = await download.path();
    // Another browser: nothing of this one's stored.
    await browser.resetStorage();
    await options.reload();
    await options.getByRole('heading', { name: 'Tabwise settings' }).waitFor();
    await section.getByLabel('Choose a file to import').setInputFiles(file);
    await section.getByRole('button', { name: 'Add 1 entry' }).click();
    await expect.poll(() => section.getByRole('status').first().innerText()).toMatch(/Added 1/);
    const entry = yourEntries(options).locator('.own-list li');
    expect(await entry.locator('.own-text').innerText()).toBe('Say who will call back, and when.');
    expect(await entry.locator('.own-meta').innerText()).toMatch(/Ann Lee/);
    expect(await entry.locator('.own-meta').innerText()).toMatch(/Handover/);
  });

  it('back up, clear all storage, restore: the same settings, pins, hidden and own entries', async () => {
    await addEntry(options, 'Mine to keep.', 'Ann');
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByRole('radio', { name: 'Every hour' }).check();
    await settingsSaved(options, { theme: 'dark', period: 'hour' });
    const tab = await browser.openNewTab();
    await tab.getByRole('button', { name: /Pin/ }).click();
    await expect
      .poll(() => tab.getByRole('button', { name: /Pin/ }).getAttribute('aria-pressed'))
      .toBe('true');
    // Hide a built-in entry (one's own would ask whether to delete it).
    do {
      const shown = await entryText(tab);
      await tab.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => entryText(tab)).not.toBe(shown);
    } while ((await entryText(tab)) === 'Mine to keep.');
    const hiddenText = await entryText(tab);
    await tab.getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => entryText(tab)).not.toBe(hiddenText);
    await tab.close();
    await settingsSynced(options);
    const state = () =>
      options.evaluate(async () => {
        const sync = await chrome.storage.sync.get(null);
        return {
          settings: sync.settings,
          pins: sync['pins.0'],
          hidden: sync['hidden.0'],
          own: sync['own.0'],
        };
      });
    // The background sends the pin and the hidden entry to sync a moment after the press.
    await expect.poll(async () => (await state()).pins).toHaveLength(1);
    await expect.poll(async () => (await state()).hidden).toHaveLength(1);
    const before = await state();
    const [backup] = await Promise.all([
      options.waitForEvent('download'),
      importSection(options).getByRole('button', { name: 'Back up everything' }).click(),
    ]);
    const file = await backup.path();
    await browser.resetStorage();
    await options.reload();
    await options.getByRole('heading', { name: 'Tabwise settings' }).waitFor();
    expect((await state()).own).toBeUndefined();
    await importSection(options).getByLabel('Choose a file to import').setInputFiles(file);
    await importSection(options).getByRole('button', { name: 'Restore backup' }).click();
    await expect
      .poll(() => importSection(options).getByRole('status').first().innerText())
      .toMatch(/Restored the backup/);
    expect(await state()).toEqual(before);
    expect(await options.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await yourEntries(options).getByText('Mine to keep.', { exact: true }).count()).toBe(1);
    const hiddenList = options.locator('section#hidden .pinned-body');
    expect(await hiddenList.allInnerTexts()).toEqual([expect.stringContaining(hiddenText)]);
  });

  it('renders an HTML-looking entry as text, in the options and on the new tab', async () => {
    const hostile = '<img src=x onerror=alert(1)> <b>bold</b>';
    await addEntry(options, hostile, '<script>alert(2)</script>');
    expect(await yourEntries(options).locator('img, b, script').count()).toBe(0);
    await onlyMine(options);
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toBe(hostile);
    expect(await tab.locator('figure img, figure b, figure script').count()).toBe(0);
    await tab.close();
  });

  it('2,000 entries (beyond what sync holds): says how many are not synced, all stay in rotation', async () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `Own line number ${i} to remember. — Coach ${i % 7}`,
    );
    await pasteImport(options, lines.join('\n'));
    const section = importSection(options);
    await section.getByRole('button', { name: 'Add 2,000 entries' }).click();
    await expect
      .poll(() => section.getByRole('status').first().innerText(), { timeout: 15_000 })
      .toMatch(/Added 2,000 entries/);
    await options.reload();
    await options.getByRole('heading', { name: 'Tabwise settings' }).waitFor();
    await expect
      .poll(() => yourEntries(options).locator('.sync-problem').innerText())
      .toMatch(/of your entries are kept on this browser only/);
    await onlyMine(options);
    expect(await options.locator('.match-count').innerText()).toBe('2,000 entries match');
    const tab = await browser.openNewTab();
    expect(await entryText(tab)).toMatch(/^Own line number \d+ to remember\.$/);
    await tab.close();
  });
});
