// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../utils/ownEntries';
import { DEFAULT_SETTINGS, readSettings } from '../../utils/settings';
import {
  NO_POLICY,
  type PolicyProblem,
  parsePolicy,
  TEAM_SOURCE_PREFIX,
} from '../../utils/team/policy';

/** A policy with one pack of these entries. */
const onePack = (entries: unknown[], name = 'Support desk') => ({ packs: [{ name, entries }] });

/** The problems as path and message keys, the easiest to compare. */
const problemsOf = (raw: unknown) =>
  parsePolicy(raw).problems.map(({ path, kind, reasons }) => ({
    path,
    kind,
    keys: reasons.map((reason) => reason.key),
  }));

const idOf = (raw: unknown, index = 0) => parsePolicy(raw).entries[index]?.id;

describe('parsePolicy: packs', () => {
  it('reads each pack’s entries, tidied, credited to a read-only source per pack', () => {
    const policy = parsePolicy({
      packs: [
        {
          name: '  Support   desk ',
          entries: [
            { kind: 'tip', text: '  Listen   first. ', topics: ['Service', 'service'] },
            {
              text: 'Well begun is half done.',
              author: 'Aristotle',
              provenance: { work: 'Politics', year: -350, where: ' Book V ' },
            },
          ],
        },
        {
          name: 'Onboarding',
          entries: [{ text: 'Ask early.', author: 'Anon', provenance: { attributed: true } }],
        },
      ],
    });
    expect(policy.problems).toEqual([]);
    expect(policy.packs).toEqual([
      { name: 'Support desk', count: 2 },
      { name: 'Onboarding', count: 1 },
    ]);
    expect(policy.sources).toEqual([
      {
        id: `${TEAM_SOURCE_PREFIX}Support desk`,
        title: 'Support desk',
        collection: true,
        team: true,
      },
      { id: `${TEAM_SOURCE_PREFIX}Onboarding`, title: 'Onboarding', collection: true, team: true },
    ]);
    const [tip, cited, attributed] = policy.entries;
    expect(tip).toMatchObject({
      kind: 'tip',
      text: 'Listen first.',
      topics: ['service'],
      source: 'org:Support desk',
    });
    expect(tip?.author).toBeUndefined();
    expect(tip?.provenance).toBeUndefined();
    expect(cited).toMatchObject({
      kind: 'quote',
      author: 'Aristotle',
      provenance: { kind: 'cited', work: 'Politics', year: -350, where: 'Book V' },
    });
    expect(attributed?.provenance).toEqual({ kind: 'attributed' });
    expect(attributed?.source).toBe('org:Onboarding');
  });

  it('reads nothing from what is not an object, and nothing but problems from an empty one', () => {
    for (const raw of [undefined, null, 3, 'packs', [], [{ packs: [] }]]) {
      expect(parsePolicy(raw)).toEqual(NO_POLICY);
    }
    expect(parsePolicy({})).toEqual(NO_POLICY);
  });

  it('keeps a pack with no entries, so its name still shows', () => {
    expect(parsePolicy(onePack([])).packs).toEqual([{ name: 'Support desk', count: 0 }]);
  });
});

describe('parsePolicy: stable ids', () => {
  const entry = { text: 'Listen first.' };

  it('gives the same pack and text the same id, call after call and update after update', () => {
    const id = idOf(onePack([entry]));
    expect(id).toMatch(/^org-[0-9a-f]{16}$/);
    expect(idOf(onePack([entry]))).toBe(id);
    // An update that adds, removes and reorders entries leaves the others' ids alone.
    const updated = onePack([{ text: 'New one.' }, { kind: 'tip', ...entry, topics: ['calm'] }]);
    expect(idOf(updated, 1)).toBe(id);
  });

  it('ignores spacing, case and quote marks in the text, as duplicates do', () => {
    const plain = idOf(onePack([{ text: 'Don\'t panic, "ever".' }]));
    for (const text of [
      '  don\'t   PANIC,\n"ever".',
      'Don’t panic, “ever”.',
      'Don‘t panic, „ever”.',
      'Don’t panic, «ever».',
    ]) {
      expect(idOf(onePack([{ text }])), text).toBe(plain);
    }
  });

  it('tells apart the same text in two packs, and two texts in one pack', () => {
    const ids = parsePolicy({
      packs: [
        { name: 'A', entries: [{ text: 'One.' }, { text: 'Two.' }] },
        { name: 'B', entries: [{ text: 'Three.' }] },
      ],
    }).entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect(idOf(onePack([entry], 'A'))).not.toBe(idOf(onePack([entry], 'B')));
  });

  it('uses an id the policy gives, whatever the text becomes', () => {
    expect(idOf(onePack([{ id: 'welcome-1', text: 'Hello.' }]))).toBe('org-welcome-1');
    expect(idOf(onePack([{ id: 'welcome-1', text: 'Hello again.' }]))).toBe('org-welcome-1');
    expect(idOf(onePack([{ id: 'A.b_c-9', text: 'x' }]))).toBe('org-A.b_c-9');
    expect(idOf(onePack([{ id: null, text: 'Hello.' }]))).toBe(idOf(onePack([{ text: 'Hello.' }])));
  });
});

