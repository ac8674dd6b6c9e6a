import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { browserPerSuite } from './harness';

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility in ${colorScheme} mode`, () => {
    const browser = browserPerSuite({ colorScheme });

    it('the new tab has no serious or critical axe violations', async () => {
      const tab = await browser.openNewTab();
      expect(await seriousViolations(tab)).toEqual([]);
      await tab.close();
    });

    it('the options page has no serious or critical axe violations', async () => {
      const options = await browser.openOptions();
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
    });
  });
}
