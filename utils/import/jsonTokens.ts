/**
 * The one JSON tokenizer of the import, for the two things JSON.parse does not
 * give: where a broken file stops being JSON (engines word that differently,
 * some without a position), and where each part of a file it accepted starts
 * and ends (it keeps no positions), so the preview can name lines.
 * Every scan is a loop, never recursion: a file of a million "[" cannot
 * overflow the stack.
 */

/** Punctuation is its own kind; a string, or a number, true, false or null; the end of the text. */
export type JsonTokenKind = '{' | '}' | '[' | ']' | ',' | ':' | 'string' | 'scalar' | 'end';

/**
 * One token, white space before it skipped. A malformed string or scalar
 * keeps its kind and says in `error` where it breaks, so that the grammar can
 * first ask whether such a token may stand there at all (if not, the error is
 * at its start). A character no token starts with is a scalar broken at once.
 */
export interface JsonToken {
  kind: JsonTokenKind;
  start: number;
  /** Just past the token; past its start even when it is broken, so scans move on. */
  end: number;
  error?: number;
}

type Scan = { end: number } | { error: number };

const PUNCTUATION = '{}[],:';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string) => /^[0-9a-fA-F]$/.test(c);

/** The token at `from` or after the white space there. */
export function readToken(text: string, from: number): JsonToken {
  let start = from;
  while (isSpace(text.charAt(start))) start++;
  const c = text.charAt(start);
  if (c === '') return { kind: 'end', start, end: start };
  if (PUNCTUATION.includes(c)) return { kind: c as JsonTokenKind, start, end: start + 1 };
  const kind = c === '"' ? 'string' : 'scalar';
  const scan = kind === 'string' ? scanString(text, start) : scanScalar(text, start);
  if ('end' in scan) return { kind, start, end: scan.end };
  return { kind, start, end: Math.max(scan.error, start + 1), error: scan.error };
}

/** Offset just past the escape whose backslash is at `at`, or of what breaks it. */
function scanEscape(text: string, at: number): Scan {
  const kind = text.charAt(at + 1);
  if (kind !== '' && '"\\/bfnrt'.includes(kind)) return { end: at + 2 };
  if (kind !== 'u') return { error: at + 1 };
  for (let i = at + 2; i < at + 6; i++) if (!isHex(text.charAt(i))) return { error: i };
  return { end: at + 6 };
}

function scanString(text: string, open: number): Scan {
  let i = open + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { end: i + 1 };
    // Control characters, tabs and line breaks included, must be escaped.
    if (c < 0x20) return { error: i };
    if (c === 0x5c) {
      const escaped = scanEscape(text, i);
      if ('error' in escaped) return escaped;
      i = escaped.end;
    } else i++;
  }
  return { error: text.length };
}

/** Digits from `from` on: where they end, or an error if there is none. */
function scanDigits(text: string, from: number): Scan {
  let i = from;
  while (isDigit(text.charAt(i))) i++;
  return i > from ? { end: i } : { error: from };
}

function scanNumber(text: string, start: number): Scan {
  let i = text[start] === '-' ? start + 1 : start;
  // A leading zero stands alone: "01" is the number 0, then a stray "1".
  if (text[i] === '0') i++;
  else {
    const whole = scanDigits(text, i);
    if ('error' in whole) return whole;
    i = whole.end;
  }
  if (text[i] === '.') {
    const fraction = scanDigits(text, i + 1);
    if ('error' in fraction) return fraction;
    i = fraction.end;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    const sign = text[i + 1] === '+' || text[i + 1] === '-' ? 1 : 0;
    return scanDigits(text, i + 1 + sign);
  }
  return { end: i };
}

function scanScalar(text: string, start: number): Scan {
  const c = text.charAt(start);
  if (c === '-' || isDigit(c)) return scanNumber(text, start);
  const literal = ['true', 'false', 'null'].find((word) => word[0] === c);
  if (!literal) return { error: start };
  for (let i = 1; i < literal.length; i++) {
    if (text[start + i] !== literal[i]) return { error: start + i };
  }
  return { end: start + literal.length };
}

// ---------------------------------------------------------------------------
// The grammar, for a file JSON.parse refused

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'separator';

/**
 * The offset of the first character (or the end) where the text stops being
 * JSON, or undefined if it is JSON after all.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const open: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let at = 0;
  for (;;) {
    const token = readToken(text, at);
    const { kind } = token;
    at = token.end;
    if (expect === 'separator') {
      const top = open[open.length - 1];
      if (top === undefined) return kind === 'end' ? undefined : token.start;
      if (kind === ',') expect = top === '{' ? 'key' : 'value';
      else if (kind === (top === '{' ? '}' : ']')) open.pop();
      else return token.start;
    } else if (
      (kind === '}' && expect === 'keyOrClose') ||
      (kind === ']' && expect === 'valueOrClose')
    ) {
      // An empty object or array; a closing after a comma is an error, as in JSON.
      open.pop();
      expect = 'separator';
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (kind !== 'string') return token.start;
      if (token.error !== undefined) return token.error;
      const colon = readToken(text, at);
      if (colon.kind !== ':') return colon.start;
      at = colon.end;
      expect = 'value';
    } else if (kind === '{' || kind === '[') {
      open.push(kind);
      expect = kind === '{' ? 'keyOrClose' : 'valueOrClose';
    } else if (kind === 'string' || kind === 'scalar') {
      if (token.error !== undefined) return token.error;
      expect = 'separator';
    } else return token.start;
  }
}

// ---------------------------------------------------------------------------
// Positions in a file JSON.parse accepted

export interface Span {
  start: number;
  end: number;
}

/** Offset just past the value that starts at `start`, nested ones and all. */
export function valueEnd(text: string, start: number): number {
  let depth = 0;
  let at = start;
  do {
    const token = readToken(text, at);
    if (token.kind === 'end') return token.start;
    if (token.kind === '{' || token.kind === '[') depth++;
    else if (token.kind === '}' || token.kind === ']') depth--;
    at = token.end;
  } while (depth > 0);
  return at;
}

/** Where each element of the array whose "[" is at `open` starts and ends. */
export function arrayElementSpans(text: string, open: number): Span[] {
  const spans: Span[] = [];
  if (text[open] !== '[') return spans;
  let token: JsonToken | undefined = readToken(text, open + 1);
  while (token && token.kind !== ']' && token.kind !== 'end') {
    const end = valueEnd(text, token.start);
    spans.push({ start: token.start, end });
    token = nextItem(text, end);
  }
  return spans;
}

/** Where the value of `key` starts in the object at `open`; the last one, as JSON.parse keeps. */
export function memberValueStart(text: string, open: number, key: string): number | undefined {
  let found: number | undefined;
  let name: JsonToken | undefined = readToken(text, open + 1);
  while (name?.kind === 'string') {
    const value = readToken(text, readToken(text, name.end).end);
    if (JSON.parse(text.slice(name.start, name.end)) === key) found = value.start;
    name = nextItem(text, valueEnd(text, value.start));
  }
  return found;
}

/** After an element or member that ends at `end`, the first token of the next; none at the close. */
function nextItem(text: string, end: number): JsonToken | undefined {
  const after = readToken(text, end);
  return after.kind === ',' ? readToken(text, after.end) : undefined;
}

/** Offsets where each line starts; CRLF, LF and a lone CR each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line of an offset, by binary search: a big file has many elements to place. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
