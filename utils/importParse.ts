import { type CsvProblem, type CsvRecord, parseCsv } from './csv';
import type { Entry } from './entry';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  PACK_FORMAT,
  PACK_VERSION,
} from './exportFormat';
import { isRecord } from './guards';
import {
  type CleanDraft,
  checkDraft,
  collapse,
  duplicateKey,
  type EntryDraft,
  toEntry,
} from './ownEntries';
import { text as sentence, type Text } from './text';

/**
 * Reads a file the user imports — our pack or backup (JSON), a bare JSON list
 * of entries, a CSV with a header, or plain text with one entry a line — into
 * a preview of what would be added and what is rejected, with line numbers
 * and reasons. Nothing here writes anything, and no input makes it throw.
 */

/** Larger files are refused by the caller before reading them. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const EXCERPT_LENGTH = 60;
export const DUPLICATE_REASON = sentence('import.duplicate');
/** Only returned if a bug slipped through: an import must never crash the options page. */
export const UNEXPECTED_FAILURE = sentence('import.cannotRead');

export interface ImportRejection {
  /** 1-based line of the input where the offending record starts. */
  line: number;
  /** Why it is skipped: one sentence or more. */
  reasons: Text[];
  /** At most EXCERPT_LENGTH characters of the record, spaces collapsed. */
  excerpt: string;
}

export type ImportFormat = 'json' | 'csv' | 'text';

export type ImportPreview =
  | { kind: 'entries'; format: ImportFormat; accepted: CleanDraft[]; rejected: ImportRejection[] }
  | { kind: 'backup'; backup: Backup; rejected: ImportRejection[] }
  | { kind: 'invalid'; message: Text };

export interface ImportOptions {
  /** duplicateKey() of the text of every entry the user has, built-in and own. */
  existing: ReadonlySet<string>;
}

export function parseImport(input: string, options: ImportOptions): ImportPreview {
  try {
    return parseText(input.replace(/^\uFEFF/, ''), options.existing);
  } catch {
    return invalid(UNEXPECTED_FAILURE);
  }
}

