import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_SOURCES, corpusIn } from '../../content/corpus';
import { citationLine, creditLine } from '../../utils/credit';
import { ENGLISH_CREDIT } from '../englishCredit';
import { browserPerSuite, EXTENSION_DIR, entryText } from './harness';

/** The corpus as the English interface shows it (the tests' browser speaks English). */
const CORPUS = corpusIn('en');

describe('the new tab in Chromium', () => {
  const browser = browserPerSuite();

  it('replaces chrome://newtab with one entry in a figure with its credit', async () => {
    const page = await browser.openNewTab();
    expect(page.url()).toBe(`chrome-extension://${browser.extensionId}/newtab.html`);
    expect(await page.locator('figure').count()).toBe(1);
    const text = await entryText(page);
    const entry = CORPUS.find((e) => e.text === text.trim());
    expect(entry, `shown text "${text}" is in the corpus`).toBeDefined();
    const caption = await page.locator('figure figcaption').innerText();
    expect(caption.length).toBeGreaterThan(1);
    const source = CORPUS_SOURCES.find((s) => s.id === entry?.source);
    expect(caption).toBe(entry && creditLine(entry, source, ENGLISH_CREDIT));
    const tags = await page.locator('figure .tag').allInnerTexts();
    expect(tags[0]).toBe(entry?.kind === 'quote' ? 'Quote' : 'Service tip');
    expect(tags.length).toBe(1 + (entry?.topics.length ?? 0));
    await page.close();
  });

  it('moves with the Next and Previous buttons', async () => {
    const page = await browser.openNewTab();
    const first = await entryText(page);
    await page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => entryText(page)).not.toBe(first);
    const second = await entryText(page);
    await page.getByRole('button', { name: /Previous/ }).click();
    await expect.poll(() => entryText(page)).toBe(first);
    await page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => entryText(page)).toBe(second);
    await page.close();
  });

  it('moves with the keyboard: → and n for next, ← for previous', async () => {
    const page = await browser.openNewTab();
    const first = await entryText(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => entryText(page)).not.toBe(first);
    const second = await entryText(page);
    await page.keyboard.press('n');
    await expect.poll(() => entryText(page)).not.toBe(second);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => entryText(page)).toBe(second);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => entryText(page)).toBe(first);
    await page.close();
  });

  it('on a Russian keyboard, takes the keys where an English one has N and C', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await browser.openNewTab();
    const first = await entryText(page);
    // As Chromium gets them from a Russian layout: the letter typed, and the key's place.
    const cdp = await browser.context.newCDPSession(page);
    const press = async (key: string, code: string, keyCode: number) => {
      const event = { key, code, text: key, windowsVirtualKeyCode: keyCode };
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code });
    };
    await press('т', 'KeyN', 78);
    await expect.poll(() => entryText(page)).not.toBe(first);
    await press('с', 'KeyC', 67);
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(await entryText(page));
    await page.close();
  });

  it('announces a changed entry politely to screen readers', async () => {
    const page = await browser.openNewTab();
    const live = page.locator('[aria-live="polite"]');
    const first = await entryText(page);
    expect(await live.innerText()).toBe('');
    await page.keyboard.press('n');
    await expect.poll(() => entryText(page)).not.toBe(first);
    const shown = await entryText(page);
    await expect.poll(() => live.innerText()).toContain(shown);
    // Once: no other live region (status, alert) repeats it, and the entry itself is not live.
    const liveTexts = await page
      .locator('[aria-live], [role="status"], [role="alert"], [role="log"]')
      .allInnerTexts();
    expect(liveTexts.filter((text) => text.includes(shown))).toHaveLength(1);
    expect(await page.locator('[aria-live] blockquote, [role="status"] blockquote').count()).toBe(
      0,
    );
    await page.close();
  });

  it('shows 20 different entries in 20 tabs opened one after another', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const page = await browser.openNewTab();
      seen.push(await entryText(page));
      await page.close();
    }
    expect(new Set(seen).size).toBe(20);
  });

  it('shows different entries in 5 tabs opened at the same moment', async () => {
    const pages = await Promise.all(Array.from({ length: 5 }, () => browser.openNewTab()));
    const texts = await Promise.all(pages.map(entryText));
    expect(new Set(texts).size).toBe(5);
    // The bag stayed consistent: the next tab shows a sixth entry.
    const sixth = await browser.openNewTab();
    expect(texts).not.toContain(await entryText(sixth));
    await Promise.all([...pages, sixth].map((page) => page.close()));
  });

  it('copies "text — author" to the clipboard with the button and with c', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await browser.openNewTab();
    const text = await entryText(page);
    const caption = await page.locator('figcaption').innerText();
    await page.getByRole('button', { name: /Copy/ }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(text.trim());
    expect(copied.endsWith(` — ${caption.replace(/^— /, '')}`)).toBe(true);

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    await page.close();
  });

  it('writes the rotation to storage.local and nothing to storage.sync', async () => {
    const page = await browser.openNewTab();
    const stored = await page.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
    }));
    expect(Object.keys(stored.local)).toContain('rotation');
    expect(stored.sync).toEqual({});
    await page.close();
  });

  it('loads no empty file: the new tab and the options page request only what has content', async () => {
    const loaded: Promise<[string, number]>[] = [];
    const onResponse = (response: Response) => {
      loaded.push(response.body().then((body) => [response.url(), body.length]));
    };
    browser.context.on('response', onResponse);
    await (await browser.openOptions()).close();
    const tab = await browser.openNewTab();
    // The app loads for the first key.
    const first = await entryText(tab);
    await tab.keyboard.press('n');
    await expect.poll(() => entryText(tab)).not.toBe(first);
    await tab.close();
    browser.context.off('response', onResponse);
    const files = (await Promise.all(loaded)).filter(([url]) =>
      url.startsWith('chrome-extension:'),
    );
    expect(files.map(([url]) => new URL(url).pathname)).toEqual(
      expect.arrayContaining([
        '/options.html',
        '/newtab.html',
        '/newtab-paint.js',
        '/newtab-app.js',
      ]),
    );
    expect(files.filter(([, size]) => size === 0)).toEqual([]);
  });

  it('sizes its text from the user’s, not the 75% Chromium gives an extension page’s body', async () => {
    const tab = await browser.openNewTab();
    const sizes = await tab.evaluate(() => {
      const size = (selector: string) =>
        getComputedStyle(document.querySelector(selector) as Element).fontSize;
      return { root: size('html'), body: size('body'), control: size('.controls button') };
    });
    // The browser's default text size; the controls' words are 0.875 of it.
    expect(sizes).toEqual({ root: '16px', body: '16px', control: '14px' });
    await tab.close();
  });

  it('made no network request at all', () => {
    expect(browser.outsideRequests).toEqual([]);
  });

  it('asks for the storage permission and nothing else', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.chrome_url_overrides).toEqual({ newtab: 'newtab.html' });
  });
});

