// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../utils/entry';
import { packCsv, packJson } from '../../utils/exportFormat';
import { parseImport } from '../../utils/importParse';
import {
  adminConsoleFile,
  chromiumLinuxFile,
  firefoxPolicies,
  macosProfile,
  POLICY_TARGETS,
  type PolicyValue,
  packPolicy,
  policyFileText,
  windowsRegistryFile,
} from '../../utils/team/packPolicy';
import { parsePolicy } from '../../utils/team/policy';
import { checkPolicyFile } from '../../utils/team/policyFile';
import { readPlist, readRegistryValues } from './policyFormats';

const CHROME = 'abcdefghijklmnopabcdefghijklmnop';
const IDS = {
  profile: '6B9E0C56-2F4B-4C1E-9D7A-3E1F2A4B5C6D',
  payload: '1F2E3D4C-5B6A-4978-8695-A4B3C2D1E0F9',
};

const preview = (text: string) => parseImport(text, { existing: new Set() });

function packOf(text: string, name = 'Support desk') {
  const result = packPolicy(preview(text), name);
  if (!result.ok) throw new Error(`Expected a value, got ${JSON.stringify(result)}`);
  return result;
}

const ENTRIES: Entry[] = [
  {
    id: 'u-1',
    source: 'own',
    kind: 'quote',
    text: 'Café first, “then” emails.',
    author: 'Zoë',
    topics: ['mornings'],
    provenance: { kind: 'attributed' },
  },
  { id: 'u-2', source: 'own', kind: 'tip', text: 'Close the loop.', topics: [], rev: 3 },
];

describe('packPolicy', () => {
  it('makes one pack of a Tabwise export, with only the fields the policy reads', () => {
    const { value, skipped } = packOf(packJson(ENTRIES));
    expect(skipped).toEqual([]);
    expect(value).toEqual({
      packs: [
        {
          name: 'Support desk',
          entries: [
            {
              kind: 'quote',
              text: 'Café first, “then” emails.',
              author: 'Zoë',
              topics: ['mornings'],
            },
            { kind: 'tip', text: 'Close the loop.', topics: [] },
          ],
        },
      ],
    });
    expect(packOf(packCsv(ENTRIES)).value).toEqual(value);
  });

  it('reads a CSV sheet with a header, and passes on the rows it skips with their lines', () => {
    const csv = [
      'text,author,topics',
      'Listen first.,Ana,service;calm',
      ',Nobody,',
      '"A quote, with a comma",,',
      'listen   FIRST.,Ben,',
    ].join('\n');
    const { value, skipped } = packOf(csv);
    expect(value.packs[0]?.entries).toEqual([
      { kind: 'quote', text: 'Listen first.', author: 'Ana', topics: ['service', 'calm'] },
      { kind: 'quote', text: 'A quote, with a comma', topics: [] },
    ]);
    expect(skipped.map(({ line, reasons }) => [line, reasons.map((r) => r.key)])).toEqual([
      [3, ['draft.textEmpty']],
      [5, ['import.duplicateInFile']],
    ]);
  });

  it('refuses what cannot be read, and a pack name the policy would skip', () => {
    expect(packPolicy(preview('{ "packs": '), 'A')).toMatchObject({
      ok: false,
      reasons: [{ key: 'import.badJsonEnd' }],
    });
    for (const name of ['', '  ', 'x'.repeat(81)]) {
      expect(packPolicy(preview('text\nHello.'), name)).toEqual({
        ok: false,
        reasons: [{ key: 'team.problem.noName' }],
      });
    }
  });

  it('makes values the policy reads whole, whatever entries the export holds', () => {
    const draft = fc.record({
      kind: fc.constantFrom('quote' as const, 'tip' as const),
      text: fc.string({ minLength: 1, maxLength: 40 }),
      author: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      topics: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 8 }), (drafts) => {
        const entries = drafts.map((d, i) => ({ ...d, id: `u-${i}`, source: 'own' }) as Entry);
        const result = packPolicy(preview(packJson(entries)), 'Pack');
        if (!result.ok) return;
        const policy = parsePolicy(result.value);
        expect(policy.problems).toEqual([]);
        expect(policy.entries.length + result.skipped.length).toBe(entries.length);
      }),
    );
  });
});

const VALUE: PolicyValue & { locked: string[] } = {
  packs: [
    {
      name: 'Équipe "Nord"',
      entries: [{ kind: 'tip', text: 'Back\\slash & <angle> — ok.', topics: ['x'] }],
    },
  ],
  locked: ['theme'],
};

describe('the value for each target', () => {
  it('wraps it where each browser looks for it', () => {
    expect(chromiumLinuxFile(VALUE, CHROME)).toEqual({
      '3rdparty': { extensions: { [CHROME]: VALUE } },
    });
    expect(firefoxPolicies(VALUE)).toEqual({
      policies: { '3rdparty': { Extensions: { 'tabwise@tabwise.app': VALUE } } },
    });
    expect(adminConsoleFile(VALUE)).toEqual({
      packs: { Value: VALUE.packs },
      locked: { Value: ['theme'] },
    });
  });

  it('writes JSON files that pack:check reads back as the same policy', () => {
    const expected = parsePolicy(VALUE);
    for (const target of ['managed', 'chromium-linux', 'firefox', 'admin-console'] as const) {
      const check = checkPolicyFile(policyFileText(target, VALUE, { extensionId: CHROME }));
      if (check.kind !== 'checked') throw new Error(target);
      expect(check.issues, target).toEqual([]);
      expect(
        check.values.map((v) => v.policy),
        target,
      ).toEqual([expected]);
    }
  });

  it('writes a .reg file of ASCII REG_SZ values holding each key’s JSON', () => {
    const reg = windowsRegistryFile(VALUE, CHROME);
    expect(reg.split('\r\n').slice(0, 3)).toEqual([
      'Windows Registry Editor Version 5.00',
      '',
      `[HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME}\\policy]`,
    ]);
    expect(reg).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(reg.endsWith('\r\n')).toBe(true);
    const values = readRegistryValues(reg);
    expect(Object.keys(values)).toEqual(['packs', 'locked']);
    expect(JSON.parse(values.packs ?? '')).toEqual(VALUE.packs);
    expect(JSON.parse(values.locked ?? '')).toEqual(['theme']);
  });

  it('writes a macOS configuration profile for the extension’s preference domain', () => {
    const profile = readPlist(macosProfile(VALUE, CHROME, IDS)) as {
      PayloadUUID: string;
      PayloadContent: { PayloadUUID: string; PayloadContent: Record<string, unknown> }[];
    };
    expect(profile.PayloadUUID).toBe(IDS.profile);
    const [payload] = profile.PayloadContent;
    expect(payload?.PayloadUUID).toBe(IDS.payload);
    expect(payload?.PayloadContent).toEqual({
      [`com.google.Chrome.extensions.${CHROME}`]: { Forced: [{ mcx_preference_settings: VALUE }] },
    });
  });

  it('needs an extension id where the file names the extension', () => {
    for (const target of POLICY_TARGETS) {
      const write = () => policyFileText(target, VALUE, {});
      if (['managed', 'firefox', 'admin-console'].includes(target)) expect(write).not.toThrow();
      else expect(write, target).toThrow();
    }
  });
});