function parseText(text: string, existing: ReadonlySet<string>): ImportPreview {
  if (text.trim() === '') return invalid(sentence('import.empty'));
  // A UTF-16 file or a picture read as UTF-8 is full of NULs; no text file has one.
  if (text.includes('\0')) {
    return invalid(sentence('import.notText'));
  }
  if (/^\s*[[{]/.test(text)) return parseJson(text, existing);
  const records = parseCsv(text);
  const header = records.find((record) => !isBlankRecord(record));
  if (header && columnsOf(header).has('text')) {
    return parseCsvRecords(text, records, header, existing);
  }
  return parsePlainText(text, existing);
}

const invalid = (message: Text): ImportPreview => ({ kind: 'invalid', message });

// ---------------------------------------------------------------------------
// Checking drafts, shared by every format

/** A record read from the input: a draft to check, or the reason there is none. */
interface Candidate {
  line: number;
  excerpt: string;
  draft: EntryDraft | { reason: Text };
}

/**
 * Checks each draft (checkDraft holds the rules) and skips duplicates of the
 * user's entries and of entries accepted earlier in the same input.
 */
function collectEntries(
  format: ImportFormat,
  candidates: readonly Candidate[],
  existing: ReadonlySet<string>,
): ImportPreview {
  const accepted: CleanDraft[] = [];
  const rejected: ImportRejection[] = [];
  const seen = new Set<string>();
  for (const { line, excerpt, draft } of candidates) {
    const checked = checkCandidate(draft);
    if (Array.isArray(checked)) {
      rejected.push({ line, excerpt, reasons: checked });
      continue;
    }
    const key = duplicateKey(checked.text);
    if (existing.has(key) || seen.has(key)) {
      rejected.push({ line, excerpt, reasons: [DUPLICATE_REASON] });
      continue;
    }
    seen.add(key);
    accepted.push(checked);
  }
  return { kind: 'entries', format, accepted, rejected };
}

/** The clean draft, or why it was rejected. */
function checkCandidate(draft: Candidate['draft']): CleanDraft | Text[] {
  if ('reason' in draft) return [draft.reason];
  const checked = checkDraft(draft);
  return checked.ok ? checked.draft : checked.problems.map((p) => p.message);
}

/** A short, one-line view of a record for the preview table. */
function excerptOf(source: string): string {
  // Only the start matters: spare collapsing megabytes of one huge record.
  const head = collapse(source.slice(0, EXCERPT_LENGTH * 8));
  const cut = source.length > EXCERPT_LENGTH * 8;
  if (head.length <= EXCERPT_LENGTH && !cut) return head;
  let out = '';
  // By code point, so an emoji is never split into half a surrogate pair.
  for (const char of head) {
    if (out.length + char.length > EXCERPT_LENGTH - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** Topics as one text: separated by ";" (our export) or "|" (some spreadsheets). */
const splitTopics = (value: string) =>
  value
    .split(/[;|]/)
    .map((topic) => topic.trim())
    .filter(Boolean);

// ---------------------------------------------------------------------------
// Plain text: one entry a line

const LINE_BREAK = /\r\n|\r|\n/;
/** A dash with a space on each side separates the author; one inside a word does not. */
const AUTHOR_DASHES = [' — ', ' – ', ' - '];
/** "text" author, “text” — author; quote marks inside would make the split a guess. */
const QUOTED_LINE = /^["“]([^"“”]*)["”] ?(?:[—–-] ?)?([^"“”]*)$/;

function parsePlainText(text: string, existing: ReadonlySet<string>): ImportPreview {
  const candidates: Candidate[] = [];
  text.split(LINE_BREAK).forEach((raw, index) => {
    const line = collapse(raw);
    if (line === '') return;
    candidates.push({ line: index + 1, excerpt: excerptOf(line), draft: textLineDraft(line) });
  });
  return collectEntries('text', candidates, existing);
}

function textLineDraft(line: string): EntryDraft {
  const quoted = QUOTED_LINE.exec(line);
  if (quoted) return { kind: 'quote', text: quoted[1] ?? '', author: quoted[2], topics: [] };
  // The last dash, so that a dash inside the text stays in it.
  const at = Math.max(...AUTHOR_DASHES.map((dash) => line.lastIndexOf(dash)));
  if (at > 0) {
    return { kind: 'quote', text: line.slice(0, at), author: line.slice(at + 3), topics: [] };
  }
  return { kind: 'quote', text: line, topics: [] };
}

// ---------------------------------------------------------------------------
// CSV with a header

const isBlankRecord = (record: CsvRecord) =>
  !record.problem && record.fields.every((field) => field.trim() === '');

/** Column index by lower-cased name; the first of two same-named columns wins. */
function columnsOf(header: CsvRecord): Map<string, number> {
  const columns = new Map<string, number>();
  header.fields.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (!columns.has(key)) columns.set(key, index);
  });
  return columns;
}

const CSV_PROBLEMS: Record<CsvProblem, Text> = {
  'unclosed-quote': sentence('import.unclosedQuote'),
  'text-after-quote': sentence('import.textAfterQuote'),
};

function parseCsvRecords(
  text: string,
  records: readonly CsvRecord[],
  header: CsvRecord,
  existing: ReadonlySet<string>,
): ImportPreview {
  const columns = columnsOf(header);
  const width = header.fields.length;
  const candidates: Candidate[] = [];
  for (const record of records.slice(records.indexOf(header) + 1)) {
    // Spreadsheets pad files with empty rows (",,,"): skipped like empty lines.
    if (isBlankRecord(record)) continue;
    const excerpt = excerptOf(text.slice(record.start, record.end));
    candidates.push({ line: record.line, excerpt, draft: csvDraft(record, columns, width) });
  }
  return collectEntries('csv', candidates, existing);
}

function csvDraft(
  record: CsvRecord,
  columns: ReadonlyMap<string, number>,
  width: number,
): Candidate['draft'] {
  if (record.problem) return { reason: CSV_PROBLEMS[record.problem] };
  if (record.fields.length > width) {
    return {
      reason: sentence('import.extraFields', { fields: record.fields.length, columns: width }),
    };
  }
  // A short row is read as if its missing fields were empty, as spreadsheets do.
  const field = (name: string) => {
    const index = columns.get(name);
    return index === undefined ? '' : (record.fields[index] ?? '');
  };
  const kind = field('kind');
  return {
    kind: kind.trim() === '' ? 'quote' : kind,
    text: field('text'),
    author: field('author'),
    topics: splitTopics(field('topics')),
  };
}

// ---------------------------------------------------------------------------
// JSON: a pack, a backup, or a bare list of entries

const NEWER_VERSION = sentence('import.newerVersion');
const UNKNOWN_SHAPE = sentence('import.unknownShape');

function parseJson(text: string, existing: ReadonlySet<string>): ImportPreview {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return invalid(jsonErrorMessage(error, text));
  }
  const root = skipJsonSpace(text, 0);
  if (Array.isArray(data)) {
    return collectEntries('json', jsonCandidates(text, root, data), existing);
  }
  if (!isRecord(data)) return invalid(UNKNOWN_SHAPE);
  if (data.format !== PACK_FORMAT && data.format !== BACKUP_FORMAT) return invalid(UNKNOWN_SHAPE);
  const current = data.format === PACK_FORMAT ? PACK_VERSION : BACKUP_VERSION;
  // Our exports always say their version; a hand-made pack may leave it out.
  const version = data.version ?? current;
  if (typeof version === 'number' && version > current) return invalid(NEWER_VERSION);
  if (version !== current) return invalid(sentence('import.unknownVersion'));
  if (!Array.isArray(data.entries)) return invalid(sentence('import.noEntries'));
  const entriesAt = memberValueStart(text, root, 'entries') ?? root;
  const candidates = jsonCandidates(text, entriesAt, data.entries);
  return data.format === PACK_FORMAT
    ? collectEntries('json', candidates, existing)
    : readBackup(data, data.entries, candidates);
}

