// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrayElementSpans,
  jsonErrorOffset,
  lineAt,
  lineStarts,
  memberValueStart,
  readToken,
  valueEnd,
} from '../../utils/import/jsonTokens';

/** Every token of a text, as kind and source, until the end or the first broken one. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const token = readToken(text, at);
    if (token.kind === 'end') return out;
    if (token.error !== undefined) return [...out, `${token.kind}!${token.error}`];
    out.push(`${token.kind}:${text.slice(token.start, token.end)}`);
    at = token.end;
  }
}

/** The 1-based line and column where the grammar breaks, or undefined. */
function problemAt(text: string): [number, number] | undefined {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return undefined;
  const starts = lineStarts(text);
  const line = lineAt(starts, offset);
  return [line, offset - (starts[line - 1] ?? 0) + 1];
}

describe('readToken', () => {
  it('reads punctuation, strings and scalars, skipping JSON white space only', () => {
    expect(tokens(' {"a" :\t[1, -2.5e+3, true,false ,null]}\r\n')).toEqual([
      '{:{',
      'string:"a"',
      ':::',
      '[:[',
      'scalar:1',
      ',:,',
      'scalar:-2.5e+3',
      ',:,',
      'scalar:true',
      ',:,',
      'scalar:false',
      ',:,',
      'scalar:null',
      ']:]',
      '}:}',
    ]);
  });

  it('reads strings holding escapes, brackets and quotes as one token', () => {
    const text = String.raw`"a \" ] } [ { \\ \/ \b\f\n\r\t \u00e9 😀"`;
    expect(tokens(text)).toEqual([`string:${text}`]);
    expect(JSON.parse(text)).toBe('a " ] } [ { \\ / \b\f\n\r\t é 😀');
  });

  it('marks a broken token with where it breaks, and moves past its start', () => {
    expect(tokens('"a\\x"')).toEqual(['string!3']);
    expect(tokens('"\\u12G4"')).toEqual(['string!5']);
    expect(tokens('"open')).toEqual(['string!5']);
    expect(tokens('"tab\there"')).toEqual(['string!4']);
    expect(tokens('tru')).toEqual(['scalar!3']);
    expect(tokens('-x')).toEqual(['scalar!1']);
    expect(tokens('1.e5')).toEqual(['scalar!2']);
    const unknown = readToken('  #', 0);
    expect(unknown).toEqual({ kind: 'scalar', start: 2, end: 3, error: 2 });
  });

  it('reads a leading zero as a number of its own', () => {
    expect(tokens('01')).toEqual(['scalar:0', 'scalar:1']);
  });
});

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in JSON, however it is nested or spaced', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t', '\r\n'), (value, space) => {
        const text = JSON.stringify(value, null, space === '\r\n' ? 2 : space);
        expect(jsonErrorOffset(space === '\r\n' ? text.replace(/\n/g, '\r\n') : text)).toBe(
          undefined,
        );
      }),
    );
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"\\',
      '1',
      '-',
      'true',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonErrorOffset(text) === undefined).toBe(parses);
      }),
    );
  });

  it('gives the line and column of the problem, counting CRLF and lone CR as one line end', () => {
    expect(problemAt('[\n  {"text": "a"},\n  {"text" "b"}\n]')).toEqual([3, 11]);
    expect(problemAt('[\r\n1,\r\n2,\r3,]')).toEqual([4, 3]);
    expect(problemAt('{"a": {"b": [1, {"c": tru}]}}')).toEqual([1, 26]);
    expect(problemAt('[[[\n]]')).toEqual([2, 3]);
    expect(problemAt('{"a": 1,}')).toEqual([1, 9]);
    expect(problemAt('{"a": 1} {}')).toEqual([1, 10]);
    expect(problemAt('[1, 2')).toEqual([1, 6]);
  });

  it('points inside a key that breaks, and at whatever stands where a key must', () => {
    expect(problemAt('{"a\\q": 1}')).toEqual([1, 5]);
    expect(problemAt('{tru: 1}')).toEqual([1, 2]);
    expect(problemAt('{"a": 1, ]')).toEqual([1, 10]);
  });
});

describe('positions in valid JSON', () => {
  const text = '{"entries": [\n  {"text": "a ] } [ {\\" \\\\"},\n  [[1], {"x": []}],\n  "s"\n]}';

  it('finds where a nested value ends', () => {
    const open = text.indexOf('[[');
    expect(text.slice(open, valueEnd(text, open))).toBe('[[1], {"x": []}]');
    expect(valueEnd(text, text.indexOf('"s"'))).toBe(text.indexOf('"s"') + 3);
    expect(valueEnd(text, 0)).toBe(text.length);
  });

  it('gives each element of an array with its line, past strings holding brackets', () => {
    const open = memberValueStart(text, 0, 'entries') ?? -1;
    const spans = arrayElementSpans(text, open);
    const starts = lineStarts(text);
    expect(spans.map(({ start, end }) => [lineAt(starts, start), text.slice(start, end)])).toEqual([
      [2, '{"text": "a ] } [ {\\" \\\\"}'],
      [3, '[[1], {"x": []}]'],
      [4, '"s"'],
    ]);
  });

  it('finds no elements in an empty array or in what is not an array', () => {
    expect(arrayElementSpans('[ \n ]', 0)).toEqual([]);
    expect(arrayElementSpans('{}', 0)).toEqual([]);
  });

  it('takes the last member of a name, as JSON.parse does, escapes in names read', () => {
    const twice = '{"entries": [1], "x": {"entries": 2}, "entr\\u0069es": [3]}';
    expect(twice.slice(memberValueStart(twice, 0, 'entries'))).toBe('[3]}');
    expect(memberValueStart('{"a": 1}', 0, 'entries')).toBe(undefined);
  });

  it('walks 300,000 levels of nesting without recursion', () => {
    const deep = `${'['.repeat(300_000)}${']'.repeat(300_000)}`;
    expect(jsonErrorOffset(deep)).toBe(undefined);
    expect(valueEnd(deep, 0)).toBe(deep.length);
  });
});
