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
  type ImportRejection,
  MAX_IMPORT_BYTES,
  parseImport,
  UNEXPECTED_FAILURE,
} from '../../utils/importParse';
import {
  type CleanDraft,
  checkDraft,
  duplicateKey,
  type EntryDraft,
  MAX_TEXT_LENGTH,
  toEntry,
} from '../../utils/ownEntries';
import { topicNames } from '../../utils/topicSpelling';

const NONE = new Set<string>();
const parse = (input: string, existing: ReadonlySet<string> = NONE) =>
  parseImport(input, { existing });

/** The preview of an input that must read as entries. */
function entriesOf(input: string, existing: ReadonlySet<string> = NONE) {
  const preview = parse(input, existing);
  if (preview.kind !== 'entries')
    throw new Error(`Expected entries, got ${JSON.stringify(preview)}`);
  return preview;
}

function backupOf(input: string) {
  const preview = parse(input);
  if (preview.kind !== 'backup')
    throw new Error(`Expected a backup, got ${JSON.stringify(preview)}`);
  return preview;
}

function messageOf(input: string): string {
  const preview = parse(input);
  if (preview.kind !== 'invalid')
    throw new Error(`Expected invalid, got ${JSON.stringify(preview)}`);
  return say(preview.message);
}

/** Rejections with their reasons in English, as the options page shows them. */
const readable = (rejected: readonly ImportRejection[]) =>
  rejected.map(({ reasons, ...rest }) => ({ ...rest, reason: reasons.map(say).join(' ') }));

const linesAndReasons = (rejected: readonly ImportRejection[]) =>
  readable(rejected).map(({ line, reason }) => [line, reason]);

const quote = (text: string, author?: string, topics: string[] = []): CleanDraft => ({
  kind: 'quote',
  text,
  ...(author && { author }),
  topics,
});

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

