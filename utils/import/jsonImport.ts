import type { Entry } from '../entry';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  PACK_FORMAT,
  PACK_VERSION,
} from '../exportFormat';
import { isRecord } from '../guards';
import { toEntry } from '../ownEntries';
import { text as sentence, type Text } from '../text';
import { type ImportField, namedFields } from './fieldNames';
import { jsonDraft } from './jsonDraft';
import {
  arrayElementSpans,
  jsonErrorOffset,
  lineAt,
  lineStarts,
  memberValueStart,
  readToken,
} from './jsonTokens';
import { peerQuotes } from './peerSettings';
import {
  type Candidate,
  checkCandidate,
  collectEntries,
  excerptOf,
  type ImportPreview,
  type ImportRejection,
  invalid,
} from './preview';

/**
 * JSON: our pack or backup, or a list of entries (entry-like objects, or as
 * quote collections give them), bare or as the one list in an object (quote
 * APIs answer {"quotes": […], "total": …}), or the settings file of Bonjourr
 * or Mue (peerSettings.ts). JSON.parse reads the values; jsonTokens finds
 * the lines they stand on, and where a broken file breaks.
 */

const NEWER_VERSION = sentence('import.newerVersion');
const UNKNOWN_SHAPE = sentence('import.unknownShape');

export function parseJson(text: string, existing: ReadonlySet<string>): ImportPreview {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid(jsonErrorMessage(text));
  }
  const root = readToken(text, 0).start;
  /** A quote collection's list, whose "[" is at `open`. */
  const collection = (open: number, list: readonly unknown[], byline?: string) => {
    const elements = list.map((element) => asEntryLike(element, byline));
    return collectEntries('json', jsonCandidates(text, open, elements), existing);
  };
  if (Array.isArray(data)) return collection(root, data);
  if (!isRecord(data)) return invalid(UNKNOWN_SHAPE);
  if (data.format !== PACK_FORMAT && data.format !== BACKUP_FORMAT) {
    const key = wrappedListKey(data);
    if (key !== undefined) {
      const open = memberValueStart(text, root, key) ?? root;
      return collection(open, data[key] as unknown[], bylineOf(data));
    }
    const peer = peerQuotes(data, text, root);
    if (!peer) return invalid(UNKNOWN_SHAPE);
    const candidates = peer.quotes.map(({ element, source }) => ({
      line: peer.line,
      excerpt: excerptOf(source),
      draft: jsonDraft(asEntryLike(element)),
    }));
    return collectEntries('json', candidates, existing);
  }
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
export function jsonErrorMessage(text: string): Text {
  const offset = jsonErrorOffset(text);
  // The engine's own words never reach a person: without a spot, a plain sentence.
  if (offset === undefined) return sentence('import.badJson');
  const starts = lineStarts(text);
  const line = lineAt(starts, offset);
  const column = offset - (starts[line - 1] ?? 0) + 1;
  // Strings, not numbers: a position is not grouped into thousands.
  const at = { line: String(line), column: String(column) };
  if (offset >= text.length) return sentence('import.badJsonEnd', at);
  const found = JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0));
  return sentence('import.badJsonAt', { found, ...at });
}

/** Whether an element names its words (a string is its words). */
const hasWords = (element: unknown) =>
  typeof element === 'string' ||
  (isRecord(element) && namedFields(Object.keys(element)).text !== undefined);

/**
 * Whether a list looks like entries: strings and objects only, some of them
 * with words (those without are rejected in the preview, each on its line).
 */
const looksLikeEntries = (list: readonly unknown[]) =>
  list.every((element) => typeof element === 'string' || isRecord(element)) && list.some(hasWords);

/** The key of an object's one list of entries, if it has exactly one. */
function wrappedListKey(data: Record<string, unknown>): string | undefined {
  const keys = Object.keys(data).filter((key) => {
    const value = data[key];
    return Array.isArray(value) && looksLikeEntries(value);
  });
  return keys.length === 1 ? keys[0] : undefined;
}

/** An object's value for each field it names (fieldNames.ts: "quote", "Author", "tags"…). */
function fieldValues(record: Record<string, unknown>) {
  const keys = Object.keys(record);
  const of = namedFields(keys);
  return (field: ImportField) => {
    const at = of[field];
    return at === undefined ? undefined : record[keys[at] ?? ''];
  };
}

/**
 * The author an object names for its whole list, as a book's highlights give
 * it (Bookcision's {"title": …, "authors": …, "highlights": […]}).
 */
function bylineOf(data: Record<string, unknown>): string | undefined {
  const name = fieldValues(data)('author');
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

/** A note of the reader's own among a book's highlights (Bookcision's "isNoteOnly"). */
const isOwnNote = (element: Record<string, unknown>) =>
  Object.entries(element).some(
    ([key, value]) => key.toLowerCase() === 'isnoteonly' && value === true,
  );

/**
 * An element of a list as our entries name their fields: a string is its
 * words; an object's fields are read by their names in any case or language
 * (fieldNames.ts). An element naming no author takes the list's `byline`,
 * unless it is a note of the reader's own.
 */
function asEntryLike(element: unknown, byline?: string): unknown {
  if (typeof element === 'string') return { text: element, ...(byline && { author: byline }) };
  if (!isRecord(element)) return element;
  const value = fieldValues(element);
  const author = value('author') ?? (isOwnNote(element) ? undefined : byline);
  return { kind: value('kind'), text: value('text'), author, topics: value('topics') };
}

/** One candidate per element of the array whose "[" is at `open`, with its line. */
function jsonCandidates(text: string, open: number, elements: readonly unknown[]): Candidate[] {
  const spans = arrayElementSpans(text, open);
  const starts = lineStarts(text);
  return elements.map((element, index) => {
    const span = spans[index];
    // The tokenizer and JSON.parse agree on valid JSON; the index is only a fallback.
    const line = span ? lineAt(starts, span.start) : index + 1;
    const excerpt = span ? excerptOf(text.slice(span.start, span.end)) : '';
    return { line, excerpt, draft: jsonDraft(element) };
  });
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
  const { settings, pins, hidden, exportedAt } = data;
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
    hidden: Array.isArray(hidden)
      ? hidden.filter((id): id is string => typeof id === 'string')
      : [],
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
