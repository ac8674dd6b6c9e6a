import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../utils/entry';
import { BACKUP_FORMAT, backupJson, PACK_FORMAT } from '../../utils/exportFormat';
import { EXCERPT_LENGTH, parseImport, UNEXPECTED_FAILURE } from '../../utils/importParse';
import { duplicateKey, MAX_TEXT_LENGTH, toEntry } from '../../utils/ownEntries';
import {
  backupOf,
  entriesOf,
  linesAndReasons,
  messageOf,
  parse,
  quote,
  readable,
} from './importCases';

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

  it('reads a quote dataset’s "category" as topics, in French, Spanish or German too, after "tags"', () => {
    const input = JSON.stringify([
      { quote: 'Be kind.', author: 'Ann', category: 'kindness, life' },
      { Cita: 'Escucha primero.', Categoría: 'calma' },
      { Zitat: 'Erst zuhören.', Kategorien: ['Ruhe'] },
      { quote: 'Listen.', tags: ['listening'], category: 'not read' },
    ]);
    expect(entriesOf(input).accepted).toEqual([
      quote('Be kind.', 'Ann', ['kindness', 'life']),
      quote('Escucha primero.', undefined, ['calma']),
      quote('Erst zuhören.', undefined, ['Ruhe']),
      quote('Listen.', undefined, ['listening']),
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

  it('reads any value where Bonjourr and Mue keep their quotes without throwing', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(json, json, json, (userlist, customQuote, author) => {
        const bonjourr = parse(JSON.stringify({ quotes: { userlist } }));
        const listed = typeof userlist === 'string' || Array.isArray(userlist);
        expect(bonjourr.kind).toBe(listed ? 'entries' : 'invalid');
        const mue = { customQuote: JSON.stringify(customQuote), customQuoteAuthor: author };
        expect(parse(JSON.stringify(mue)).kind).toBe('entries');
        const odd = parse(JSON.stringify({ customQuote, customQuoteAuthor: author }));
        expect(odd).not.toEqual({ kind: 'invalid', message: UNEXPECTED_FAILURE });
      }),
    );
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
