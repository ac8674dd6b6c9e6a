import type { Backup } from '../exportFormat';
import {
  type CleanDraft,
  checkDraft,
  collapse,
  duplicateKey,
  type EntryDraft,
  topicsCapped,
} from '../ownEntries';
import { text as sentence, type Text } from '../text';

/**
 * What every format reader produces: the preview of an import, and the
 * checks its records go through, so that a CSV row, a line of text and a JSON
 * element are accepted or rejected by the same rules.
 */

export const EXCERPT_LENGTH = 60;
/** The text is one the user has: their own, the organisation's or a built-in entry. */
export const DUPLICATE_REASON = sentence('import.duplicate');
/** The text came earlier in the same input, at `line`. */
const duplicateInInput = (line: number) => sentence('import.duplicateInFile', { line });
/** What the preview says of a CSV's columns that are not read. */
export const unreadColumnsSentence = (columns: readonly string[]) =>
  sentence('preview.unreadColumns', { columns: columns.join(', ') }, columns.length);

export interface ImportRejection {
  /** 1-based line of the input where the offending record starts. */
  line: number;
  /** Why it is skipped: one sentence or more. */
  reasons: Text[];
  /** At most EXCERPT_LENGTH characters of the record, spaces collapsed. */
  excerpt: string;
}

export type ImportFormat = 'json' | 'csv' | 'text';

/** Lines that look garbled (utils/import/garbled.ts): the preview warns about them. */
interface Readable {
  garbledLines?: number;
}

export type ImportPreview =
  | ({
      kind: 'entries';
      format: ImportFormat;
      accepted: CleanDraft[];
      rejected: ImportRejection[];
      /** Topics of the accepted entries that no entry has yet: each would be a new filter. */
      newTopics?: string[];
      /** A file named as a CSV read as plain text: it has no header row naming a text column. */
      noHeader?: true;
      /** Cells pasted in more columns than are read without a header, so read as plain text: how many. */
      pastedColumns?: number;
      /** Credits read without the book, title or dates after the author's name. */
      creditsCut?: CreditsCut;
      /** Accepted entries that keep only their first MAX_TOPICS topics: how many. */
      topicsCut?: number;
      /** A CSV's columns that hold something but are not read (not text, author, topics or kind). */
      unreadColumns?: string[];
    } & Readable)
  | ({ kind: 'backup'; backup: Backup; rejected: ImportRejection[] } & Readable)
  | { kind: 'invalid'; message: Text };

/** Credits read without the book, title or dates after the name ("Mark Twain, Tom Sawyer", "Mark Twain (1835–1910)"): how many, and the first, as written and as read. */
export interface CreditsCut {
  credits: number;
  example: string;
  author: string;
}

export const invalid = (message: Text): ImportPreview => ({ kind: 'invalid', message });

/** A record read from the input: a draft to check, or the reason there is none. */
export interface Candidate {
  line: number;
  excerpt: string;
  draft: EntryDraft | { reason: Text };
}

/**
 * Checks each draft (checkDraft holds the rules) and skips duplicates of the
 * user's entries and of entries accepted earlier in the same input.
 */
export function collectEntries(
  format: ImportFormat,
  candidates: readonly Candidate[],
  existing: ReadonlySet<string>,
): ImportPreview {
  const accepted: CleanDraft[] = [];
  const rejected: ImportRejection[] = [];
  /** The line each text was first accepted at. */
  const seen = new Map<string, number>();
  let topicsCut = 0;
  for (const { line, excerpt, draft } of candidates) {
    const capped = 'reason' in draft ? null : topicsCapped(draft);
    const checked = checkCandidate(capped ?? draft);
    if (Array.isArray(checked)) {
      rejected.push({ line, excerpt, reasons: checked });
      continue;
    }
    const key = duplicateKey(checked.text);
    const earlier = seen.get(key);
    if (existing.has(key) || earlier !== undefined) {
      const reason = earlier === undefined ? DUPLICATE_REASON : duplicateInInput(earlier);
      rejected.push({ line, excerpt, reasons: [reason] });
      continue;
    }
    seen.set(key, line);
    accepted.push(checked);
    if (capped) topicsCut++;
  }
  return { kind: 'entries', format, accepted, rejected, ...(topicsCut > 0 && { topicsCut }) };
}

/** The clean draft, or why it was rejected. */
export function checkCandidate(draft: Candidate['draft']): CleanDraft | Text[] {
  if ('reason' in draft) return [draft.reason];
  const checked = checkDraft(draft);
  return checked.ok ? checked.draft : checked.problems.map((p) => p.message);
}

/** A short, one-line view of a record for the preview table. */
export function excerptOf(source: string): string {
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
