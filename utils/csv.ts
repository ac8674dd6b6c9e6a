/**
 * A small RFC 4180 CSV reader and writer. The reader is lenient where a
 * hand-written or spreadsheet file commonly strays (LF or lone CR line ends,
 * spaces around quoted fields, quotes inside unquoted fields, a semicolon or a
 * tab between fields) and reports each record with the line it starts on, so
 * an import preview can point at it.
 */

/**
 * What separates fields: a comma, or a semicolon where the comma is the
 * decimal mark (what Excel writes in French, German or Spanish), or a tab
 * (a sheet saved as tab-separated text).
 */
export type CsvSeparator = ',' | ';' | '\t';

/** Why a record could not be read as written. */
export type CsvProblem = 'unclosed-quote' | 'text-after-quote';

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the input the record starts on. */
  line: number;
  /** Offsets of the record's source text, line break excluded. */
  start: number;
  end: number;
  /** Set when the fields are only a best guess at what was meant. */
  problem?: CsvProblem;
}

const QUOTE = '"';
const isBlank = (c: string) => c === ' ' || c === '\t';
const isBreak = (c: string) => c === '\n' || c === '\r';

/** Line breaks in a piece of text: CRLF, LF and lone CR each count once. */
function countBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Offset just past the line break at `at` (CRLF is one break). */
function skipBreak(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

/** Offset of the first line break at or after `from`, or the end. */
function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isBreak(text.charAt(i))) i++;
  return i;
}

type FieldRead = { value: string; next: number; breaks: number; problem?: CsvProblem };

function readQuoted(text: string, open: number, lastQuote: number, sep: CsvSeparator): FieldRead {
  let value = '';
  let i = open + 1;
  for (;;) {
    // Checked against the last quote first, so an unclosed quote costs no scan to the end.
    const close = i > lastQuote ? -1 : text.indexOf(QUOTE, i);
    if (close === -1) {
      // A best guess for the preview: the rest of the line.
      return {
        value: value + text.slice(i, lineEnd(text, i)),
        next: text.length,
        breaks: 0,
        problem: 'unclosed-quote',
      };
    }
    value += text.slice(i, close);
    if (text[close + 1] === QUOTE) {
      value += QUOTE;
      i = close + 2;
      continue;
    }
    i = close + 1;
    break;
  }
  const breaks = countBreaks(value);
  // Spaces after the closing quote are a common slip and harmless; anything else is not.
  while (text[i] !== sep && isBlank(text.charAt(i))) i++;
  if (i >= text.length || text[i] === sep || isBreak(text.charAt(i))) {
    return { value, next: i, breaks };
  }
  let rest = i;
  while (rest < text.length && text[rest] !== sep && !isBreak(text.charAt(rest))) rest++;
  return { value: value + text.slice(i, rest), next: rest, breaks, problem: 'text-after-quote' };
}

function readField(text: string, start: number, lastQuote: number, sep: CsvSeparator): FieldRead {
  let i = start;
  while (text[i] !== sep && isBlank(text.charAt(i))) i++;
  if (text[i] === QUOTE) return readQuoted(text, i, lastQuote, sep);
  i = start;
  while (i < text.length && text[i] !== sep && !isBreak(text.charAt(i))) i++;
  return { value: text.slice(start, i), next: i, breaks: 0 };
}

/** Reads one record starting at `start`; `next` is where the following record starts. */
function readRecord(
  text: string,
  start: number,
  line: number,
  lastQuote: number,
  sep: CsvSeparator,
): { record: CsvRecord; next: number; nextLine: number } {
  const fields: string[] = [];
  let problem: CsvProblem | undefined;
  let breaks = 0;
  let i = start;
  for (;;) {
    const field = readField(text, i, lastQuote, sep);
    // A quote never closed: the field runs to the end of the file, so the
    // rest is one record, to reject at the line it starts on (its rows are
    // not entries). A quote closed lines later and followed by text is most
    // likely a stray one: give up on this record's first line only.
    if (field.problem === 'unclosed-quote' || (field.problem && field.breaks > 0)) {
      const unclosed = field.problem === 'unclosed-quote';
      const end = unclosed ? text.length : lineEnd(text, start);
      const next = end < text.length ? skipBreak(text, end) : end;
      const fieldsSoFar = [...fields, field.value];
      const record: CsvRecord = {
        fields: fieldsSoFar,
        line,
        start,
        end,
        problem: 'unclosed-quote',
      };
      const nextLine = unclosed ? line + countBreaks(text.slice(start)) + 1 : line + 1;
      return { record, next, nextLine };
    }
    fields.push(field.value);
    problem ??= field.problem;
    breaks += field.breaks;
    i = field.next;
    if (text[i] === sep) {
      i++;
      continue;
    }
    const record: CsvRecord = { fields, line, start, end: i, ...(problem && { problem }) };
    const next = i < text.length ? skipBreak(text, i) : i;
    return { record, next, nextLine: line + breaks + 1 };
  }
}

/**
 * Reads every record of a CSV text. An empty line is a record of one empty
 * field (as RFC 4180 has it); a final line break does not start a record.
 */
export function parseCsv(text: string, sep: CsvSeparator = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const lastQuote = text.lastIndexOf(QUOTE);
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const read = readRecord(text, i, line, lastQuote, sep);
    records.push({ ...read.record, fields: read.record.fields.map(unprotected) });
    i = read.next;
    line = read.nextLine;
  }
  return records;
}

/**
 * What a spreadsheet would run as a formula at the start of a cell, after any
 * apostrophes (so that protecting and unprotecting always round-trip).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * One field, quoted (quotes doubled) only when it holds the separator, a
 * quote, CR or LF. A field a spreadsheet would take for a formula gets a
 * leading apostrophe, so it shows as text (parseCsv takes it off again).
 */
export function csvField(value: string, sep: CsvSeparator = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A field as written before csvField protected it from being run as a formula. */
function unprotected(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field) ? field.slice(1) : field;
}

/** Rows as CSV text: each row ends with CRLF, no BOM. */
export function formatCsv(rows: readonly (readonly string[])[], sep: CsvSeparator = ','): string {
  return rows.map((row) => `${row.map((field) => csvField(field, sep)).join(sep)}\r\n`).join('');
}

/**
 * The separator a spreadsheet expects in a CSV opened with a double click,
 * for a locale: Excel takes it from the computer's region, a semicolon where
 * the comma is the decimal mark (German, French, Spanish in Spain) and in
 * Switzerland, which writes decimals with a point.
 */
export function spreadsheetSeparator(locale: string): ',' | ';' {
  try {
    const decimal = new Intl.NumberFormat(locale)
      .formatToParts(1.5)
      .find((part) => part.type === 'decimal')?.value;
    const region = new Intl.Locale(locale).maximize().region;
    return decimal === ',' || region === 'CH' ? ';' : ',';
  } catch {
    return ',';
  }
}
