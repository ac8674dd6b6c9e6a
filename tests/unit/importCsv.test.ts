import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, parseImport } from '../../utils/importParse';
import { MAX_TEXT_LENGTH } from '../../utils/ownEntries';
import { entriesOf, linesAndReasons, NONE, quote, readable } from './importCases';

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

  it('reads the separator Excel names on a first line ("sep=;"), and that line as no row', () => {
    const named = 'sep=;\r\nText;Author\r\nBe kind, always.;Ann\r\n;Bo';
    const preview = entriesOf(named);
    expect(preview).toMatchObject({ format: 'csv', accepted: [quote('Be kind, always.', 'Ann')] });
    expect(linesAndReasons(preview.rejected).map(([line]) => line)).toEqual([4]);
    // Quoted, as some exports write it; the line names the separator over any other reading.
    expect(entriesOf('"sep=,"\ntext,author\nBe kind; always.,Ann').accepted).toEqual([
      quote('Be kind; always.', 'Ann'),
    ]);
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

  it('reads text with a tab otherwise as plain text: an indented line, a line without one', () => {
    for (const input of ['\tIndented.\nNext.\tAnn', 'Be kind.\tAnn\nNo tab']) {
      expect(entriesOf(input).format).toBe('text');
      expect(entriesOf(input)).not.toHaveProperty('pastedColumns');
    }
  });

  it('reads four columns or more as plain text, saying how many: which holds what cannot be told', () => {
    const wide = 'Be kind.\tAnn\tcalm\tfrom training\nListen.\tBo\tlistening\tx\t2024';
    expect(entriesOf(wide)).toMatchObject({
      format: 'text',
      pastedColumns: 5,
      accepted: [quote('Be kind. Ann calm from training'), quote('Listen. Bo listening x 2024')],
    });
    // Their header row copied with them names the columns read, and those that are not.
    expect(entriesOf(`Text\tAuthor\tTopics\tNotes\tYear\n${wide}`)).toMatchObject({
      format: 'csv',
      accepted: [quote('Be kind.', 'Ann', ['calm']), quote('Listen.', 'Bo', ['listening'])],
      unreadColumns: ['Notes', 'Year'],
    });
  });
});
