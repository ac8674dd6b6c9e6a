/**
 * Screenshots of the real built extension for the README and the stores
 * (1280×800): the new tab in light and dark. Run with `npm run screenshots`.
 */
import { launchExtension } from '../tests/e2e/harness';

const OUT = 'docs';

for (const colorScheme of ['light', 'dark'] as const) {
  const browser = await launchExtension({ colorScheme });
  const page = await browser.openNewTab();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${OUT}/newtab-${colorScheme}.png` });
  console.log(`Wrote ${OUT}/newtab-${colorScheme}.png`);
  await browser.close();
}