describe('parseImport: JSON', () => {
  it('reads a pack', () => {
    const input = JSON.stringify({
      format: PACK_FORMAT,
      version: 1,
      entries: [
        { kind: 'tip', text: 'Listen  first.', topics: ['Calm', 'calm'] },
        { kind: 'quote', text: 'Be kind.', author: 'Anon', topics: [] },
      ],
    });
    expect(entriesOf(input)).toEqual({
      kind: 'entries',
      format: 'json',
      accepted: [
        { kind: 'tip', text: 'Listen first.', topics: ['calm'] },
        quote('Be kind.', 'Anon'),
      ],
      rejected: [],
    });
  });

  it('reads a pack without a version as version 1', () => {
    const input = JSON.stringify({ format: PACK_FORMAT, entries: [{ text: 'Hi' }] });
    expect(entriesOf(input).accepted).toEqual([quote('Hi')]);
  });

  it('reads a bare list of entry-like objects: kind defaults to quote, topics may be a string', () => {
    const input = JSON.stringify([
      { text: 'One', author: null, topics: 'Work; life | calm' },
      { text: 'Two', kind: '', author: 'Ann', id: 'ignored', extra: true },
    ]);
    expect(entriesOf(input).accepted).toEqual([
      quote('One', undefined, ['Work', 'life', 'calm']),
      quote('Two', 'Ann'),
    ]);
  });

  it('reads a bare list as quote collections give it: strings, "quote" or "content", "tags"', () => {
    const input = JSON.stringify([
      'Just words.',
      { id: 1, quote: 'Be brief.', author: 'Ann' },
      { _id: 'x', content: 'Be kind.', author: 'Bo', tags: ['Famous Quotes', 'calm'] },
      { text: 'Ours wins.', quote: 'Not this.', topics: ['work'], tags: ['not these'] },
    ]);
    expect(entriesOf(input)).toMatchObject({
      accepted: [
        quote('Just words.'),
        quote('Be brief.', 'Ann'),
        quote('Be kind.', 'Bo', ['Famous Quotes', 'calm']),
        quote('Ours wins.', undefined, ['work']),
      ],
      rejected: [],
    });
  });

  it('reads the one list of entries in an object, as quote APIs wrap it, with its lines', () => {
    const input = [
      '{',
      '  "total": 3,',
      '  "quotes": [',
      '    {"id": 1, "quote": "Be brief.", "author": "Ann"},',
      '    {"id": 2, "author": "No words"},',
      '    {"id": 3, "content": "Be kind.", "tags": ["calm"]}',
      '  ],',
      '  "skip": 0',
      '}',
    ].join('\n');
    const preview = entriesOf(input);
    expect(preview.accepted).toEqual([
      quote('Be brief.', 'Ann'),
      quote('Be kind.', undefined, ['calm']),
    ]);
    expect(linesAndReasons(preview.rejected)).toEqual([[5, 'The entry has no "text".']]);
    expect(entriesOf(JSON.stringify({ results: ['Just words.'] })).accepted).toEqual([
      quote('Just words.'),
    ]);
  });

  it('reads field names in any case, as some collections capitalise them', () => {
    const input = JSON.stringify([
      { Quote: 'Be brief.', Author: 'Ann', Tags: ['work', 'life'] },
      { TEXT: 'Be kind.', text: 'Ours wins.' },
    ]);
    expect(entriesOf(input).accepted).toEqual([
      quote('Be brief.', 'Ann', ['work', 'life']),
      quote('Ours wins.'),
    ]);
  });

  it('reads the field names a CSV header may have, in French, Spanish or German too', () => {
    const input = JSON.stringify([
      { texto: 'Escucha primero.', autor: 'Ana', temas: ['calma'] },
      { Texte: 'Écoutez d’abord.', Auteur: 'Bo', Thèmes: 'calme; écoute' },
      { Zitat: 'Erst zuhören.', Autorin: 'Cy' },
    ]);
    expect(entriesOf(input).accepted).toEqual([
      quote('Escucha primero.', 'Ana', ['calma']),
      quote('Écoutez d’abord.', 'Bo', ['calme', 'écoute']),
      quote('Erst zuhören.', 'Cy'),
    ]);
  });

  it('reads the field names of ZenQuotes ("q", "a") and Forismatic ("quoteText", "quoteAuthor")', () => {
    const input = JSON.stringify([
      { q: 'Be brief.', a: 'Ann', c: '9', h: '<blockquote>&ldquo;Be brief.&rdquo;</blockquote>' },
      { quoteText: 'Be kind.', quoteAuthor: 'Bo', quoteLink: 'http://example.com/q' },
      { q: 'Not this.', text: 'Ours wins.', a: 'Not this one', author: 'Cy' },
    ]);
    expect(entriesOf(input).accepted).toEqual([
      quote('Be brief.', 'Ann'),
      quote('Be kind.', 'Bo'),
      quote('Ours wins.', 'Cy'),
    ]);
  });

  it('credits a book’s highlights to the author it names, but not a note of the reader’s (Bookcision)', () => {
    const input = JSON.stringify({
      asin: 'B000TEST01',
      title: 'Meditations',
      authors: 'Marcus Aurelius',
      highlights: [
        { text: 'You have power over your mind.', isNoteOnly: false, note: null },
        { text: 'Reread before work.', isNoteOnly: true, note: null },
        { text: 'Not his.', author: 'Epictetus', isNoteOnly: false },
        'Waste no more time.',
      ],
    });
    expect(entriesOf(input).accepted).toEqual([
      quote('You have power over your mind.', 'Marcus Aurelius'),
      quote('Reread before work.'),
      quote('Not his.', 'Epictetus'),
      quote('Waste no more time.', 'Marcus Aurelius'),
    ]);
  });

  it('reads the own quotes in Bonjourr’s settings file, the author before the first comma', () => {
    const settings = {
      about: { browser: 'chrome', version: '21.1.0' },
      lang: 'fr',
      quotes: {
        on: true,
        type: 'user',
        frequency: 'day',
        userlist: 'Ann Lee, Be kind, always.\n\nBo,Listen first.\nNo comma here',
      },
    };
    const preview = entriesOf(JSON.stringify(settings, null, 2));
    expect(preview.accepted).toEqual([
      quote('Be kind, always.', 'Ann Lee'),
      quote('Listen first.', 'Bo'),
    ]);
    // Every row is on the line of the list in the file.
    expect(linesAndReasons(preview.rejected)).toEqual([[11, 'The text is empty.']]);
  });

  it('reads Bonjourr’s quotes as versions before 1.19 kept them, [author, words] pairs', () => {
    const old = {
      quotes: {
        type: 'user',
        userlist: [
          ['Ann', 'Be kind.'],
          ['Bo', 'Stay, calm.'],
        ],
      },
    };
    expect(entriesOf(JSON.stringify(old)).accepted).toEqual([
      quote('Be kind.', 'Ann'),
      quote('Stay, calm.', 'Bo'),
    ]);
  });

  it('reads the own quotes in Mue’s settings file, JSON text in its saved localStorage', () => {
    const quotes = [
      { quote: 'Be kind.', author: 'Ann Lee' },
      { quote: '', author: '' },
      { quote: 'Listen first.', author: '' },
    ];
    const settings = { quoteType: 'custom', customQuote: JSON.stringify(quotes), language: 'fr' };
    expect(entriesOf(JSON.stringify(settings)).accepted).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Listen first.'),
    ]);
    // Before, Mue kept one quote, its author apart.
    const old = { customQuote: 'Stay calm.', customQuoteAuthor: 'Bo' };
    expect(entriesOf(JSON.stringify(old)).accepted).toEqual([quote('Stay calm.', 'Bo')]);
  });

  it('reads no list from an object with none, or with two, that look like entries', () => {
    const unknown = /not a Tabwise pack or backup, nor a list of entries/;
    expect(messageOf(JSON.stringify({ total: 2, ids: [1, 2] }))).toMatch(unknown);
    expect(messageOf(JSON.stringify({ quotes: [], total: 0 }))).toMatch(unknown);
    expect(messageOf(JSON.stringify({ mine: ['One.'], theirs: [{ text: 'Two.' }] }))).toMatch(
      unknown,
    );
  });

  it('rejects each bad element with its reason and the line it starts on', () => {
    const input = [
      '[',
      '  {"text": "Fine"},',
      '  42,',
      '  {"author": "No text"},',
      '  {"text": 7},',
      '  {"text": "x", "author": 1},',
      '  {"text": "x", "topics": [1]},',
      '  {"text": "x", "kind": 2},',
      '  {"text": "x", "kind": "poem"},',
      '  {"text": "   "},',
      `  {"text": "${'a'.repeat(MAX_TEXT_LENGTH + 1)}"},`,
      '  {',
      '    "text": "FINE"',
      '  }',
      ']',
    ].join('\n');
    const preview = entriesOf(input);
    expect(preview.accepted).toEqual([quote('Fine')]);
    expect(linesAndReasons(preview.rejected)).toEqual([
      [3, 'Not an entry: expected an object with a "text".'],
      [4, 'The entry has no "text".'],
      [5, 'The text is not a string.'],
      [6, 'The author is not a string.'],
      [7, 'The topics are not a list of words.'],
      [8, 'The kind is not a string.'],
      [9, 'Unknown kind "poem": use quote or tip.'],
      [10, 'The text is empty.'],
      [11, `The text is too long: ${MAX_TEXT_LENGTH + 1} characters, at most ${MAX_TEXT_LENGTH}.`],
      [12, 'Same text as line 2 of this file.'],
    ]);
    expect(preview.rejected[0]?.excerpt).toBe('42');
    expect(preview.rejected[8]?.excerpt).toBe(`{"text": "${'a'.repeat(EXCERPT_LENGTH - 11)}…`);
    expect(preview.rejected[9]?.excerpt).toBe('{ "text": "FINE" }');
  });

  it('finds element lines past strings holding brackets, braces and escaped quotes', () => {
    const input = '{"format": "tabwise-pack", "entries": [\n{"text": "a ] } [ {\\" \\\\"},\n\n{}]}';
    expect(linesAndReasons(entriesOf(input).rejected)).toEqual([[4, 'The entry has no "text".']]);
  });

  it('uses the last "entries" member, as JSON.parse does', () => {
    const input = '{"format": "tabwise-pack",\n"entries": [1],\n"entries": [\n2]}';
    expect(entriesOf(input).rejected.map((r) => r.line)).toEqual([4]);
  });

  it('counts CRLF and lone CR line ends as one line each', () => {
    const input = '[\r\n1,\r\n2,\r3]';
    expect(entriesOf(input).rejected.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('says where broken JSON breaks, whatever the engine tells', () => {
    const cases = [
      [
        '{\n  "format": "tabwise-pack",\n  "entries": [,]\n}',
        'unexpected character "," at line 3, column 15',
      ],
      ['[\r\n  {"text": "Hi",}\r\n]', 'unexpected character "}" at line 2, column 17'],
      ['[{"text": "Hi"}', 'it ends too early at line 1, column 16'],
      ['[{"text": "a\tb"}]', 'unexpected character "\\t" at line 1, column 13'],
      ['[{"text": "\\x"}]', 'unexpected character "x" at line 1, column 13'],
      ['[01]', 'unexpected character "1" at line 1, column 3'],
      ['[nul]', 'unexpected character "]" at line 1, column 5'],
      ['[1.e5]', 'unexpected character "e" at line 1, column 4'],
      ['["\\u12G4"]', 'unexpected character "G" at line 1, column 7'],
      ['{"a" 1}', 'unexpected character "1" at line 1, column 6'],
      ['{} x', 'unexpected character "x" at line 1, column 4'],
      ['[1 2]', 'unexpected character "2" at line 1, column 4'],
      ['[1}', 'unexpected character "}" at line 1, column 3'],
      ['{"a":1]', 'unexpected character "]" at line 1, column 7'],
      ['[😀]', 'unexpected character "😀" at line 1, column 2'],
      ['\n\n  [', 'it ends too early at line 3, column 4'],
    ];
    for (const [input, where] of cases) {
      expect(messageOf(input ?? '')).toBe(`This file is not valid JSON: ${where}.`);
    }
  });

  it('reads deeply nested JSON without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000 - 1)}`;
    expect(messageOf(deep)).toBe(
      'This file is not valid JSON: it ends too early at line 1, column 400000.',
    );
    const valid = entriesOf(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(readable(valid.rejected).map((r) => r.reason)).toEqual([
      'Not an entry: expected an object with a "text".',
    ]);
  });

  it('refuses JSON of another shape', () => {
    expect(messageOf('{"entries": []}')).toMatch(/not a Tabwise pack or backup/);
    expect(messageOf('{"format": "other", "entries": []}')).toMatch(/not a Tabwise pack/);
    expect(messageOf('{"format": "tabwise-pack", "entries": {}}')).toMatch(/no list of entries/);
    expect(messageOf('{"format": "tabwise-pack", "version": "1", "entries": []}')).toMatch(
      /version this one cannot read/,
    );
  });

  it('refuses a pack or backup made by a newer version', () => {
    for (const format of [PACK_FORMAT, BACKUP_FORMAT]) {
      const input = JSON.stringify({ format, version: 2, entries: [] });
      expect(messageOf(input)).toMatch(/made by a newer version of Tabwise/);
    }
  });
});

describe('parseImport: a CSV file without its header', () => {
  it('is read as plain text, flagged, when the file is named as a CSV or TSV', () => {
    for (const fileName of ['a.csv', 'B.TSV']) {
      expect(parseImport('Be kind.,Ann', { existing: NONE, fileName })).toMatchObject({
        format: 'text',
        noHeader: true,
      });
    }
    expect(parseImport('Be kind.,Ann', { existing: NONE, fileName: 'a.txt' })).not.toHaveProperty(
      'noHeader',
    );
    expect(parseImport('text\nBe kind.', { existing: NONE, fileName: 'a.csv' })).not.toHaveProperty(
      'noHeader',
    );
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

describe('parseImport: backups', () => {
  const settings = { v: 2, theme: 'dark', newerField: { kept: true } };
  const entries: Entry[] = [
    toEntry('u-1', quote('Be kind.', 'Anon', ['kindness'])),
    toEntry('u-2', { kind: 'tip', text: 'Listen first.', topics: [] }),
  ];
  const now = new Date('2025-01-02T03:04:05.000Z');

  it('round-trips backupJson exactly', () => {
    const preview = backupOf(
      backupJson({ settings, pins: ['u-2', 't-9'], hidden: ['q-1'], entries }, now),
    );
    expect(preview).toEqual({
      kind: 'backup',
      backup: {
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: '2025-01-02T03:04:05.000Z',
        settings,
        pins: ['u-2', 't-9'],
        hidden: ['q-1'],
        entries,
      },
      rejected: [],
    });
  });

  it('does not compare entries with the ones the user has: restoring replaces them', () => {
    const existing = new Set(entries.map((e) => duplicateKey(e.text)));
    const input = backupJson({ settings, pins: [], hidden: [], entries }, now);
    const preview = parseImport(input, { existing });
    expect(preview.kind === 'backup' && preview.backup.entries).toEqual(entries);
  });

  it('rejects entries without an id, with a repeated id or that fail the checks', () => {
    const input = JSON.stringify(
      {
        format: BACKUP_FORMAT,
        version: 1,
        settings: {},
        pins: ['u-1', 5, null, 'u-2'],
        entries: [
          { id: 'u-1', kind: 'quote', text: 'One', topics: [] },
          { kind: 'quote', text: 'Two', topics: [] },
          { id: 'u-1', kind: 'quote', text: 'Three', topics: [] },
          { id: 'u-4', kind: 'poem', text: '', topics: [] },
        ],
      },
      null,
      2,
    );
    const preview = backupOf(input);
    expect(preview.backup.entries).toEqual([toEntry('u-1', quote('One'))]);
    expect(preview.backup.pins).toEqual(['u-1', 'u-2']);
    expect(preview.backup.exportedAt).toBe('');
    expect(linesAndReasons(preview.rejected)).toEqual([
      [18, 'The entry has no id.'],
      [23, 'Another entry in this backup has the same id.'],
      [29, 'Unknown kind "poem": use quote or tip. The text is empty.'],
    ]);
  });

  it('refuses a backup without settings, pins or entries', () => {
    const base = { format: BACKUP_FORMAT, version: 1, settings: {}, pins: [], entries: [] };
    expect(messageOf(JSON.stringify({ ...base, settings: [] }))).toMatch(/no settings/);
    expect(messageOf(JSON.stringify({ ...base, pins: 'u-1' }))).toMatch(/no list of pins/);
    expect(messageOf(JSON.stringify({ ...base, entries: null }))).toMatch(/no list of entries/);
  });
});

describe('parseImport: CSV', () => {
  it('reads columns in any order, case-insensitive, naming the unknown ones that hold something', () => {
    const input =
      'Topics,Notes,AUTHOR,Text,kind,Empty\nWork; Calm | life,x,Ann,Be kind.,,\n,,,Listen.,tip,';
    expect(entriesOf(input)).toEqual({
      kind: 'entries',
      format: 'csv',
      accepted: [
        quote('Be kind.', 'Ann', ['Work', 'calm', 'life']),
        { kind: 'tip', text: 'Listen.', topics: [] },
      ],
      rejected: [],
      unreadColumns: ['Notes'],
    });
  });

  it('reads a header in French, Spanish or German, or as quote collections name columns', () => {
    const sheets = [
      'Texte;Auteur;Thèmes\nSoyez bref.;Ann;calme',
      'Texto;Autor;Temas\nSoyez bref.;Ann;calme',
      'Zitat,Autorin,Schlagwörter\nSoyez bref.,Ann,calme',
      'Quote,Author,Tags\nSoyez bref.,Ann,calme',
    ];
    for (const sheet of sheets) {
      expect(entriesOf(sheet)).toEqual({
        kind: 'entries',
        format: 'csv',
        accepted: [quote('Soyez bref.', 'Ann', ['calme'])],
        rejected: [],
      });
    }
  });

  it('reads a Readwise export: the highlight, its book’s author and its tags', () => {
    const input = [
      'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags',
      '"Waste no more time.",Meditations,Marcus Aurelius,B00X,,yellow,"work, calm",location,120,2026-01-05 10:15:30+00:00,',
    ].join('\n');
    const preview = entriesOf(input);
    expect(preview.accepted).toEqual([
      quote('Waste no more time.', 'Marcus Aurelius', ['work', 'calm']),
    ]);
    expect(preview.unreadColumns).toEqual([
      'Book Title',
      'Amazon Book ID',
      'Color',
      'Location Type',
      'Location',
      'Highlighted at',
    ]);
  });

  it('reads a line with commas whole under a header of one column, as pasted under it', () => {
    expect(
      entriesOf('Quote\nBe kind, always.\n"Listen, then answer."\nStay calm.').accepted,
    ).toEqual([quote('Be kind, always.'), quote('Listen, then answer.'), quote('Stay calm.')]);
  });

  it('reads the author of a German sheet headed Text, Autor, Themen', () => {
    expect(entriesOf('Text,Autor,Themen\nHallo Welt,Ich,Ruhe').accepted).toEqual([
      quote('Hallo Welt', 'Ich', ['Ruhe']),
    ]);
  });

  it('prefers our column names to the other words, and names the column it leaves', () => {
    const preview = entriesOf('Quote,Text,Author,Autor\nnot read,Read.,Ann,Bo');
    expect(preview.accepted).toEqual([quote('Read.', 'Ann')]);
    expect(preview.unreadColumns).toEqual(['Quote', 'Autor']);
  });

  it('reads the semicolons Excel writes in French, German or Spanish, and tabs, between fields', () => {
    const semicolons =
      'Text;Author;Topics\r\n"Sagen Sie, was Sie tun; dann tun Sie es.";Ann;work\r\nHi, you;;';
    expect(entriesOf(semicolons)).toMatchObject({
      format: 'csv',
      accepted: [
        quote('Sagen Sie, was Sie tun; dann tun Sie es.', 'Ann', ['work']),
        quote('Hi, you'),
      ],
      rejected: [],
    });
    const tabs = 'author\ttext\nAnn\tBe kind, always.\n\tListen.';
    expect(entriesOf(tabs).accepted).toEqual([quote('Be kind, always.', 'Ann'), quote('Listen.')]);
  });

  it('reads quoted commas, doubled quotes and line breaks inside quotes (kept in the text)', () => {
    const input = 'text,author\r\n"Hi, you",Ann\r\n"Say ""yes""",\r\n"one\r\ntwo",Bo\r\nlast,';
    expect(entriesOf(input).accepted).toEqual([
      quote('Hi, you', 'Ann'),
      quote('Say "yes"'),
      quote('one\ntwo', 'Bo'),
      quote('last'),
    ]);
  });

  it('gives the line a record starts on, after records spanning lines', () => {
    const input = 'text,kind\n"a\nb\nc",poem\n\n"d\r\ne",song\nf,verse';
    expect(entriesOf(input).rejected.map((r) => r.line)).toEqual([2, 6, 8]);
  });

  it('strips a BOM and reads LF, CRLF and mixed line ends', () => {
    const input = '\uFEFFtext\r\nOne\nTwo\r\nThree';
    expect(entriesOf(input).accepted.map((d) => d.text)).toEqual(['One', 'Two', 'Three']);
  });

  it('skips empty lines and rows of empty fields without rejecting them', () => {
    const input = 'text,author\n\n,\n  \nHi,Ann\n\n';
    expect(entriesOf(input)).toMatchObject({ accepted: [quote('Hi', 'Ann')], rejected: [] });
  });

  it('reads a short row as if its missing fields were empty', () => {
    expect(readable(entriesOf('author,text,topics\nAnn').rejected)).toEqual([
      { line: 2, reason: 'The text is empty.', excerpt: 'Ann' },
    ]);
  });

  it('rejects a row with more fields than the header as malformed', () => {
    const preview = entriesOf('text,author\nHi,Ann,extra\nOk,Bo');
    expect(preview.accepted).toEqual([quote('Ok', 'Bo')]);
    expect(readable(preview.rejected)).toEqual([
      {
        line: 2,
        reason: 'Malformed row: 3 fields, but the header has 2 columns.',
        excerpt: 'Hi,Ann,extra',
      },
    ]);
  });

  it('rejects a quoted field never closed as one row at its line: the lines after it are not entries', () => {
    const preview = entriesOf('text,author\nFirst,Ann\n"Never closed,Ann\nNext,Bo\nLast,Cy');
    expect(preview.accepted).toEqual([quote('First', 'Ann')]);
    const [rejection] = readable(preview.rejected);
    expect(preview.rejected).toHaveLength(1);
    expect(rejection?.line).toBe(3);
    expect(rejection?.reason).toMatch(/^Malformed row: a quote opened here is never closed/);
    expect(rejection?.excerpt.startsWith('"Never closed,Ann')).toBe(true);
  });

  it('rejects text after a closing quote as malformed', () => {
    const [rejection] = readable(entriesOf('text\n"Hi" there').rejected);
    expect(rejection?.reason).toMatch(/^Malformed row: text after a closing quote/);
  });

  it('rejects what checkDraft rejects, with its reasons', () => {
    const input = `kind,text\npoem,Hi\nquote,${'b'.repeat(MAX_TEXT_LENGTH + 1)}`;
    const preview = entriesOf(input);
    expect(linesAndReasons(preview.rejected)).toEqual([
      [2, 'Unknown kind "poem": use quote or tip.'],
      [3, `The text is too long: ${MAX_TEXT_LENGTH + 1} characters, at most ${MAX_TEXT_LENGTH}.`],
    ]);
    expect(preview.rejected[1]?.excerpt).toBe(`quote,${'b'.repeat(EXCERPT_LENGTH - 7)}…`);
  });

  it('falls back to plain text when there is no text column', () => {
    const preview = entriesOf('words,author\nBe kind - Ann');
    expect(preview.format).toBe('text');
    expect(preview.accepted).toEqual([quote('words,author'), quote('Be kind', 'Ann')]);
  });

  it('reads a header without rows as nothing to add', () => {
    expect(entriesOf('text,author\r\n')).toMatchObject({ accepted: [], rejected: [] });
  });
});

describe('parseImport: a Kindle’s clippings (My Clippings.txt)', () => {
  const clipping = (title: string, about: string, words: string) =>
    `\uFEFF${title}\r\n- ${about} | Added on Monday, 3 March 2025 10:00:00\r\n\r\n${words}\r\n==========\r\n`;

  it('reads each highlight with the book’s author as a credit reads, a note without one, and no bookmark', () => {
    const file =
      clipping(
        'Meditations (Marcus Aurelius)',
        'Your Highlight on page 12 | Location 180-182',
        'You have power over your mind.',
      ) +
      clipping(
        'Thinking, Fast and Slow (Kahneman, Daniel)',
        'Your Note on page 3',
        'For the team meeting.',
      ) +
      clipping('Made to Stick (Heath, Chip;Heath, Dan)', 'Your Bookmark on page 5', '') +
      clipping(
        'Made to Stick (Heath, Chip;Heath, Dan)',
        'Ihre Markierung bei Position 10-12',
        'Two lines\r\nof words.',
      ) +
      clipping('Mes notes', 'Votre note sur la page 2', 'À relire.') +
      clipping('A document', 'Your Highlight at location 5', 'No author here.') +
      clipping('Learning (O’Reilly Media, Inc.)', 'Your Highlight at location 9', 'Ship it.') +
      clipping('Letters (King, Martin Luther, Jr.)', 'Your Highlight at location 2', 'Now.');
    expect(entriesOf(file)).toMatchObject({
      accepted: [
        quote('You have power over your mind.', 'Marcus Aurelius'),
        quote('For the team meeting.'),
        quote('Two lines\nof words.', 'Chip Heath, Dan Heath'),
        quote('À relire.'),
        quote('No author here.'),
        quote('Ship it.', 'O’Reilly Media, Inc.'),
        quote('Now.', 'King, Martin Luther, Jr.'),
      ],
      rejected: [],
    });
  });

  it('gives the line a highlight’s words start on, and skips one already there', () => {
    const file =
      clipping('Meditations (Marcus Aurelius)', 'Your Highlight on page 1', 'Be brief.') +
      clipping('Long (Ann Lee)', 'Your Highlight on page 2', 'x'.repeat(MAX_TEXT_LENGTH + 1));
    const preview = entriesOf(file, new Set([duplicateKey('Be brief.')]));
    expect(preview.rejected.map((r) => r.line)).toEqual([4, 9]);
  });

  it('reads text with a line of ten "=" that is not a Kindle’s as plain text', () => {
    expect(entriesOf('Title\n==========\nBe kind. — Ann').accepted).toEqual([
      quote('Title'),
      quote('=========='),
      quote('Be kind.', 'Ann'),
    ]);
  });
});

describe('parseImport: cells pasted from a spreadsheet', () => {
  it('reads rows of two or three cells without a header as text, author and topics', () => {
    const pasted = 'Be kind.\tAnn\tcalm; vip\r\nListen.\tBo\n"Two\nlines"\t\t\n';
    expect(entriesOf(pasted)).toMatchObject({
      format: 'csv',
      accepted: [
        quote('Be kind.', 'Ann', ['calm', 'vip']),
        quote('Listen.', 'Bo'),
        quote('Two\nlines'),
      ],
      rejected: [],
    });
  });

  it('reads text with a tab otherwise as plain text: an indented line, a line without one, four cells', () => {
    for (const input of ['\tIndented.\nNext.\tAnn', 'Be kind.\tAnn\nNo tab', 'a\tb\tc\td']) {
      expect(entriesOf(input).format).toBe('text');
    }
  });
});

describe('parseImport: plain text', () => {
  const draftsOf = (input: string) => entriesOf(input).accepted;

  it('reads the author after a spaced em dash, en dash or hyphen', () => {
    expect(draftsOf('Be kind. — Ann\nStay calm. – Bo\nListen. - Cy')).toEqual([
      quote('Be kind.', 'Ann'),
      quote('Stay calm.', 'Bo'),
      quote('Listen.', 'Cy'),
    ]);
  });

  it('reads the author after a quotation dash (―), as quote sites set it', () => {
    expect(draftsOf('“Be yourself.” ― Oscar Wilde\nStay calm ― always')).toEqual([
      quote('Be yourself.', 'Oscar Wilde'),
      quote('Stay calm', 'always'),
    ]);
  });

  it('reads an author alone on a line under the words, blank lines between, but not a line of dialogue', () => {
    const page = [
      'Be kind.',
      '— Ann Lee',
      '“Listen first.”',
      '— Antoine de Saint-Exupéry',
      'Stay.',
      '',
      '― Bo',
      '— Bonjour, dit-il.',
      '— Hola.',
      'Credited. — Cy',
      '— Dee',
      'Stay calm.',
      '— Then answer, she said.',
    ].join('\n');
    expect(draftsOf(page)).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Listen first.', 'Antoine de Saint-Exupéry'),
      quote('Stay.', 'Bo'),
      quote('— Bonjour, dit-il.'),
      quote('— Hola.'),
      quote('Credited.', 'Cy'),
      quote('— Dee'),
      quote('Stay calm.'),
      quote('— Then answer, she said.'),
    ]);
  });

  it('reads words and authors taking turns line by line, as quote sites copy, with no dash', () => {
    const page = [
      'The best preparation for tomorrow is doing your best today.',
      'H. Jackson Brown, Jr.',
      '',
      'Whatever you are, be a good one.',
      'Abraham Lincoln',
      'Keep your face always toward the sunshine.',
      'Walt Whitman',
      '',
    ].join('\n');
    expect(draftsOf(page)).toEqual([
      quote('The best preparation for tomorrow is doing your best today.', 'H. Jackson Brown, Jr.'),
      quote('Whatever you are, be a good one.', 'Abraham Lincoln'),
      quote('Keep your face always toward the sunshine.', 'Walt Whitman'),
    ]);
  });

  it('takes no line for an author without a dash unless every second line is a name', () => {
    const lists = [
      // A short entry that reads as a name ("Love All") among the words.
      ['Be kind to everyone you meet.', 'Ann Lee', 'Love All', 'Bo Diaz'],
      // Three names to four lines of words: not taking turns.
      ['Be kind.', 'Ann Lee', 'Stay calm.', 'Listen first.', 'Bo Diaz', 'Cy Young'],
      // An odd number of lines.
      ['Be kind.', 'Ann Lee', 'Stay calm.'],
      // A single entry and a name: two lines only.
      ['Be kind.', 'Ann Lee'],
    ];
    for (const lines of lists) {
      expect(draftsOf(lines.join('\n'))).toEqual(lines.map((line) => quote(line)));
    }
  });

  it('reads a quote site’s page: a tags line under a quote gives its topics, and its likes are left out', () => {
    const page = [
      '“Be yourself; everyone else is already taken.”',
      '― Oscar Wilde',
      'tags: be-yourself, honesty, inspirational',
      '168,524 likes',
      'Like',
      '“So many books, so little time.”',
      '― Frank Zappa',
      '150203 likes',
      'Like',
      'Stay calm. — Bo',
      'Thèmes : calme, patience',
      '2 likes',
    ].join('\n');
    const preview = entriesOf(page);
    expect(preview.accepted).toEqual([
      quote('Be yourself; everyone else is already taken.', 'Oscar Wilde', [
        'be-yourself',
        'honesty',
        'inspirational',
      ]),
      quote('So many books, so little time.', 'Frank Zappa'),
      quote('Stay calm.', 'Bo', ['calme', 'patience']),
    ]);
    expect(preview.rejected).toEqual([]);
  });

  it('rejects an entry whose tags line holds more topics than an entry may have, with the reason', () => {
    const preview = entriesOf('Be kind.\nTags: a, b, c, d, e, f, g, h, i');
    expect(preview.accepted).toEqual([]);
    expect(preview.rejected.map(({ line, reasons }) => [line, reasons[0]?.key])).toEqual([
      [1, 'draft.tooManyTopics'],
    ]);
  });

  it('keeps "Like" and a count of likes as entries where no credit comes before them', () => {
    expect(draftsOf('Like\n3 likes\nBe kind.\n5 likes')).toEqual([
      quote('Like'),
      quote('3 likes'),
      quote('Be kind.'),
      quote('5 likes'),
    ]);
  });

  it('reads a Markdown quote ("> "), as notes and e-mails quote, only where every line is one', () => {
    expect(draftsOf('> Be kind.\n> — Ann Lee\n\n> Stay calm. — Bo\n>\n> Listen.')).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Stay calm.', 'Bo'),
      quote('Listen.'),
    ]);
    // An Obsidian callout: its type is the note's markup, not an entry.
    const callout = '> [!quote]\n>\n> "Be kind."\n>\n> — Ann Lee\n\n> [!cite]- Calm\n> Stay calm.';
    expect(draftsOf(callout)).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Calm'),
      quote('Stay calm.'),
    ]);
    expect(draftsOf('> 50% of calls are repeats.\nFix the cause.')).toEqual([
      quote('> 50% of calls are repeats.'),
      quote('Fix the cause.'),
    ]);
  });

  it('reads a name in brackets or after a tilde past the quote marks, and an em dash set against a name', () => {
    expect(
      draftsOf('“Be kind.” (Ann Lee)\n"Listen." ~Bo\nStay calm. —Cy Dee\nI waited —then left.'),
    ).toEqual([
      quote('Be kind.', 'Ann Lee'),
      quote('Listen.', 'Bo'),
      quote('Stay calm.', 'Cy Dee'),
      quote('I waited —then left.'),
    ]);
  });

  it('leaves out a list’s bullet or number, but not a dialogue dash, a year or a negative number', () => {
    const list =
      '- Be kind. — Ann\n* Stay calm.\n• "Listen first." — Bo\n1. Count to ten.\n12) Breathe.';
    expect(draftsOf(list)).toEqual([
      quote('Be kind.', 'Ann'),
      quote('Stay calm.'),
      quote('Listen first.', 'Bo'),
      quote('Count to ten.'),
      quote('Breathe.'),
    ]);
    const kept = '— Bonjour, dit-il.\n– Hola.\n1984. A year.\n-5 degrees today.\n2.5 times faster.';
    expect(draftsOf(kept).map((draft) => draft.text)).toEqual(kept.split('\n'));
  });

  it('reads two spaced hyphens, typed for an em dash, before a name as the author', () => {
    expect(draftsOf('Keep going. -- Ann Lee\nI came -- and then I left.\n"Be kind" -- Bo')).toEqual(
      [
        quote('Keep going.', 'Ann Lee'),
        quote('I came -- and then I left.'),
        quote('Be kind', 'Bo'),
      ],
    );
  });

  it('splits at the last spaced dash, and never at a hyphen inside a word', () => {
    expect(draftsOf('Short - and sweet — Ann\nA well-known fact\nSelf-made—man')).toEqual([
      quote('Short - and sweet', 'Ann'),
      quote('A well-known fact'),
      quote('Self-made—man'),
    ]);
  });

  it('reads words after a spaced en dash or hyphen as the author only when they read as a name', () => {
    expect(
      draftsOf(
        [
          'Call back when you promised - always.',
          'Listen first – Then answer.',
          'Ask first - really?',
          'Be kind. - Jeff Kaluyu, Ph.D.',
          'Stay calm – Martin Luther King Jr.',
          'Slow down — always',
        ].join('\n'),
      ),
    ).toEqual([
      quote('Call back when you promised - always.'),
      quote('Listen first – Then answer.'),
      quote('Ask first - really?'),
      quote('Be kind.', 'Jeff Kaluyu, Ph.D.'),
      quote('Stay calm', 'Martin Luther King Jr.'),
      // The em dash is the separator the format names: what follows is the author.
      quote('Slow down', 'always'),
    ]);
  });

  it('reads a quoted text with an optional author after it', () => {
    expect(
      draftsOf('"Be kind" Ann\n“Stay calm” — Bo\n"Listen - then speak" - Cy\n"Alone"'),
    ).toEqual([
      quote('Be kind', 'Ann'),
      quote('Stay calm', 'Bo'),
      quote('Listen - then speak', 'Cy'),
      quote('Alone'),
    ]);
  });

  it('reads the quote marks of French, German and Spanish, French ones with their spaces', () => {
    expect(
      draftsOf(
        [
          '« Sois patient. » — Ann',
          '«\u00a0Reste calme.\u00a0» (Bo)',
          '„Hör erst zu.“ – Cy Dee',
          '»Bleib ruhig.« – Cy Dee',
          '«Escucha primero.» Dee Ek',
          '‹ Attends. › — Eve',
        ].join('\n'),
      ),
    ).toEqual([
      quote('Sois patient.', 'Ann'),
      quote('Reste calme.', 'Bo'),
      quote('Hör erst zu.', 'Cy Dee'),
      quote('Bleib ruhig.', 'Cy Dee'),
      quote('Escucha primero.', 'Dee Ek'),
      quote('Attends.', 'Eve'),
    ]);
  });

  it('keeps dialogue whole: words quoted inside a sentence name no author', () => {
    expect(
      draftsOf(
        [
          '"Be kind," said Ann.',
          '“Stay,” she said.',
          '"Hurry" was all he said.',
          '« Reste », dit-elle.',
          '"Go", she said.',
          '“Be calm,” said Ann. — Bo',
          '"Be kind" — mary oliver',
        ].join('\n'),
      ),
    ).toEqual([
      quote('"Be kind," said Ann.'),
      quote('“Stay,” she said.'),
      quote('"Hurry" was all he said.'),
      quote('« Reste », dit-elle.'),
      quote('"Go", she said.'),
      quote('“Be calm,” said Ann.', 'Bo'),
      // A dash marks what follows as the author, whatever its case.
      quote('Be kind', 'mary oliver'),
    ]);
  });

  it('keeps quote marks when the line holds more than one quoted part', () => {
    expect(draftsOf('"Hi," she said, "bye." — Ann')).toEqual([
      quote('"Hi," she said, "bye."', 'Ann'),
    ]);
  });

  it('reads a line without an author as the text alone, spaces collapsed', () => {
    expect(draftsOf('  Just   words, with a comma  ')).toEqual([quote('Just words, with a comma')]);
  });

  it('skips empty lines, and numbers lines as in the file', () => {
    const preview = entriesOf('\r\n\r\nFirst\r\n \r\nfirst — again\n""');
    expect(preview.accepted).toEqual([quote('First')]);
    expect(linesAndReasons(preview.rejected)).toEqual([
      [5, 'Same text as line 3 of this file.'],
      [6, 'The text is empty.'],
    ]);
  });

  it('rejects a line too long, with an excerpt of at most 60 characters', () => {
    const [rejection] = readable(entriesOf(`${'ab '.repeat(200)}— Ann`).rejected);
    expect(rejection?.reason).toMatch(/^The text is too long/);
    expect(rejection?.excerpt).toBe(`${'ab '.repeat(20).slice(0, EXCERPT_LENGTH - 1)}…`);
  });

  it('never cuts an excerpt inside an emoji', () => {
    // 600 emoji: over the 500-character limit however one counts, so it is rejected.
    const [rejection] = entriesOf(`a${'😀'.repeat(600)}`).rejected;
    expect(rejection?.excerpt).toBe(`a${'😀'.repeat(29)}…`);
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