describe('parsePolicy: what it skips', () => {
  it('skips an entry whose id or text another entry has, in any pack', () => {
    const raw = {
      packs: [
        { name: 'A', entries: [{ id: 'x', text: 'One.' }, { text: 'Two.' }] },
        {
          name: 'B',
          entries: [{ id: 'x', text: 'Three.' }, { text: '  two. ' }, { text: 'Four.' }],
        },
      ],
    };
    const policy = parsePolicy(raw);
    expect(policy.entries.map((e) => e.text)).toEqual(['One.', 'Two.', 'Four.']);
    expect(policy.packs).toEqual([
      { name: 'A', count: 2 },
      { name: 'B', count: 1 },
    ]);
    expect(problemsOf(raw)).toEqual([
      { path: ['packs', 1, 'entries', 0], kind: 'entry', keys: ['team.problem.sameId'] },
      { path: ['packs', 1, 'entries', 1], kind: 'entry', keys: ['team.problem.sameText'] },
    ]);
  });

  it('calls a text repeated in one pack the same text, not the same id it derives', () => {
    expect(problemsOf(onePack([{ text: 'One.' }, { text: ' ONE. ' }]))).toEqual([
      { path: ['packs', 0, 'entries', 1], kind: 'entry', keys: ['team.problem.sameText'] },
    ]);
  });

  it('skips packs that are not a list, unnamed, listless or named twice', () => {
    expect(problemsOf({ packs: { name: 'A', entries: [] } })).toEqual([
      { path: ['packs'], kind: 'pack', keys: ['team.problem.packsNotList'] },
    ]);
    const raw = {
      packs: [
        { entries: [] },
        { name: '   ', entries: [] },
        { name: 'x'.repeat(81), entries: [] },
        'A',
        { name: 'A' },
        { name: 'A', entries: {} },
        { name: 'A', entries: [] },
        { name: ' A ', entries: [{ text: 'Lost with its pack.' }] },
      ],
    };
    expect(problemsOf(raw)).toEqual([
      { path: ['packs', 0], kind: 'pack', keys: ['team.problem.noName'] },
      { path: ['packs', 1], kind: 'pack', keys: ['team.problem.noName'] },
      { path: ['packs', 2], kind: 'pack', keys: ['team.problem.noName'] },
      { path: ['packs', 3], kind: 'pack', keys: ['team.problem.noName'] },
      { path: ['packs', 4], kind: 'pack', keys: ['team.problem.noEntries'] },
      { path: ['packs', 5], kind: 'pack', keys: ['team.problem.noEntries'] },
      { path: ['packs', 7], kind: 'pack', keys: ['team.problem.sameName'] },
    ]);
    expect(parsePolicy(raw).packs).toEqual([{ name: 'A', count: 0 }]);
    expect(parsePolicy(onePack([], 'x'.repeat(80))).problems).toEqual([]);
  });

  it('skips entries the import would refuse, with the import’s reasons', () => {
    const at = (index: number) => ['packs', 0, 'entries', index];
    const raw = onePack([
      'Just a string',
      { author: 'Nobody' },
      { text: 42 },
      { text: '   ' },
      { text: 'x'.repeat(501) },
      { text: 'Hi.', kind: 'poem' },
      { text: 'Hi.', author: 'a'.repeat(121) },
      { text: 'Hi.', topics: ['t'.repeat(41)] },
      { text: 'Hi.', topics: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] },
      { text: 'Hi.', topics: [1] },
      { text: 'Hi.', kind: 7 },
      { text: 'Hi.', author: ['A'] },
    ]);
    expect(problemsOf(raw)).toEqual(
      [
        ['import.notAnEntry'],
        ['import.noText'],
        ['import.textNotString'],
        ['draft.textEmpty'],
        ['draft.textTooLong'],
        ['draft.unknownKind'],
        ['draft.authorTooLong'],
        ['draft.topicTooLong'],
        ['draft.tooManyTopics'],
        ['import.topicsNotList'],
        ['import.kindNotString'],
        ['import.authorNotString'],
      ].map((keys, index) => ({ path: at(index), kind: 'entry', keys })),
    );
    // The limits themselves are allowed.
    const edge = onePack([
      {
        text: 'x'.repeat(500),
        author: 'a'.repeat(120),
        topics: ['1', '2', '3', '4', '5', '6', '7', 't'.repeat(40)],
      },
    ]);
    expect(parsePolicy(edge).problems).toEqual([]);
  });

  it('reads an entry by "Unknown" or "Anonyme" as one without an author, and so refuses it a provenance', () => {
    const raw = onePack([
      { text: 'Be kind.', author: 'Unknown' },
      { text: 'Sois patient.', author: 'anonyme', provenance: { attributed: true } },
    ]);
    const entries = parsePolicy(raw).entries;
    expect(entries.map((entry) => [entry.text, entry.author])).toEqual([['Be kind.', undefined]]);
    expect(problemsOf(raw)).toEqual([
      {
        path: ['packs', 0, 'entries', 1],
        kind: 'entry',
        keys: ['team.problem.provenanceWithoutAuthor'],
      },
    ]);
  });

  it('skips entries whose provenance or id cannot be read', () => {
    const raw = onePack([
      { text: 'a', author: 'A', provenance: 'Politics' },
      { text: 'b', author: 'A', provenance: { attributed: false } },
      { text: 'c', author: 'A', provenance: { work: 'W' } },
      { text: 'd', author: 'A', provenance: { work: ' ', year: 2000 } },
      { text: 'e', author: 'A', provenance: { work: 'W', year: 1999.5 } },
      { text: 'f', author: 'A', provenance: { work: 'W', year: 2000, where: 5 } },
      { text: 'g', provenance: { attributed: true } },
      { text: 'h', id: 'has space' },
      { text: 'i', id: 'x'.repeat(65) },
      { text: 'j', id: 7 },
      { text: 'k', id: '' },
    ]);
    const keys = problemsOf(raw).map((problem) => problem.keys[0]);
    expect(keys).toEqual([
      ...Array(6).fill('team.problem.badProvenance'),
      'team.problem.provenanceWithoutAuthor',
      ...Array(4).fill('team.problem.badId'),
    ]);
    expect(parsePolicy(raw).entries).toEqual([]);
  });

  it('skips defaults and locks it cannot use, and keeps the rest', () => {
    const raw = {
      defaults: { theme: 'dark', period: 'week', colour: 'red', kinds: ['tip'], showAuthor: 'no' },
      locked: ['theme', 'theme', 'nope', 3, 'onlyTeam'],
    };
    const policy = parsePolicy(raw);
    expect(policy.defaults).toEqual({ theme: 'dark', kinds: ['tip'] });
    expect(policy.locked).toEqual(['theme', 'onlyTeam']);
    expect(problemsOf(raw)).toEqual([
      { path: ['defaults', 'period'], kind: 'setting', keys: ['team.problem.badValue'] },
      { path: ['defaults', 'colour'], kind: 'setting', keys: ['team.problem.unknownSetting'] },
      { path: ['defaults', 'showAuthor'], kind: 'setting', keys: ['team.problem.badValue'] },
      { path: ['locked', 2], kind: 'setting', keys: ['team.problem.unknownSetting'] },
      { path: ['locked', 3], kind: 'setting', keys: ['team.problem.unknownSetting'] },
    ]);
    expect(parsePolicy(raw).problems[3]?.reasons[0]?.values).toEqual({ name: 'nope' });
    expect(parsePolicy(raw).problems[4]?.reasons[0]?.values).toEqual({ name: '3' });
    expect(problemsOf({ defaults: ['theme'], locked: 'theme' })).toEqual([
      { path: ['defaults'], kind: 'setting', keys: ['team.problem.notObject'] },
      { path: ['locked'], kind: 'setting', keys: ['team.problem.lockedNotList'] },
    ]);
  });
});

