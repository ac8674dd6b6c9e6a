// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, formatCsv, parseCsv, spreadsheetSeparator } from '../../utils/csv';

/**
 * Any code point, lone surrogates included. (fast-check 4 has no
 * fullUnicodeString, and its 'binary' unit takes a second to set up.)
 */
const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const unicodeString = fc.string({
  unit: fc.oneof(anyChar, fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 40,
});

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it('reads plain records with CRLF, LF or lone CR line ends', () => {
    expect(fieldsOf('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('does not start a record after the final line break', () => {
    expect(fieldsOf('a\r\n')).toEqual([['a']]);
    expect(fieldsOf('')).toEqual([]);
  });

  it('reads an empty line as one empty field', () => {
    expect(fieldsOf('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(fieldsOf('"a, b","say ""hi""","one\r\ntwo\nthree"')).toEqual([
      ['a, b', 'say "hi"', 'one\r\ntwo\nthree'],
    ]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(fieldsOf(',"",x,')).toEqual([['', '', 'x', '']]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('h\r\n"a\r\nb\r\nc"\r\nnext\n"x\ny"\nlast');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6, 8]);
  });

  it('gives each record its source offsets, line break excluded', () => {
    const text = 'ab,c\r\n"d\ne"\n';
    expect(parseCsv(text).map((r) => text.slice(r.start, r.end))).toEqual(['ab,c', '"d\ne"']);
  });

  it('keeps quotes inside an unquoted field as they are', () => {
    expect(fieldsOf('say "hi",x')).toEqual([['say "hi"', 'x']]);
  });

  it('allows spaces around a quoted field, and keeps them around an unquoted one', () => {
    expect(fieldsOf(' "a, b" , c ')).toEqual([['a, b', ' c ']]);
  });

  it('flags text after a closing quote', () => {
    const [record] = parseCsv('"a"b,c');
    expect(record?.problem).toBe('text-after-quote');
    expect(record?.fields).toEqual(['ab', 'c']);
  });

  it('reads a quote never closed as one record to the end, flagged at the line it starts on', () => {
    const records = parseCsv('ok\n"never closed,x\nnext,row\nlast');
    expect(records.map((r) => [r.line, r.problem, r.fields[0]])).toEqual([
      [1, undefined, 'ok'],
      [2, 'unclosed-quote', 'never closed,x'],
    ]);
    expect(records[1]?.end).toBe('ok\n"never closed,x\nnext,row\nlast'.length);
  });

  it('treats a quote closed lines later and followed by text as a stray quote', () => {
    const records = parseCsv('"stray,x\nb,c\n"d"e\nf');
    expect(records.map((r) => [r.line, r.problem])).toEqual([
      [1, 'unclosed-quote'],
      [2, undefined],
      [3, 'text-after-quote'],
      [4, undefined],
    ]);
  });

  it('reads a large file whose first quote never closes as one flagged record', () => {
    // The reader knows where the last quote is, so it finds this out without
    // scanning to the end at every row (not timed here: a timed unit test only
    // measures the machine's load).
    const records = parseCsv(`"stray\n${'a,b,c\n'.repeat(100_000)}`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ line: 1, problem: 'unclosed-quote' });
  });

  it('counts lines after a record that ran to the end: none follows', () => {
    const records = parseCsv('a\nb\n"open\nc');
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });
});

describe('csvField and formatCsv', () => {
  it('quotes only fields with a comma, quote, CR or LF, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with the separator in use, whichever it is', () => {
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(formatCsv([['x;y', 'z,w']], ';')).toBe('"x;y";z,w\r\n');
  });

  it('round-trips any grid of strings with semicolons between fields', () => {
    const field = fc
      .array(fc.constantFrom('"', ',', ';', '\r\n', ' ', 'a', 'é'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    const grid = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(grid, (rows) => {
        expect(parseCsv(formatCsv(rows, ';'), ';').map((record) => record.fields)).toEqual(rows);
      }),
    );
  });

  it('ends every row with CRLF', () => {
    expect(formatCsv([['a', 'b'], ['c,d']])).toBe('a,b\r\n"c,d"\r\n');
    expect(formatCsv([])).toBe('');
  });

  it('round-trips any grid of strings', () => {
    const field = fc.oneof(
      unicodeString,
      fc
        .array(fc.constantFrom('"', ',', '\r', '\n', '\r\n', ' ', 'a', '“', ';'), { maxLength: 8 })
        .map((parts) => parts.join('')),
    );
    const grid = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(grid, (rows) => {
        expect(fieldsOf(formatCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('round-trips records written one per line with the lines they start on', () => {
    const grid = fc.array(fc.array(unicodeString, { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(grid, (rows) => {
        const text = formatCsv(rows);
        const lines = parseCsv(text).map((r) => r.line);
        let line = 1;
        const expected = rows.map((row) => {
          const at = line;
          line += formatCsv([row]).match(/\r\n|\r|\n/g)?.length ?? 0;
          return at;
        });
        expect(lines).toEqual(expected);
      }),
    );
  });

  it('writes a field a spreadsheet would run as a formula as text, and reads it back as it was', () => {
    const risky = [
      '=HYPERLINK("x")',
      '+1',
      '-2 dashes',
      '@SUM(A1)',
      '\tTab',
      '\rReturn',
      "'=already",
    ];
    const text = formatCsv([risky]);
    expect(
      text.startsWith(
        `"'=HYPERLINK(""x"")",'+1,'-2 dashes,'@SUM(A1),'\tTab,"'\rReturn",''=already`,
      ),
    ).toBe(true);
    expect(fieldsOf(text)).toEqual([risky]);
    expect(fieldsOf("'plain,'-1\r\n")).toEqual([["'plain", '-1']]);
  });
});

describe('spreadsheetSeparator', () => {
  it('is a semicolon where the comma is the decimal mark, and in Switzerland', () => {
    for (const locale of ['de', 'de-DE', 'de-AT', 'de-CH', 'fr', 'fr-FR', 'fr-CA', 'es', 'es-ES']) {
      expect([locale, spreadsheetSeparator(locale)]).toEqual([locale, ';']);
    }
  });

  it('is a comma where the point is, and for anything that is not a locale', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'es-MX', 'not a locale!', '']) {
      expect([locale, spreadsheetSeparator(locale)]).toEqual([locale, ',']);
    }
  });
});
