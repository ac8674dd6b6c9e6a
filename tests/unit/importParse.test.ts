import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { say } from '../../components/translate';
import { authorNames } from '../../utils/authorSpelling';
import type { Entry } from '../../utils/entry';
import {
  BACKUP_FORMAT,
  type Backup,
  backupJson,
  PACK_FORMAT,
  packCsv,
  packJson,
} from '../../utils/exportFormat';
import {
  DUPLICATE_REASON,
  EXCERPT_LENGTH,
  type ImportPreview,
  MAX_IMPORT_BYTES,
  parseImport,
  UNEXPECTED_FAILURE,
} from '../../utils/importParse';
import {
  type CleanDraft,
  checkDraft,
  duplicateKey,
  type EntryDraft,
  toEntry,
} from '../../utils/ownEntries';
import { topicNames } from '../../utils/topicSpelling';
import { entriesOf, linesAndReasons, messageOf, NONE, parse, quote, readable } from './importCases';

describe('parseImport: detecting the format', () => {
  it('refuses an empty or blank file', () => {
    expect(messageOf('')).toMatch(/empty/);
    expect(messageOf(' \n\r\n\t')).toMatch(/empty/);
    expect(messageOf('\uFEFF\n')).toMatch(/empty/);
  });

  it('refuses a file that is not text', () => {
    expect(messageOf('\u0000h\u0000i')).toMatch(/not text/);
  });

  it('refuses a spreadsheet workbook by name, saying to save it as CSV', () => {
    const zip = 'PK\u0003\u0004\u0014\u0000\u0006\u0000';
    for (const fileName of ['tips.xlsx', 'TIPS.XLS', 'tips.ods', 'tips.numbers']) {
      const preview = parseImport(zip, { existing: new Set(), fileName });
      expect(preview.kind === 'invalid' && say(preview.message)).toMatch(
        /^This is a spreadsheet workbook .* save it as “CSV UTF-8” \(or CSV\), then import that file\.$/,
      );
    }
    const named = parseImport(zip, { existing: new Set(), fileName: 'tips.xlsx.txt' });
    expect(named.kind === 'invalid' && say(named.message)).toMatch(/not text/);
  });

  it('reads JSON when the file starts with { or [, after a BOM and spaces', () => {
    expect(entriesOf('\uFEFF \n [{"text": "Hi"}]')).toMatchObject({ format: 'json' });
  });

  it('reads CSV when the first non-empty line has a text column', () => {
    expect(entriesOf('\n\nText\nHi')).toMatchObject({ format: 'csv', accepted: [quote('Hi')] });
  });

  it('reads plain text otherwise', () => {
    expect(entriesOf('words, more words\nHi')).toMatchObject({ format: 'text' });
  });

  it('exports the size limit for the caller to check', () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });
});

/** Known topics: these, and the built-in "patience" by its German name. */
const knownAs = (...topics: string[]) =>
  topicNames(['patience', ...topics], [['Geduld', 'patience']]);

describe('parseImport: new topics', () => {
  it('names the topics no entry has yet, once each, in the order they come', () => {
    const input = 'text,topics\nA.,calm;custmer\nB.,vip;custmer\nC.,service';
    const preview = parseImport(input, { existing: NONE, knownTopics: knownAs('calm', 'service') });
    expect(preview).toMatchObject({ kind: 'entries', newTopics: ['custmer', 'vip'] });
    const known2 = knownAs('calm', 'service', 'custmer', 'vip');
    expect(parseImport(input, { existing: NONE, knownTopics: known2 })).not.toHaveProperty(
      'newTopics',
    );
  });

  it('reads a cell of topics written with commas, as a spreadsheet user writes a list', () => {
    const preview = parseImport('text,topics\nA.,"calm, vip"\nB.,calm;service', {
      existing: NONE,
      knownTopics: knownAs('calm', 'service'),
    });
    expect(preview).toMatchObject({
      kind: 'entries',
      accepted: [{ topics: ['calm', 'vip'] }, { topics: ['calm', 'service'] }],
      newTopics: ['vip'],
    });
  });

  it('splits a cell holding ";" or "|" there only, so a topic may hold a comma', () => {
    const preview = parseImport(
      'text,topics\nA.,"calm, always;vip"\nB.,"calm, always;"\nC.,"a | b, c"',
      {
        existing: NONE,
      },
    );
    expect(preview).toMatchObject({
      accepted: [
        { topics: ['calm, always', 'vip'] },
        { topics: ['calm, always'] },
        { topics: ['a', 'b, c'] },
      ],
    });
  });

  it('leaves out the topics of skipped lines', () => {
    const preview = parseImport('text,topics\n,typo\nA.,calm', {
      existing: NONE,
      knownTopics: knownAs('calm'),
    });
    expect(preview).not.toHaveProperty('newTopics');
  });

  it('spells topics as the known ones, and a new one as it first comes, whatever the case', () => {
    const input = 'text,topics\nA.,Billing;VIP\nB.,vip;geduld\nC.,BILLING;Vip';
    const preview = parseImport(input, { existing: NONE, knownTopics: knownAs('billing') });
    expect(preview).toMatchObject({
      kind: 'entries',
      accepted: [
        { text: 'A.', topics: ['billing', 'VIP'] },
        { text: 'B.', topics: ['VIP', 'patience'] },
        { text: 'C.', topics: ['billing', 'VIP'] },
      ],
      newTopics: ['VIP'],
    });
  });
});