/**
 * Where and why JSON.parse failed. Engines word this differently and some
 * give no position, so the spot is found by our own scan.
 */
function jsonErrorMessage(error: unknown, text: string): Text {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return sentence('import.badJson', { detail: detail.replace(/\.?$/, '.') });
  }
  const starts = lineStarts(text);
  const line = lineAt(starts, offset);
  const column = offset - (starts[line - 1] ?? 0) + 1;
  // Strings, not numbers: a position is not grouped into thousands.
  const at = { line: String(line), column: String(column) };
  if (offset >= text.length) return sentence('import.badJsonEnd', at);
  const found = JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0));
  return sentence('import.badJsonAt', { found, ...at });
}

/** One candidate per element of the array whose "[" is at `open`, with its line. */
function jsonCandidates(text: string, open: number, elements: readonly unknown[]): Candidate[] {
  const spans = arrayElementSpans(text, open);
  const starts = lineStarts(text);
  return elements.map((element, index) => {
    const span = spans[index];
    // The scan and JSON.parse agree on valid JSON; the index is only a fallback.
    const line = span ? lineAt(starts, span.start) : index + 1;
    const excerpt = span ? excerptOf(text.slice(span.start, span.end)) : '';
    return { line, excerpt, draft: jsonDraft(element) };
  });
}

/** Type checks only: what an entry must say is checkDraft's business. */
function jsonDraft(value: unknown): Candidate['draft'] {
  if (!isRecord(value)) return { reason: sentence('import.notAnEntry') };
  const { kind, text, author, topics } = value;
  if (text === undefined || text === null) return { reason: sentence('import.noText') };
  if (typeof text !== 'string') return { reason: sentence('import.textNotString') };
  if (kind !== undefined && kind !== null && typeof kind !== 'string') {
    return { reason: sentence('import.kindNotString') };
  }
  if (author !== undefined && author !== null && typeof author !== 'string') {
    return { reason: sentence('import.authorNotString') };
  }
  const topicList = jsonTopics(topics);
  if (!topicList) return { reason: sentence('import.topicsNotList') };
  return {
    kind: typeof kind === 'string' && kind.trim() !== '' ? kind : 'quote',
    text,
    ...(typeof author === 'string' && { author }),
    topics: topicList,
  };
}

