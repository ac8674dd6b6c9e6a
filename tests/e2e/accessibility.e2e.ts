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

    it('in a high-contrast theme, each tag on the new tab keeps an outline of its own', async () => {
      const tab = await browser.openNewTab();
      await tab.emulateMedia({ forcedColors: 'active' });
      const borders = await tab
        .locator('.tag')
        .evaluateAll((tags) => tags.map((tag) => getComputedStyle(tag).borderTopStyle));
      expect(borders.length).toBeGreaterThan(0);
      expect(new Set(borders)).toEqual(new Set(['solid']));
      await tab.close();
    });

    it('the options page has no serious or critical axe violations', async () => {
      const options = await browser.openOptions();
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
    });

    it('neither has any with their lists filled, Undo offered and an import preview open', async () => {
      await browser.resetStorage();
      // Two pins and a hidden entry, made on new tabs; the second tab then shows its Undo.
      const tab = await browser.openNewTab();
      for (const _ of [1, 2]) {
        await tab.getByRole('button', { name: /Pin/ }).click();
        await expect
          .poll(() => tab.getByRole('button', { name: /Pin/ }).getAttribute('aria-pressed'))
          .toBe('true');
        await tab.keyboard.press('n');
        await expect
          .poll(() => tab.getByRole('button', { name: /Pin/ }).getAttribute('aria-pressed'))
          .toBe('false');
      }
      await tab.keyboard.press('h');
      await tab.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await seriousViolations(tab)).toEqual([]);

      const options = await browser.openOptions();
      const own = options.getByRole('region', { name: 'Your entries' });
      await own.getByLabel('Text', { exact: true }).fill('An entry of my own.');
      await own.getByLabel('Author (optional)').fill('Ann Lee');
      await own.getByRole('button', { name: 'Add entry' }).click();
      await own.getByRole('button', { name: 'Delete', exact: true }).waitFor();
      // With an author of one's own, the rename form is on the page too.
      await own.getByRole('form', { name: 'Rename a topic or an author' }).waitFor();
      // A topic ticked: its count and Untick all are on the page.
      await options.getByRole('group', { name: 'Topics' }).getByRole('checkbox').first().check();
      await options.getByRole('button', { name: 'Untick all topics' }).waitFor();
      await options
        .locator('#pinned')
        .getByRole('button', { name: 'Unpin', exact: true })
        .first()
        .click();
      await options.locator('#pinned').getByRole('button', { name: 'Undo' }).waitFor();
      await options.locator('#hidden li').first().waitFor();
      const imports = options.getByRole('region', { name: 'Import and export' });
      await imports
        .getByLabel('Or paste entries')
        .fill('text,author\n"Quoted, with a comma.",Ann\n"never closed');
      await imports.getByRole('button', { name: 'Preview' }).click();
      await imports.getByRole('table').waitFor();
      expect(await seriousViolations(options)).toEqual([]);
      await Promise.all([tab.close(), options.close()]);
    });
  });
}
