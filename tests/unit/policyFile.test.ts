// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicyFile, GECKO_ID, type PolicyFileCheck } from '../../utils/team/policyFile';

const CHROME = 'abcdefghijklmnopabcdefghijklmnop';

function checked(text: string) {
  const check = checkPolicyFile(text);
  if (check.kind !== 'checked') throw new Error(`Expected JSON, got ${JSON.stringify(check)}`);
  return check;
}

/** Every problem as "line: kind: first message key", and every file issue as "line: kind". */
const found = (check: PolicyFileCheck) =>
  check.kind === 'checked'
    ? [
        ...check.issues.map((issue) => `${issue.line}: ${issue.kind}`),
        ...check.values.flatMap((value) =>
          value.problems.map(({ line, kind, reasons }) => `${line}: ${kind}: ${reasons[0]?.key}`),
        ),
      ]
    : [];

const MANAGED = `{
  "packs": [
    {
      "name": "Support desk",
      "entries": [
        { "kind": "tip", "text": "Listen first." },
        { "kind": "tip", "author": "Nobody" },
        {
          "text": "Listen first."
        }
      ]
    },
    { "entries": [] }
  ],
  "defaults": { "theme": "dark", "period": "week" },
  "locked": ["theme", "colour"]
}
`;

describe('checkPolicyFile: the managed value', () => {
  it('reports each skipped part on the line where it starts', () => {
    const check = checked(MANAGED);
    expect(check.shape).toBe('managed');
    expect(found(check)).toEqual([
      '7: entry: import.noText',
      '8: entry: team.problem.sameText',
      '13: pack: team.problem.noName',
      '15: setting: team.problem.badValue',
      '16: setting: team.problem.unknownSetting',
    ]);
    const [value] = check.values;
    expect(value?.policy.entries.map((e) => e.text)).toEqual(['Listen first.']);
    expect(value?.extension).toBeUndefined();
  });

  it('reads CRLF files, a byte order mark, and a value on one line', () => {
    expect(found(checked(`\uFEFF${MANAGED.replace(/\n/g, '\r\n')}`))).toEqual(
      found(checked(MANAGED)),
    );
    expect(found(checked(JSON.stringify(JSON.parse(MANAGED))))).toEqual([
      '1: entry: import.noText',
      '1: entry: team.problem.sameText',
      '1: pack: team.problem.noName',
      '1: setting: team.problem.badValue',
      '1: setting: team.problem.unknownSetting',
    ]);
  });

  it('reports "packs" that is not a list where it is', () => {
    expect(found(checked('{\n  "locked": [],\n  "packs":\n    {}\n}'))).toEqual([
      '4: pack: team.problem.packsNotList',
    ]);
  });

  it('takes {} as a value with nothing in it', () => {
    const check = checked('{}');
    expect(check.shape).toBe('managed');
    expect(found(check)).toEqual([]);
  });
});

describe('checkPolicyFile: one pack', () => {
  it('checks { name, entries } as the only pack, an entry without text on its line', () => {
    const text = `{
  "name": "Onboarding",
  "entries": [
    { "text": "Ask early." },
    { "text": "Ask often." },
    { "text": "Write it down." },
    { "author": "Someone" }
  ]
}`;
    const check = checked(text);
    expect(check.shape).toBe('pack');
    expect(found(check)).toEqual(['7: entry: import.noText']);
    expect(check.values[0]?.policy.packs).toEqual([{ name: 'Onboarding', count: 3 }]);
  });

  it('says a pack without a name is skipped, at the top', () => {
    expect(found(checked('\n{ "entries": [] }'))).toEqual(['2: pack: team.problem.noName']);
  });
});