function jsonTopics(topics: unknown): string[] | undefined {
  if (topics === undefined || topics === null) return [];
  if (typeof topics === 'string') return splitTopics(topics);
  if (Array.isArray(topics) && topics.every((topic) => typeof topic === 'string')) return topics;
  return undefined;
}

/**
 * A backup restores everything as it was, so its entries are checked but not
 * compared with the user's current ones; only ids must stay unique.
 */
function readBackup(
  data: Record<string, unknown>,
  elements: readonly unknown[],
  candidates: readonly Candidate[],
): ImportPreview {
  const { settings, pins, exportedAt } = data;
  if (!isRecord(settings)) return invalid(sentence('import.noSettings'));
  if (!Array.isArray(pins)) return invalid(sentence('import.noPins'));
  const entries: Entry[] = [];
  const rejected: ImportRejection[] = [];
  const ids = new Set<string>();
  candidates.forEach(({ line, excerpt, draft }, index) => {
    const entry = backupEntry(elements[index], draft, ids);
    if (Array.isArray(entry)) {
      rejected.push({ line, excerpt, reasons: entry });
      return;
    }
    ids.add(entry.id);
    entries.push(entry);
  });
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
    settings,
    pins: pins.filter((pin): pin is string => typeof pin === 'string'),
    entries,
  };
  return { kind: 'backup', backup, rejected };
}

/** The entry to restore, or why it cannot be. */
function backupEntry(
  element: unknown,
  draft: Candidate['draft'],
  ids: ReadonlySet<string>,
): Entry | Text[] {
  const checked = checkCandidate(draft);
  if (Array.isArray(checked)) return checked;
  const id = isRecord(element) ? element.id : undefined;
  if (typeof id !== 'string' || id.trim() === '') return [sentence('import.noId')];
  if (ids.has(id)) return [sentence('import.sameId')];
  return toEntry(id, checked);
}

// ---------------------------------------------------------------------------
// Positions in JSON text that JSON.parse has accepted (it keeps none itself)

const isJsonSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function skipJsonSpace(text: string, from: number): number {
  let i = from;
  while (isJsonSpace(text.charAt(i))) i++;
  return i;
}

/** Offset just past the string whose opening quote is at `open`. */
function skipJsonString(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return i;
}

/** Offset just past the value starting at `start`; iterative, so deep nesting is fine. */
function skipJsonValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return skipJsonString(text, start);
  if (first !== '{' && first !== '[') {
    let i = start;
    while (i < text.length && !/[\s,\]}]/.test(text.charAt(i))) i++;
    return i;
  }
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i = skipJsonString(text, i);
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    i++;
    if (depth === 0) return i;
  }
  return i;
}

function arrayElementSpans(text: string, open: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (text[open] !== '[') return spans;
  let i = skipJsonSpace(text, open + 1);
  while (i < text.length && text[i] !== ']') {
    const end = skipJsonValue(text, i);
    spans.push({ start: i, end });
    i = skipJsonSpace(text, end);
    if (text[i] !== ',') break;
    i = skipJsonSpace(text, i + 1);
  }
  return spans;
}

/** Where the value of `key` starts in the object at `open`; the last one, as JSON.parse keeps. */
function memberValueStart(text: string, open: number, key: string): number | undefined {
  let found: number | undefined;
  let i = skipJsonSpace(text, open + 1);
  while (text[i] === '"') {
    const keyEnd = skipJsonString(text, i);
    const name: unknown = JSON.parse(text.slice(i, keyEnd));
    const valueStart = skipJsonSpace(text, skipJsonSpace(text, keyEnd) + 1);
    if (name === key) found = valueStart;
    i = skipJsonSpace(text, skipJsonValue(text, valueStart));
    if (text[i] !== ',') break;
    i = skipJsonSpace(text, i + 1);
  }
  return found;
}