describe('parseImport: known authors', () => {
  it('spells authors as the known ones, and a new one as it first comes', () => {
    const input =
      'mark twain: no.\t mark twain \nAnn.\tANN LEE\nLee.\tAnn Lee\nNone.\t\nNobody.\tAnonyme';
    const knownAuthors = authorNames(['Mark Twain']);
    const preview = parseImport(input, { existing: NONE, knownAuthors });
    expect(preview.kind === 'entries' && preview.accepted).toEqual([
      quote('mark twain: no.', 'Mark Twain'),
      quote('Ann.', 'ANN LEE'),
      quote('Lee.', 'ANN LEE'),
      quote('None.'),
      quote('Nobody.'),
    ]);
  });
});

describe('parseImport: duplicates', () => {
  it('skips entries the user has, ignoring case, spacing and curly quotes', () => {
    const existing = new Set([duplicateKey('Don’t  panic.')]);
    const preview = entriesOf('[{"text": "don\'t panic."}, {"text": "Keep calm."}]', existing);
    expect(preview.accepted).toEqual([quote('Keep calm.')]);
    expect(linesAndReasons(preview.rejected)).toEqual([[1, say(DUPLICATE_REASON)]]);
  });

  it('says a built-in entry is already there, not that it came earlier in the file', () => {
    const builtIn = new Set([duplicateKey('Patience and shuffle the cards.')]);
    const preview = entriesOf('Listen.\nPatience and shuffle the cards.', builtIn);
    expect(readable(preview.rejected)).toEqual([
      {
        line: 2,
        reason: 'Already among your entries or the built-in ones.',
        excerpt: 'Patience and shuffle the cards.',
      },
    ]);
  });

  it('skips an entry given twice in the same file, keeping the first', () => {
    const preview = entriesOf('Keep calm. — Ann\nKEEP   CALM. — Bob');
    expect(preview.accepted).toEqual([quote('Keep calm.', 'Ann')]);
    expect(linesAndReasons(preview.rejected)).toEqual([[2, 'Same text as line 1 of this file.']]);
  });

  it('does not count a rejected entry as seen', () => {
    const preview = entriesOf('kind,text\npoem,Hi\nquote,Hi');
    expect(preview.accepted).toEqual([quote('Hi')]);
    expect(preview.rejected.map((r) => r.line)).toEqual([2]);
  });
});

// ---------------------------------------------------------------------------
// Properties

/**
 * Any code point, lone surrogates included. (fast-check 4 has no
 * fullUnicodeString, and its 'binary' unit takes a second to set up.)
 */
const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const unicodeString = (maxLength: number) =>
  fc.string({ unit: fc.oneof(anyChar, fc.string({ minLength: 1, maxLength: 1 })), maxLength });

