// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../utils/importParse';
import { macosProfile, packPolicy, windowsRegistryFile } from '../../utils/team/packPolicy';
import { parsePolicy } from '../../utils/team/policy';
import { checkPolicyFile } from '../../utils/team/policyFile';
import { readPlist, readRegistryValues } from './policyFormats';

/**
 * Every example docs/ADMIN.md gives an administrator is one Tabwise reads
 * whole: the JSON files with nothing skipped, the .reg file and macOS profile
 * as pack:policy writes them, the CSV with no row skipped.
 */
const ADMIN = readFileSync('docs/ADMIN.md', 'utf8');
const blocks = [...ADMIN.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, body]) => ({
  lang: lang ?? '',
  body: body ?? '',
}));
const of = (lang: string) => blocks.filter((block) => block.lang === lang).map((b) => b.body);

/** The policy an example holds: nothing skipped, at least one entry. */
function expectWhole(value: unknown) {
  const policy = parsePolicy(value);
  expect(policy.problems).toEqual([]);
  expect(policy.entries.length).toBeGreaterThan(0);
}

describe('docs/ADMIN.md', () => {
  it('has examples only of the kinds checked here', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const { lang } of blocks)
      expect(['json', 'reg', 'xml', 'csv', 'sh', 'text']).toContain(lang);
  });

  it('gives JSON files that pack:check finds whole, in every shape it shows', () => {
    const shapes = of('json').map((body) => {
      const check = checkPolicyFile(body);
      if (check.kind !== 'checked') throw new Error(`Not JSON: ${body}`);
      expect(check.issues).toEqual([]);
      expect(check.values.length).toBe(1);
      for (const { problems, policy } of check.values) {
        expect(problems).toEqual([]);
        expect(policy.entries.length).toBeGreaterThan(0);
      }
      return check.shape;
    });
    expect(shapes.sort()).toEqual(['admin-console', 'chromium', 'firefox', 'managed']);
  });

  it('gives a .reg file that pack:policy writes, of values Tabwise reads whole', () => {
    const [reg] = of('reg');
    const key = /\\extensions\\([a-p]{32})\\policy\]/.exec(reg ?? '');
    const value = Object.fromEntries(
      Object.entries(readRegistryValues((reg ?? '').replace(/\n/g, '\r\n'))).map(([name, json]) => [
        name,
        JSON.parse(json),
      ]),
    );
    expectWhole(value);
    expect(windowsRegistryFile(value, key?.[1] ?? '').replace(/\r\n/g, '\n')).toBe(reg);
  });

  it('gives a macOS profile that pack:policy writes, of a value Tabwise reads whole', () => {
    const [xml] = of('xml');
    const profile = readPlist(xml ?? '') as {
      PayloadUUID: string;
      PayloadContent: { PayloadUUID: string; PayloadContent: Record<string, unknown> }[];
    };
    const [payload] = profile.PayloadContent;
    const [domain, settings] = Object.entries(payload?.PayloadContent ?? {})[0] ?? [];
    const id = /^com\.google\.Chrome\.extensions\.([a-p]{32})$/.exec(domain ?? '')?.[1];
    const value = (settings as { Forced: { mcx_preference_settings: object }[] }).Forced[0]
      ?.mcx_preference_settings;
    expectWhole(value);
    const ids = { profile: profile.PayloadUUID, payload: payload?.PayloadUUID ?? '' };
    expect(macosProfile(value ?? {}, id ?? '', ids)).toBe(xml);
  });

  it('gives a CSV that pack:policy takes whole', () => {
    for (const csv of of('csv')) {
      const result = packPolicy(parseImport(csv, { existing: new Set() }), 'Support desk');
      expect(result).toMatchObject({ ok: true, skipped: [] });
      if (result.ok) expectWhole(result.value);
    }
  });
});