// ---------------------------------------------------------------------------
// Finding where JSON text breaks the grammar (JSON.parse does not say reliably)

type JsonScan = { end: number } | { error: number };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string) => /^[0-9a-fA-F]$/.test(c);

/** Offset just past the escape whose backslash is at `at`, or of what breaks it. */
function scanJsonEscape(text: string, at: number): JsonScan {
  const kind = text.charAt(at + 1);
  if (kind !== '' && '"\\/bfnrt'.includes(kind)) return { end: at + 2 };
  if (kind !== 'u') return { error: at + 1 };
  for (let i = at + 2; i < at + 6; i++) if (!isHex(text.charAt(i))) return { error: i };
  return { end: at + 6 };
}

/** Offset just past the string at `open`, or of what breaks it. */
function scanJsonString(text: string, open: number): JsonScan {
  let i = open + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { end: i + 1 };
    if (c < 0x20) return { error: i };
    if (c === 0x5c) {
      const escaped = scanJsonEscape(text, i);
      if ('error' in escaped) return escaped;
      i = escaped.end;
    } else i++;
  }
  return { error: text.length };
}

/** Digits from `from` on: where they end, or an error if there is none. */
function scanDigits(text: string, from: number): JsonScan {
  let i = from;
  while (isDigit(text.charAt(i))) i++;
  return i > from ? { end: i } : { error: from };
}

function scanJsonNumber(text: string, start: number): JsonScan {
  let i = text[start] === '-' ? start + 1 : start;
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

/** Offset just past the number or literal at `start`, or of what breaks it. */
function scanJsonScalar(text: string, start: number): JsonScan {
  const c = text.charAt(start);
  if (c === '-' || isDigit(c)) return scanJsonNumber(text, start);
  const literal = ['true', 'false', 'null'].find((word) => word[0] === c);
  if (!literal) return { error: start };
  for (let i = 1; i < literal.length; i++) {
    if (text[start + i] !== literal[i]) return { error: start + i };
  }
  return { end: start + literal.length };
}

type JsonExpect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'separator';

/**
 * The offset of the first character (or the end) where the text stops being
 * JSON, or undefined if it is JSON after all. Iterative, so that a file of a
 * million "[" cannot overflow the stack.
 */
function jsonErrorOffset(text: string): number | undefined {
  const open: string[] = [];
  let expect: JsonExpect = 'value';
  let i = 0;
  for (;;) {
    i = skipJsonSpace(text, i);
    const c = text.charAt(i);
    if (expect === 'separator') {
      const top = open[open.length - 1];
      if (top === undefined) return i < text.length ? i : undefined;
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) open.pop();
      else return i;
      i++;
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (c === '}' && expect === 'keyOrClose') {
        open.pop();
        expect = 'separator';
        i++;
        continue;
      }
      if (c !== '"') return i;
      const key = scanJsonString(text, i);
      if ('error' in key) return key.error;
      i = skipJsonSpace(text, key.end);
      if (text[i] !== ':') return i;
      expect = 'value';
      i++;
    } else if (c === ']' && expect === 'valueOrClose') {
      open.pop();
      expect = 'separator';
      i++;
    } else if (c === '{' || c === '[') {
      open.push(c);
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
    } else if (c === '"') {
      const value = scanJsonString(text, i);
      if ('error' in value) return value.error;
      expect = 'separator';
      i = value.end;
    } else {
      const scalar = scanJsonScalar(text, i);
      if ('error' in scalar) return scalar.error;
      expect = 'separator';
      i = scalar.end;
    }
  }
}

/** Offsets where each line starts; CRLF, LF and a lone CR each end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line of an offset. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