/** Text pieces that stress every format: separators, quotes, line breaks, dashes. */
const TRICKY = [',', '"', '""', '\n', '\r\n', '\r', ' — ', ' - ', '-', '“', '”', ';', '|', '\t'];
const trickyText = (maxPieces: number) =>
  fc
    .array(fc.oneof(unicodeString(6), fc.constantFrom(...TRICKY, '😀', 'é', '{', '[')), {
      maxLength: maxPieces,
    })
    .map((pieces) => pieces.join(''))
    // A NUL marks a file as binary; entries never hold one.
    .filter((text) => !text.includes('\0'));

/** Drafts as a user might type them (spaces not yet collapsed) that pass checkDraft. */
const rawDraft: fc.Arbitrary<EntryDraft> = fc
  .record({
    kind: fc.constantFrom('quote', 'tip'),
    text: trickyText(12),
    author: fc.option(trickyText(4), { nil: undefined }),
    // ";" and "|" separate topics wherever they are stored, so a topic cannot hold one; a comma it may.
    topics: fc.array(
      trickyText(3).filter((t) => !/[;|]/.test(t)),
      { maxLength: 4 },
    ),
  })
  .filter((draft) => checkDraft(draft).ok);

const uniqueDrafts = fc.uniqueArray(rawDraft, {
  selector: (draft) => duplicateKey(draft.text),
  maxLength: 8,
});

const cleaned = (draft: EntryDraft): CleanDraft => {
  const checked = checkDraft(draft);
  if (!checked.ok) throw new Error('generated drafts pass checkDraft');
  return checked.draft;
};

/** Entries exactly as given, spaces and line breaks included, to stress the writers. */
const asEntries = (drafts: readonly EntryDraft[]): Entry[] =>
  drafts.map((draft, i) => ({ ...draft, id: `u-${i}`, source: 'own' }) as Entry);

const lineCount = (input: string) => input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;

/** What must hold for the preview of any input whatsoever. */
function expectSound(input: string, preview: ImportPreview, existing: ReadonlySet<string>) {
  if (preview.kind === 'invalid') {
    expect(preview.message).not.toEqual(UNEXPECTED_FAILURE);
    expect(say(preview.message).length).toBeGreaterThan(0);
    return;
  }
  for (const { line, reason, excerpt } of readable(preview.rejected)) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lineCount(input));
    expect(reason.length).toBeGreaterThan(0);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
  }
  if (preview.kind === 'entries') {
    const keys = preview.accepted.map((draft) => duplicateKey(draft.text));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((key) => existing.has(key))).toBe(false);
    for (const draft of preview.accepted) expect(cleaned(draft)).toEqual(draft);
  }
}