describe('readSettings under a policy', () => {
  const policy = parsePolicy({
    defaults: { theme: 'dark', period: 'day', showTopics: false },
    locked: ['period', 'font'],
  });

  it('uses a default only for a setting the user has not stored', () => {
    expect(readSettings(undefined, policy)).toMatchObject({ theme: 'dark', showTopics: false });
    const settings = readSettings({ v: 2, theme: 'light' }, policy);
    expect(settings.theme).toBe('light');
    expect(settings.showTopics).toBe(false);
    // A stored value the setting does not take falls back to the organisation's default.
    expect(readSettings({ v: 2, theme: 'neon' }, policy).theme).toBe('dark');
  });

  it('gives a locked setting the policy’s value, else ours, over the user’s', () => {
    const settings = readSettings(
      { v: 2, period: 'hour', font: 'sans', textSize: 'large' },
      policy,
    );
    expect(settings.period).toBe('day');
    expect(settings.font).toBe(DEFAULT_SETTINGS.font);
    expect(settings.textSize).toBe('large');
  });
});

// ---------------------------------------------------------------------------
// Properties

const entryLike = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/), fc.jsonValue()),
    kind: fc.oneof(fc.constantFrom('quote', 'tip', ' Tip ', 'poem'), fc.jsonValue()),
    text: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('Same.', ' same. '),
      fc.jsonValue(),
    ),
    author: fc.oneof(fc.string({ maxLength: 10 }), fc.jsonValue()),
    topics: fc.oneof(fc.array(fc.string({ maxLength: 6 }), { maxLength: 10 }), fc.jsonValue()),
    provenance: fc.oneof(
      fc.constant({ attributed: true }),
      fc.record({ work: fc.string(), year: fc.integer() }),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

const policyLike = fc.record(
  {
    packs: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              name: fc.oneof(fc.constantFrom('A', 'B', ' A '), fc.string(), fc.jsonValue()),
              entries: fc.oneof(
                fc.array(fc.oneof(entryLike, fc.jsonValue()), { maxLength: 6 }),
                fc.jsonValue(),
              ),
            },
            { requiredKeys: [] },
          ),
          fc.jsonValue(),
        ),
        { maxLength: 4 },
      ),
      fc.jsonValue(),
    ),
    defaults: fc.oneof(
      fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), 'other'), fc.jsonValue()),
      fc.jsonValue(),
    ),
    locked: fc.oneof(
      fc.array(fc.oneof(fc.constantFrom('theme', 'font', 'x'), fc.jsonValue())),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

/** Entries in the packs parsePolicy did not skip as a whole: the entries given. */
function entriesGiven(raw: unknown, problems: readonly PolicyProblem[]): number {
  if (typeof raw !== 'object' || raw === null || !('packs' in raw) || !Array.isArray(raw.packs))
    return 0;
  const skipped = new Set(problems.filter((p) => p.kind === 'pack').map((p) => p.path[1]));
  return raw.packs.reduce(
    (sum: number, pack: { entries?: unknown }, at: number) =>
      skipped.has(at) || !Array.isArray(pack.entries) ? sum : sum + pack.entries.length,
    0,
  );
}

describe('parsePolicy: properties', () => {
  it('never throws, whatever value it is handed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), policyLike), (raw) => {
        parsePolicy(raw);
      }),
    );
  });

  it('uses only entries that pass checkDraft, each with an id of its own', () => {
    fc.assert(
      fc.property(policyLike, (raw) => {
        const { entries } = parsePolicy(raw);
        for (const { kind, text, author, topics } of entries) {
          const checked = checkDraft({ kind, text, author, topics });
          expect(checked.ok).toBe(true);
          if (checked.ok)
            expect(checked.draft).toEqual({ kind, text, ...(author && { author }), topics });
        }
        expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      }),
    );
  });

  it('accounts for every entry given: in use, or skipped with a reason', () => {
    fc.assert(
      fc.property(policyLike, (raw) => {
        const { entries, packs, problems } = parsePolicy(raw);
        const skipped = problems.filter((p) => p.kind === 'entry');
        expect(entries.length + skipped.length).toBe(entriesGiven(raw, problems));
        expect(packs.reduce((sum, pack) => sum + pack.count, 0)).toBe(entries.length);
        for (const problem of problems) expect(problem.reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});
