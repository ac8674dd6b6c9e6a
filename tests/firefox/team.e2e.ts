import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDON_ID, entryText, FIREFOX, type FirefoxWithAddon, launchFirefox } from './harness';

/**
 * A team pack as an administrator delivers it to Firefox (docs/ADMIN.md):
 * policies.json in the distribution folder beside Firefox's binary, with the
 * add-on's managed storage under 3rdparty.Extensions. Firefox reads it at
 * start, so it is written before launch, and removed (or the file that was
 * there put back) afterwards.
 */

// Debian's /usr/bin/firefox-esr starts /usr/lib/firefox-esr/firefox-esr.
const POLICIES = join('/usr/lib/firefox-esr', 'distribution', 'policies.json');
const PACK = 'Acme Support';
const TIPS = [
  'Greet every customer by name before anything else.',
  'Say what you will do next, and by when.',
];

describe('a team pack in Firefox ESR through policies.json', () => {
  let ff: FirefoxWithAddon;
  let previous: string | null = null;

  beforeAll(async () => {
    expect(existsSync(FIREFOX)).toBe(true);
    previous = existsSync(POLICIES) ? await readFile(POLICIES, 'utf8') : null;
    await mkdir(dirname(POLICIES), { recursive: true });
    const value = {
      packs: [{ name: PACK, entries: TIPS.map((text) => ({ kind: 'tip', text })) }],
      defaults: { onlyTeam: true },
      locked: ['onlyTeam'],
    };
    await writeFile(
      POLICIES,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { [ADDON_ID]: value } } } }),
    );
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.firefox.close();
    if (previous === null) await rm(POLICIES, { force: true });
    else await writeFile(POLICIES, previous);
  });

  it('shows the pack on the new tab and in the options page, its lock in force', async () => {
    const tab = await ff.openExtensionPage('newtab.html');
    await tab.waitForSelector('main[aria-busy="false"] blockquote');
    expect(TIPS).toContain((await entryText(tab)).trim());
    expect(await tab.$eval('.tag-origin', (el) => el.textContent)).toBe(`From ${PACK}`);

    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('section#team .pinned-body');
    const listed = await options.$$eval('section#team .pinned-body', (els) =>
      els.map((el) => el.textContent),
    );
    expect(listed).toEqual(TIPS);
    const onlyTeam = await options.$eval('.only-team input', (el) => ({
      checked: (el as HTMLInputElement).checked,
      disabled: (el as HTMLInputElement).matches(':disabled'),
    }));
    expect(onlyTeam).toEqual({ checked: true, disabled: true });
    for (const page of [tab, options]) await page.close();
  });
});