describe('parseImport: properties', () => {
  it('reads back what packJson and packCsv write, in order, with either separator', () => {
    fc.assert(
      fc.property(uniqueDrafts, (drafts) => {
        const expected = drafts.map(cleaned);
        const entries = asEntries(drafts);
        for (const [format, text] of [
          ['json', packJson(entries)],
          ['csv', packCsv(entries)],
          ['csv', packCsv(entries, ';')],
        ] as const) {
          // Generated text may hold U+FFFD or control characters: a warning may come too.
          expect(parse(text)).toEqual(
            expect.objectContaining({ kind: 'entries', format, accepted: expected, rejected: [] }),
          );
        }
      }),
    );
  });

  it('reads back what backupJson writes, ids included', () => {
    const settings = fc.dictionary(
      fc.string(),
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string())),
      { noNullPrototype: true },
    );
    const backup = fc.record({
      settings,
      pins: fc.array(fc.string()),
      drafts: uniqueDrafts,
      time: fc.date({ noInvalidDate: true }),
    });
    fc.assert(
      fc.property(backup, ({ settings, pins, drafts, time }) => {
        const entries = drafts.map((draft, i) =>
          toEntry(`u-${i}-${draft.text.length}`, cleaned(draft)),
        );
        const expected: Backup = {
          format: BACKUP_FORMAT,
          version: 1,
          exportedAt: time.toISOString(),
          settings,
          pins,
          hidden: pins,
          entries,
        };
        const preview = parse(backupJson({ settings, pins, hidden: pins, entries }, time));
        expect(preview).toEqual(
          expect.objectContaining({ kind: 'backup', backup: expected, rejected: [] }),
        );
      }),
    );
  });

  const existing = new Set([duplicateKey('a'), duplicateKey('Be kind.')]);
  const check = (input: string) => expectSound(input, parseImport(input, { existing }), existing);

  it('never throws on arbitrary strings, and every rejection has a line and a reason', () => {
    fc.assert(fc.property(fc.string(), check));
    fc.assert(fc.property(unicodeString(200), check));
  });

  it('never throws on arbitrary bytes decoded as UTF-8', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check(decoder.decode(bytes))),
    );
  });

  it('never throws on inputs made of the pieces each format is built from', () => {
    const pieces = fc.constantFrom(
      ...TRICKY,
      '{',
      '}',
      '[',
      ']',
      ':',
      '\\',
      ' ',
      '\uFEFF',
      'text',
      'Text,author,kind,topics\n',
      'tip',
      'poem',
      '"text":',
      '"kind":',
      '"id":',
      '"format":"tabwise-pack",',
      '"format":"tabwise-backup",',
      '"version":',
      '"entries":[',
      '"settings":{},',
      '"pins":[',
      '1',
      '2',
      'null',
      'a',
      'Be kind.',
    );
    const soup = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(soup, check));
  });

  it('points at where broken JSON breaks, where the engine does when it tells', () => {
    const part = fc.constantFrom(
      ...['{', '}', '[', ']', ':', ',', '"', '\\', ' ', '\n', '\r\n', '\t', 'a', '😀'],
      ...['0', '1', '-', '.', 'e', '+', 'true', 'nul', '"k"', '"x":', '\\u12', '\\u1234', '\\n'],
    );
    const jsonish = fc
      .tuple(fc.constantFrom('[', '{'), fc.array(part, { maxLength: 30 }))
      .map(([open, parts]) => open + parts.join(''));
    fc.assert(
      fc.property(jsonish, (text) => {
        let engine = '';
        try {
          JSON.parse(text);
          return;
        } catch (error) {
          engine = String(error);
        }
        const at = /at line (\d+), column (\d+)\.$/.exec(messageOf(text));
        expect(at).not.toBeNull();
        const position = /position (\d+)/.exec(engine);
        if (!position) return;
        const lines = text.slice(0, Number(position[1])).split(/\r\n|\r|\n/);
        expect([Number(at?.[1]), Number(at?.[2])]).toEqual([
          lines.length,
          (lines[lines.length - 1] ?? '').length + 1,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on JSON of any shape, ours or not', () => {
    const entryLike = fc.record(
      {
        id: fc.oneof(fc.string(), fc.jsonValue()),
        kind: fc.oneof(fc.constantFrom('quote', 'tip', '', 'poem'), fc.jsonValue()),
        text: fc.oneof(trickyText(6), fc.jsonValue()),
        author: fc.oneof(fc.string(), fc.jsonValue()),
        topics: fc.oneof(fc.array(fc.string()), fc.string(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const file = fc.record(
      {
        format: fc.oneof(fc.constantFrom(PACK_FORMAT, BACKUP_FORMAT), fc.jsonValue()),
        version: fc.oneof(fc.constantFrom(1, 2, 0.5, '1'), fc.jsonValue()),
        exportedAt: fc.jsonValue(),
        settings: fc.jsonValue(),
        pins: fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue()),
        entries: fc.oneof(fc.array(fc.oneof(entryLike, fc.jsonValue())), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const json = fc
      .tuple(fc.oneof(file, fc.array(entryLike)), fc.constantFrom(undefined, 0, 2, '\r\n'))
      .map(([value, space]) => JSON.stringify(value, null, space));
    fc.assert(fc.property(json, check));
  });
});

describe('a file that looks binary or in another encoding', () => {
  it('warns how many lines look garbled, and still previews what it could read', () => {
    // Latin-1 "café" read as UTF-8 gives U+FFFD; a stray control byte is another tell.
    const preview = entriesOf(
      'Caf\uFFFD au lait \u2014 Ann\nClean line \u2014 Bo\nOdd\u0007 bell \u2014 Cy',
    );
    expect(preview.garbledLines).toBe(2);
    expect(preview.accepted).toHaveLength(3);
  });

  it('says nothing about a clean file, tabs and line ends included', () => {
    expect(entriesOf('text,author\r\nOne\tline,Ann\r\n').garbledLines).toBeUndefined();
  });
});