describe('the new tab in dark mode', () => {
  const browser = browserPerSuite({ colorScheme: 'dark' });

  beforeAll(async () => {
    // Record the background of the very first frame the page renders.
    await browser.context.addInitScript(() => {
      requestAnimationFrame(() => {
        const w = window as unknown as { firstFrameBackground: string };
        w.firstFrameBackground = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
  });

  it('paints its first frame dark', async () => {
    const page = await browser.openNewTab();
    const first = await page.evaluate(
      () => (window as unknown as { firstFrameBackground: string }).firstFrameBackground,
    );
    const [r, g, b] = (first.match(/\d+/g) ?? []).map(Number);
    expect(first).toMatch(/^rgb/);
    expect(Math.max(r ?? 255, g ?? 255, b ?? 255)).toBeLessThan(60);
    await page.close();
  });
});

describe('the new tab by keyboard alone', () => {
  const browser = browserPerSuite();

  it('reaches every control with Tab, in order, and operates them with Enter and Space', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tab = await browser.openNewTab();
    // A cited quote offers its source first, as a disclosure, and a translated one its original.
    const text = await entryText(tab);
    const entry = CORPUS.find((e) => e.text === text);
    const source = CORPUS_SOURCES.find((s) => s.id === entry?.source);
    const cited = entry !== undefined && citationLine(entry, source, ENGLISH_CREDIT) !== undefined;
    const translated = entry?.translation !== undefined;
    const disclosure = cited ? (translated ? 'Source and original' : 'Source') : 'Original';
    const expected = [
      ...(cited || translated ? [disclosure] : []),
      '← Previous',
      'Copy',
      '☆ Pin',
      'Hide',
      'Next →',
      'Settings',
    ];
    const names: string[] = [];
    for (const _ of expected) {
      await tab.keyboard.press('Tab');
      // As shown (innerText, its flex items' line breaks as spaces): the gear shows only when narrow.
      names.push(
        await tab.evaluate(
          () =>
            (document.activeElement as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ??
            '',
        ),
      );
    }
    expect(names).toEqual(expected);
    // Focus is visible: the focused button draws an outline.
    const outline = await tab.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).toBe('solid');

    const first = await entryText(tab);
    await tab.keyboard.press('Shift+Tab');
    await tab.keyboard.press('Enter');
    await expect.poll(() => entryText(tab)).not.toBe(first);
    // Past Hide (tests/e2e/hide.e2e.ts) to Pin.
    await tab.keyboard.press('Shift+Tab');
    await tab.keyboard.press('Shift+Tab');
    await tab.keyboard.press('Space');
    await expect
      .poll(() => tab.getByRole('button', { name: /Pin/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await tab.keyboard.press('Shift+Tab');
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.getByRole('status').innerText()).toBe('Copied to the clipboard.');
    await tab.keyboard.press('Shift+Tab');
    await tab.keyboard.press('Enter');
    await expect.poll(() => entryText(tab)).toBe(first);
    // Settings, the last stop, opens the options page (in this tab, as Chrome does from a new tab).
    for (let i = 0; i < 5; i++) await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => (document.activeElement as HTMLElement).innerText.trim())).toBe(
      'Settings',
    );
    await tab.keyboard.press('Enter');
    await tab.locator('main.options h1').waitFor();
    await tab.close();
  });

  it('fits its six controls in one row on a narrow window, each still named', async () => {
    const tab = await browser.openNewTab();
    await tab.setViewportSize({ width: 360, height: 740 });
    const tops = await tab
      .locator('.controls button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    for (const name of ['Previous', 'Copy', 'Pin', 'Hide', 'Next', 'Settings']) {
      expect(await tab.getByRole('button', { name: new RegExp(name) }).count(), name).toBe(1);
    }
    await tab.close();
  });
});
