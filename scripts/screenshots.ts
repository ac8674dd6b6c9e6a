/**
 * Images of the real built extension, for the README and the stores:
 * - docs/: the new tab in light and dark and the options page (1280×800), in English;
 * - store/screenshots/<language>/: the same three in each interface language;
 * - store/promo/: Chrome's small promo tile (440×280) and marquee (1400×560),
 *   the new tab itself showing one short, cited quote (its controls hidden).
 * Run with `npm run screenshots` (it builds first).
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { corpusIn } from '../content/corpus';
import { type ExtensionBrowser, launchExtension } from '../tests/e2e/harness';
import { LANGUAGES } from '../utils/language';
import { encodePins } from '../utils/pins';
import { SETTINGS_VERSION } from '../utils/settings';
import { PINS_COPY_KEY, SETTINGS_KEY } from '../utils/storageKeys';

const SCREEN = { width: 1280, height: 800 };
const PROMOS = [
  { name: 'small-promo-440x280', width: 440, height: 280 },
  { name: 'marquee-1400x560', width: 1400, height: 560 },
];

async function optionsPage(browser: ExtensionBrowser, page: Page) {
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('main.options h1').waitFor();
  await page.locator('.match-count').waitFor();
}

/** The three screenshots of one language, light and dark. */
async function screenshots(language: string, dirs: string[]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const browser = await launchExtension({ colorScheme, language });
    const page = await browser.openNewTab();
    await page.setViewportSize(SCREEN);
    // The controls fade in after the first frame: shown as they settle, not halfway.
    for (const dir of dirs)
      await page.screenshot({ path: `${dir}/newtab-${colorScheme}.png`, animations: 'disabled' });
    if (colorScheme === 'light') {
      await optionsPage(browser, page);
      for (const dir of dirs) await page.screenshot({ path: `${dir}/options.png` });
    }
    await browser.close();
  }
}

/** The promo images: the new tab showing the shortest cited quote, alone (pinned, only pinned shown). */
async function promos(dir: string) {
  const quote = corpusIn('en')
    .filter((entry) => entry.provenance?.kind === 'cited')
    .sort((a, b) => a.text.length - b.text.length)[0];
  if (!quote) throw new Error('No cited quote to show');
  const browser = await launchExtension({ colorScheme: 'light' });
  const setup = await browser.openOptions();
  await setup.evaluate(
    async ({ pins, settings, keys }) => {
      await chrome.storage.sync.set({ ...pins, [keys.settings]: settings });
      await chrome.storage.local.remove([keys.settings, keys.pinsCopy]);
    },
    {
      keys: { settings: SETTINGS_KEY, pinsCopy: PINS_COPY_KEY },
      pins: encodePins([quote.id]).items,
      settings: { v: SETTINGS_VERSION, onlyPinned: true, showTopics: false, textSize: 'large' },
    },
  );
  await setup.close();
  for (const { name, width, height } of PROMOS) {
    const page = await browser.openNewTab();
    await page.setViewportSize({ width, height });
    await page.locator('figure blockquote', { hasText: quote.text }).waitFor();
    // A tile shows the entry alone: the controls would not fit 440 px, nor mean anything there.
    await page.addStyleTag({ content: '.controls, .entry-source { display: none; }' });
    await page.screenshot({ path: `${dir}/${name}.png` });
    await page.close();
  }
  await browser.close();
}

await mkdir('store/promo', { recursive: true });
for (const language of LANGUAGES) {
  const dir = `store/screenshots/${language}`;
  await mkdir(dir, { recursive: true });
  await screenshots(language, language === 'en' ? ['docs', dir] : [dir]);
}
await promos('store/promo');
console.log('Wrote docs/*.png, store/screenshots/<language>/*.png and store/promo/*.png');
