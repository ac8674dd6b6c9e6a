/**
 * Screenshots of the real built extension for the README and the stores
 * (1280×800): the new tab in light and dark, and the options page.
 * Run with `npm run screenshots`.
 */
import { launchExtension } from '../tests/e2e/harness';

const OUT = 'docs';
const SIZE = { width: 1280, height: 800 };

for (const colorScheme of ['light', 'dark'] as const) {
  const browser = await launchExtension({ colorScheme });
  const page = await browser.openNewTab();
  await page.setViewportSize(SIZE);
  await page.screenshot({ path: `${OUT}/newtab-${colorScheme}.png` });
  if (colorScheme === 'light') {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Tabwise settings' }).waitFor();
    await page.screenshot({ path: `${OUT}/options.png` });
  }
  await browser.close();
}
console.log(`Wrote the screenshots to ${OUT}/`);