describe('checkPolicyFile: Chrome and Chromium policy files', () => {
  it('checks the value of each extension, saying which', () => {
    const text = `{
  "ShowHomeButton": true,
  "3rdparty": {
    "extensions": {
      "${CHROME}": {
        "packs": [{ "name": "A", "entries": [{ "text": "One." }] }]
      },
      "bcdefghijklmnopabcdefghijklmnopa": {
        "locked": [
          "nothing"
        ]
      }
    }
  }
}`;
    const check = checked(text);
    expect(check.shape).toBe('chromium');
    expect(check.values.map((v) => [v.extension, v.line, v.policy.entries.length])).toEqual([
      [CHROME, 5, 1],
      ['bcdefghijklmnopabcdefghijklmnopa', 8, 0],
    ]);
    expect(found(check)).toEqual(['10: setting: team.problem.unknownSetting']);
  });

  it('says when no extension gets a value, or an id is not an extension id', () => {
    expect(found(checked('{ "3rdparty": {} }'))).toEqual(['1: noExtensions']);
    expect(found(checked('{ "3rdparty": { "extensions": {} } }'))).toEqual(['1: noExtensions']);
    const check = checked('{ "3rdparty": { "extensions": {\n "tabwise": { "packs": [] } } } }');
    expect(found(check)).toEqual(['2: badExtensionId']);
    expect(check.issues[0]).toMatchObject({ id: 'tabwise' });
  });
});

describe('checkPolicyFile: Firefox policies.json', () => {
  it('checks the value for Tabwise’s add-on id', () => {
    const text = `{
  "policies": {
    "3rdparty": {
      "Extensions": {
        "other@example.com": { "packs": 3 },
        "${GECKO_ID}": {
          "defaults": { "font": "comic" }
        }
      }
    }
  }
}`;
    const check = checked(text);
    expect(check.shape).toBe('firefox');
    expect(check.values.map((v) => v.extension)).toEqual([GECKO_ID]);
    expect(found(check)).toEqual(['7: setting: team.problem.badValue']);
  });

  it('says when Tabwise gets nothing, naming the ids the file has', () => {
    const check = checked('{ "policies": { "3rdparty": { "Extensions": { "x@y": {} } } } }');
    expect(found(check)).toEqual(['1: noTabwise']);
    expect(check.issues[0]).toMatchObject({ found: ['x@y'] });
    // As far down the path as the file goes: "3rdparty" has no "Extensions".
    expect(found(checked('{ "policies": {\n"3rdparty": {\n"extensions": {} } } }'))).toEqual([
      '2: noTabwise',
    ]);
  });
});

describe('checkPolicyFile: the Google Admin console file', () => {
  it('unwraps each { "Value": … } and reports lines inside it', () => {
    const text = `{
  "packs": {
    "Value": [
      {
        "name": "A",
        "entries": [
          { "text": "One." },
          { "text": 1 }
        ]
      }
    ]
  },
  "locked": { "Value": ["theme", "x"] }
}`;
    const check = checked(text);
    expect(check.shape).toBe('admin-console');
    expect(check.values[0]?.policy.locked).toEqual(['theme']);
    expect(found(check)).toEqual([
      '8: entry: import.textNotString',
      '13: setting: team.problem.unknownSetting',
    ]);
  });
});

describe('checkPolicyFile: what is not a policy', () => {
  it('says where a file stops being JSON', () => {
    const check = checkPolicyFile('{\n  "packs": [\n    { "name": "A", }\n  ]\n}');
    expect(check).toEqual({
      kind: 'invalid',
      message: {
        key: 'import.badJsonAt',
        values: { found: '"}"', line: '3', column: '20' },
      },
    });
    expect(checkPolicyFile('{ "packs": [')).toMatchObject({
      message: { key: 'import.badJsonEnd', values: { line: '1', column: '13' } },
    });
  });

  it('says a value of another shape is not a Tabwise policy', () => {
    for (const text of ['[]', '"packs"', '{ "Packs": [] }', '{\n"format": "tabwise-backup" }']) {
      const check = checked(text);
      expect(check.shape, text).toBe('unknown');
      expect(found(check), text).toEqual(['1: unknownShape']);
    }
  });

  it('never throws, and names only lines the file has', () => {
    const pieces = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        { packs: [{ name: 'A', entries: [{ text: 1 }, 'x', { text: 'ok' }] }] },
        { name: 'B', entries: [{}] },
        { packs: { Value: [{ entries: [] }] }, defaults: { Value: { theme: 1 } } },
      ),
    );
    const shaped = fc.oneof(
      pieces,
      pieces.map((value) => ({ '3rdparty': { extensions: { [CHROME]: value, x: value } } })),
      pieces.map((value) => ({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: value } } } })),
    );
    fc.assert(
      fc.property(shaped, fc.integer({ min: 0, max: 3 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const lines = text.split('\n').length;
        for (const line of found(checked(text)).map((f) => Number.parseInt(f, 10))) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines);
        }
      }),
    );
  });
});
