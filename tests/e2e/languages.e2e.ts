import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusIn, QUOTES } from '../../content/corpus';
import type { Language } from '../../utils/language';
import {
  browserPerSuite,
  EXTENSION_DIR,
  entryText,
  freshOptions,
  settingsSaved,
  settingsSynced,
} from './harness';

/** A language's messages as the build wrote them (the browser reads the same file). */
function messagesOf(language: string): (key: string) => string {
  const file = join(EXTENSION_DIR, '_locales', language, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key) => messages[key.replaceAll('.', '_')]?.message ?? `(missing ${key})`;
}

/**
 * Elements whose text does not fit: the page scrolls sideways, or a control,
 * label or heading is wider than its box (text cut off or spilling out).
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth) found.push('the page scrolls sideways');
    const selector = 'button, label, legend, h1, h2, h3, h4, p, a, th, td, li, figcaption';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      // Skips what is not laid out, and text kept for screen readers only (1px boxes).
      if (box.width <= 1) continue;
      if (element.scrollWidth > element.clientWidth + 1 || box.right > innerWidth + 1) {
        found.push(`${element.tagName.toLowerCase()} “${element.innerText.slice(0, 40)}”`);
      }
    }
    return found;
  });
}

for (const language of ['de', 'es', 'fr'] as const satisfies Language[]) {
  describe(`Tabwise in ${language}`, () => {
    const message = messagesOf(language);
    const browser = browserPerSuite({ language });

    it('shows the new tab in the browser’s language', async () => {
      const tab = await browser.openNewTab();
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await tab.title()).toBe(message('newtab.title'));
      for (const key of ['previous', 'copy', 'pin', 'next', 'settings']) {
        await expect
          .poll(() => tab.getByRole('button', { name: message(`newtab.${key}`) }).count())
          .toBe(1);
      }
      await tab.keyboard.press('p');
      await expect.poll(() => tab.getByRole('status').innerText()).toBe(message('newtab.pinned'));
      await tab.close();
    });

    it('shows entries in the browser’s language, loading that language’s corpus only', async () => {
      const texts = new Set(corpusIn(language).map((entry) => entry.text));
      const requested: string[] = [];
      const onRequest = (request: Request) => requested.push(new URL(request.url()).pathname);
      browser.context.on('request', onRequest);
      const tab = await browser.openNewTab();
      for (let step = 0; step < 3; step++) {
        const shown = await entryText(tab);
        expect(texts.has(shown), `“${shown}” is ${language}`).toBe(true);
        await tab.keyboard.press('n');
        await expect.poll(() => entryText(tab)).not.toBe(shown);
      }
      await (await freshOptions(browser, undefined)).close();
      browser.context.off('request', onRequest);
      const corpora = requested.filter((path) => path.startsWith('/corpus'));
      // The new tab's and the options page's requests: its language's file, no other.
      expect(corpora.length).toBeGreaterThanOrEqual(2);
      expect(new Set(corpora)).toEqual(new Set([`/corpus.${language}.json`]));
      await tab.close();
    });

    it('says the options page in the browser’s language, plurals and numbers included', async () => {
      const options = await freshOptions(browser, undefined);
      expect(await options.locator('h1').innerText()).toBe(message('options.title'));
      const count = await options.locator('.match-count').innerText();
      // Forms "1 | n", or "0 | 1 | n" for a language that says 0 like 1.
      const forms = message('what.matches').split(' | ');
      const many = forms.at(-1);
      const zero = forms.length === 3 ? forms[0] : many;
      // The built-in corpus: more than one entry, so the "n" form, with its number.
      const number = count.match(/[\d.,\u202f\u00a0]+/)?.[0] ?? '';
      expect(count).toBe(many?.replace('{n}', number));
      await options.getByRole('checkbox', { name: message('what.onlyMine') }).check();
      // Nothing of one's own yet: 0 entries, in the form the language uses for 0.
      await expect
        .poll(() => options.locator('.match-count').innerText())
        .toBe(zero?.replace('{n}', '0'));
      await settingsSynced(options);
      await options.close();
    });

    it('exports a CSV with the semicolons its spreadsheets expect', async () => {
      const options = await freshOptions(browser, undefined);
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.getByRole('button', { name: message('export.csv') }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text).toBe('\uFEFFkind;text;author;topics\r\n');
      await options.close();
    });

    /** A new tab after ticking one author in the options page. */
    async function tabOnlyBy(author: string): Promise<Page> {
      const options = await freshOptions(browser, undefined);
      await options.getByRole('checkbox', { name: new RegExp(author) }).check();
      await settingsSaved(options, { authors: [author] });
      await settingsSynced(options);
      await options.close();
      return browser.openNewTab();
    }

    it('credits a quote shown in translation, and gives its original, in its language, a click away', async () => {
      // A writer of another language: French, or German for French readers.
      const author = language === 'fr' ? 'Hermann Hesse' : 'Antoine de Saint-Exupéry';
      const written = language === 'fr' ? 'de' : 'fr';
      const quotes = QUOTES.filter((quote) => quote.author === author);
      const tab = await tabOnlyBy(author);
      const text = await entryText(tab);
      const shown = quotes.find((quote) => quote.text[language] === text);
      expect(shown, 'a quote of the author, in the reader’s language').toBeDefined();
      const translator = shown?.translators?.[language] ?? 'Tabwise';
      const caption = await tab.locator('figcaption').innerText();
      expect(caption.startsWith(author) && caption.endsWith(translator), caption).toBe(true);
      const source = tab.locator('details.entry-source');
      await source.locator('summary').click();
      expect(await source.locator('summary').innerText()).toBe(message('newtab.sourceAndOriginal'));
      const original = source.locator('blockquote');
      expect(await original.getAttribute('lang')).toBe(written);
      expect(await original.innerText()).toBe(shown?.text[written]);
      const work = source.locator('cite');
      expect(await work.getAttribute('lang')).toBe(written);
      expect(shown?.provenance).toMatchObject({ work: await work.innerText() });
      expect(await overflowing(tab)).toEqual([]);
      await tab.close();
    });

    it('describes a letter cited as the source in the reader’s language, with no title marked up', async () => {
      const author = 'Abigail Adams';
      const tab = await tabOnlyBy(author);
      const text = await entryText(tab);
      const shown = corpusIn(language).find((entry) => entry.text === text);
      const provenance = shown?.provenance;
      expect(provenance?.kind === 'cited' && provenance.occasion).toBe(
        { en: 'Letter to', es: 'Carta a', fr: 'Lettre à', de: 'Brief an' }[language] +
          ' John Quincy Adams',
      );
      const source = tab.locator('details.entry-source');
      await source.locator('summary').click();
      // Written in English: these readers get the original too.
      expect(await source.locator('summary').innerText()).toBe(message('newtab.sourceAndOriginal'));
      const line = await source.locator(':scope > p').innerText();
      expect(
        line.startsWith(`${provenance?.kind === 'cited' && provenance.occasion} (1780), `),
        line,
      ).toBe(true);
      expect(await source.locator('cite').count()).toBe(0);
      await tab.close();
    });

    it('marks an article cited as the source and its periodical as two titles in their language', async () => {
      const tab = await tabOnlyBy('José Martí');
      const source = tab.locator('details.entry-source');
      await source.locator('summary').click();
      const line = source.locator(':scope > p');
      // Spanish words, whatever the reader's language: a screen reader reads them as Spanish.
      // The periodical is the work, in italics; the article is set off by this language's quotation marks.
      const work = line.locator('cite');
      expect([await work.innerText(), await work.getAttribute('lang')]).toEqual([
        'La América',
        'es',
      ]);
      const article = line.locator('span');
      expect([await article.innerText(), await article.getAttribute('lang')]).toEqual([
        'Maestros ambulantes',
        'es',
      ]);
      expect(await work.evaluate((cite) => getComputedStyle(cite).fontStyle)).toBe('italic');
      expect(await article.evaluate((span) => getComputedStyle(span).fontStyle)).toBe('normal');
      expect(await line.innerText()).toMatch(
        /^\S\s?Maestros ambulantes\s?\S, La América \(1884\), /,
      );
      await tab.close();
    });

    it('marks a chapter the citation keeps in English as English', async () => {
      const tab = await tabOnlyBy('Marshall B. Rosenberg');
      const source = tab.locator('details.entry-source');
      await source.locator('summary').click();
      const line = source.locator(':scope > p');
      expect(await line.innerText()).toContain('Receiving Empathically');
      const chapter = line.locator('span');
      expect(await chapter.innerText()).toBe('Receiving Empathically');
      expect(await chapter.getAttribute('lang')).toBe('en');
      await tab.close();
    });

    it('holds its layout with these longer sentences, wide and narrow', async () => {
      await browser.resetStorage();
      for (const width of [1280, 360, 320]) {
        const tab = await browser.openNewTab();
        await tab.setViewportSize({ width, height: 800 });
        expect(await overflowing(tab), `new tab at ${width}px`).toEqual([]);
        const rows = await tab
          .locator('.controls button')
          .evaluateAll(
            (buttons) => new Set(buttons.map((b) => b.getBoundingClientRect().top)).size,
          );
        // One row from 360 px; narrower, the longest words may take a second.
        expect(rows, `control rows at ${width}px`).toBeLessThanOrEqual(width < 360 ? 2 : 1);
        await tab.close();
        const options = await browser.openOptions();
        await options.setViewportSize({ width, height: 800 });
        expect(await overflowing(options), `options at ${width}px`).toEqual([]);
        await options.close();
      }
    });

    it('imports a sheet headed in its language, and names the column it does not read', async () => {
      const sheets: Record<typeof language, [string, string]> = {
        de: ['Text;Autor;Themen;Notizen', 'Zuerst zuhören.;Ana Ruiz;Ruhe;intern'],
        es: ['Texto;Autor;Temas;Notas', 'Primero, escuchar.;Ana Ruiz;calma;interno'],
        fr: ['Texte;Auteur;Thèmes;Remarques', 'D’abord écouter.;Ana Ruiz;calme;interne'],
      };
      const [header, row] = sheets[language];
      const options = await freshOptions(browser, undefined);
      await options.getByLabel(message('import.paste')).fill(`${header}\r\n${row}`);
      await options.getByRole('button', { name: message('import.preview'), exact: true }).click();
      const forms = message('preview.unreadColumns').split(' | ');
      const one = forms[forms.length === 3 ? 1 : 0] ?? '';
      const column = header.split(';')[3] ?? '';
      await expect
        .poll(() => options.locator('.import-warning').innerText())
        .toBe(one.replace('{columns}', column));
      await options.locator('.import-preview button.primary').click();
      const [text] = row.split(';');
      const listed = options.locator('.own-list li', { hasText: text ?? '' });
      await expect.poll(() => listed.innerText()).toContain('Ana Ruiz');
      await options.close();
    });
  });
}
