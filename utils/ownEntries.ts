import { TOPICS } from '../content/topics';
import { NO_AUTHOR_NAMES } from './credit';
import { ENTRY_KINDS, type Entry, type EntryKind, type Source } from './entry';
import { searchable } from './filters';
import { graphemeLength, longerThan } from './graphemes';
import { isLanguageTag } from './language';
import { plainQuotes } from './quoteMarks';
import { type NameKind, renameInEntries } from './renameName';
import { type Text, TextError, text } from './text';

/**
 * The user's own entries: quotes and tips they add, edit and import. They are
 * ordinary entries (same fields as the corpus) credited to OWN_SOURCE, with
 * ids of their own ("u-…") so pins and history survive edits.
 */
export const OWN_SOURCE: Source = { id: 'own', title: 'Your entries', collection: true };

export const MAX_TEXT_LENGTH = 500;
const MAX_AUTHOR_LENGTH = 120;
const MAX_TOPIC_LENGTH = 40;
export const MAX_TOPICS = 8;

/** What a user or a file supplies for one entry, before it is checked. */
export interface EntryDraft {
  kind: string;
  text: string;
  author?: string;
  topics: readonly string[];
}

/** A checked draft: what becomes an entry once it has an id. */
export interface CleanDraft {
  kind: EntryKind;
  text: string;
  author?: string;
  topics: string[];
}

export type DraftField = 'kind' | 'text' | 'author' | 'topics';

/** One problem with a draft, tied to its field so forms can show it there. */
export interface DraftProblem {
  field: DraftField;
  message: Text;
}

/** Space other than single spaces between words: what collapse changes. */
const UNTIDY_SPACE = /\s\s|[^\S ]|^ | $/;

/**
 * Runs of white space as one space, trimmed. Most texts are tidy already
 * (every stored entry is), and testing that is several times faster than
 * rewriting them: reading 10,000 own entries collapses 50,000 texts.
 */
export const collapse = (value: string) =>
  UNTIDY_SPACE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;

/** Space or line breaks other than single ones between words and lines: what tidyText changes. */
const UNTIDY_LINES = /[^\S \n]| {2}| \n|\n | ?\n\n|^\s|\s$/;

/**
 * An entry's text: the spaces of each line collapsed, blank lines dropped,
 * and line breaks kept as "\n" (a verse, a list: Shift+Enter in the form,
 * a quoted CSV field, JSON). The new tab shows them.
 */
export const tidyText = (value: string) =>
  UNTIDY_LINES.test(value)
    ? value
        .split(/\r\n|\r|\n/)
        .map(collapse)
        .filter((line) => line !== '')
        .join('\n')
    : value;

/**
 * Checks and tidies a draft (spaces collapsed, the text's line breaks kept,
 * topics de-duplicated). Returns the clean draft, or the problems found.
 */
export function checkDraft(
  draft: EntryDraft,
): { ok: true; draft: CleanDraft } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const kind = collapse(draft.kind).toLowerCase();
  if (!(ENTRY_KINDS as readonly string[]).includes(kind)) {
    problems.push({ field: 'kind', message: text('draft.unknownKind', { kind: draft.kind }) });
  }
  const clean = tidyText(draft.text);
  if (clean === '') problems.push({ field: 'text', message: text('draft.textEmpty') });
  if (longerThan(clean, MAX_TEXT_LENGTH)) {
    problems.push({
      field: 'text',
      message: text('draft.textTooLong', { length: graphemeLength(clean), max: MAX_TEXT_LENGTH }),
    });
  }
  const author = authorOrNone(collapse(draft.author ?? ''));
  if (longerThan(author, MAX_AUTHOR_LENGTH)) {
    problems.push({
      field: 'author',
      message: text('draft.authorTooLong', { max: MAX_AUTHOR_LENGTH }),
    });
  }
  // ";" and "|" separate topics in a file (our CSV export among them): a topic holding one
  // would come back as two, so it is two already. (Not a comma: older versions stored
  // topics holding one, and splitting them here could push an entry over MAX_TOPICS.)
  const topics = draftTopics(draft.topics);
  if (topics.some((t) => longerThan(t, MAX_TOPIC_LENGTH))) {
    problems.push({
      field: 'topics',
      message: text('draft.topicTooLong', { max: MAX_TOPIC_LENGTH }),
    });
  }
  if (topics.length > MAX_TOPICS) {
    problems.push({ field: 'topics', message: text('draft.tooManyTopics', { max: MAX_TOPICS }) });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    draft: { kind: kind as EntryKind, text: clean, ...(author && { author }), topics },
  };
}

/** A draft's topics as an entry keeps them: split where a file separates them, tidied, each once. */
const draftTopics = (topics: readonly string[]) =>
  tidyTopics(topics.flatMap((t) => t.split(FILE_TOPIC_SEPARATOR)));

/**
 * For an import: the draft with its first MAX_TOPICS topics when it has more
 * (a quote site tags a quote with a dozen), else null. Typed in the form,
 * more topics are a problem to fix instead.
 */
export function topicsCapped(draft: EntryDraft): EntryDraft | null {
  const topics = draftTopics(draft.topics);
  return topics.length > MAX_TOPICS ? { ...draft, topics: topics.slice(0, MAX_TOPICS) } : null;
}

const NO_AUTHOR: ReadonlySet<string> = new Set(NO_AUTHOR_NAMES.map(searchable));
/** Only a name this short is folded to be compared: reading 10,000 own entries, twice as fast. */
const LONGEST_NO_AUTHOR = Math.max(...NO_AUTHOR_NAMES.map((name) => name.length));

/**
 * The author, or none for the word the interface shows for none ("unknown",
 * "Anonyme"), in any of its languages and any case: as an author it would be
 * a second filter of that name. Typed, imported, pushed in a team pack or
 * stored by an older version alike.
 */
const authorOrNone = (author: string) =>
  author.length <= LONGEST_NO_AUTHOR && NO_AUTHOR.has(searchable(author)) ? '' : author;

const BUILT_IN_TOPICS: ReadonlySet<string> = new Set(TOPICS);

/**
 * Topics as written ("VIP" stays "VIP"), each once whatever its case, and a
 * built-in topic in any case as itself ("Calm" is "calm").
 */
function tidyTopics(named: readonly string[]): string[] {
  const topics = new Map<string, string>();
  for (const name of named) {
    const topic = collapse(name);
    const key = topic.toLowerCase();
    if (topic !== '' && !topics.has(key)) topics.set(key, BUILT_IN_TOPICS.has(key) ? key : topic);
  }
  return [...topics.values()];
}

/**
 * The key two entries are duplicates by: their text, ignoring case, spacing
 * and quote marks, the German and French ones too (entries come in four
 * languages). Own entries and the corpus check (validateCorpus) share it.
 */
export function duplicateKey(text: string): string {
  return plainQuotes(collapse(text).toLowerCase());
}

/** Whether another entry (built-in or own, other than exceptId) already has this text. */
export function hasDuplicate(
  entries: readonly Entry[],
  text: string,
  exceptId: string | null,
): boolean {
  const key = duplicateKey(text);
  return entries.some((entry) => entry.id !== exceptId && duplicateKey(entry.text) === key);
}

/** Between topics in one text from a file: ";" (our CSV export) or "|" (some spreadsheets). */
const FILE_TOPIC_SEPARATOR = /[;|]/;

/**
 * Between topics a person writes in one text (the entry form's field, a
 * spreadsheet's cell): a comma too, as the form's label says and as people
 * write a list (Latin, Arabic, full-width and ideographic, as keyboards type it).
 */
const TOPIC_SEPARATOR = /[,;|\u060C\uFF0C\u3001]/;

/** The topics in one text, split at `separator`, trimmed, empty ones dropped. */
const topicsSplitAt =
  (separator: RegExp) =>
  (value: string): string[] =>
    value
      .split(separator)
      .map((topic) => topic.trim())
      .filter(Boolean);

/** Topics written in one text (the entry form's field, a CSV cell). */
export const splitTopics = topicsSplitAt(TOPIC_SEPARATOR);

/**
 * Topics in a spreadsheet's cell (or a JSON text). A cell holding ";" or "|"
 * is split there only: our CSV export writes topics so, and a topic may hold
 * a comma (from a JSON list, or an older version). Otherwise at commas too,
 * as a person writes a list.
 */
export const cellTopics = (cell: string): string[] =>
  topicsSplitAt(FILE_TOPIC_SEPARATOR.test(cell) ? FILE_TOPIC_SEPARATOR : TOPIC_SEPARATOR)(cell);

/** Topics as one cell that cellTopics reads back: a lone topic holding a comma gets a ";" after it. */
export function topicsCell(topics: readonly string[]): string {
  const cell = topics.join(';');
  return topics.length === 1 && TOPIC_SEPARATOR.test(cell) ? `${cell};` : cell;
}

/** A new stable id for an own entry. */
export function newOwnId(random: () => number = Math.random, now: number = Date.now()): string {
  // Eight random base-36 characters: ids made in one batch of 10,000 collide
  // with a chance of about 1 in 50,000.
  const rand = Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0');
  return `u-${now.toString(36)}-${rand}`;
}

export function toEntry(id: string, draft: CleanDraft, rev = 0): Entry {
  return { id, source: OWN_SOURCE.id, ...draft, ...(rev > 0 && { rev }) };
}

/** How another tab or device got in the way of an edit. */
export type EditConflict = 'deleted' | 'changed';

/** An edit refused because the entry was deleted or changed since the edit began. */
export class EditConflictError extends TextError {
  constructor(readonly conflict: EditConflict) {
    super(text(`own.conflict.${conflict}`));
  }
}

/** Revisions read from storage: a count of edits, nothing else. */
const isRevision = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

export function isOwnEntry(entry: Entry): boolean {
  return entry.source === OWN_SOURCE.id;
}

/** The entries without those with these ids (a delete). */
export function withoutEntries(entries: readonly Entry[], ids: readonly string[]): Entry[] {
  const gone = new Set(ids);
  return entries.filter((e) => !gone.has(e.id));
}

/** A deleted entry and its index in the list it was deleted from: where Undo puts it back. */
export interface PlacedEntry {
  entry: Entry;
  at: number;
}

/** The entries with these ids, each with its index: what a delete of them takes away. */
export function placedEntries(entries: readonly Entry[], ids: readonly string[]): PlacedEntry[] {
  const gone = new Set(ids);
  return entries.flatMap((entry, at) => (gone.has(entry.id) ? [{ entry, at }] : []));
}

/**
 * Deleted entries put back where they were (a delete's Undo): each at its
 * index, in the order of their indices, as if put back one by one (at the
 * end when the list is shorter now), in one pass over the list.
 */
export function entriesPutBack(
  entries: readonly Entry[],
  deleted: readonly PlacedEntry[],
): Entry[] {
  const rest = withoutEntries(
    entries,
    deleted.map(({ entry }) => entry.id),
  );
  const placed = [...deleted].sort((a, b) => a.at - b.at);
  const list: Entry[] = [];
  let next = 0;
  for (const entry of rest) {
    for (let put = placed[next]; put && put.at <= list.length; put = placed[++next]) {
      list.push(put.entry);
    }
    list.push(entry);
  }
  return [...list, ...placed.slice(next).map(({ entry }) => entry)];
}

/** Whether two versions of an entry are alike in all the user can change, and in revision. */
const sameEntry = (a: Entry, b: Entry): boolean =>
  (a.rev ?? 0) === (b.rev ?? 0) &&
  a.kind === b.kind &&
  a.text === b.text &&
  a.author === b.author &&
  a.lang === b.lang &&
  a.topics.join('\n') === b.topics.join('\n');

/** A change to the user's own entries. */
export type OwnChange =
  | { type: 'add'; entries: readonly Entry[] }
  /** `baseRev`: the revision the edit began from. */
  | { type: 'update'; entry: Entry; baseRev: number }
  /** Deletes entries: one, those found by a search, or those an import just added (its Undo). */
  | { type: 'delete'; ids: readonly string[] }
  /** Puts deleted entries back where they were (a delete's Undo). */
  | { type: 'restore'; deleted: readonly PlacedEntry[] }
  /** Replaces everything (restoring a backup). */
  | { type: 'replace'; entries: readonly Entry[] }
  /** Renames a topic or an author in every entry that has it. */
  | { type: 'rename'; kind: NameKind; from: string; to: string }
  /**
   * Puts entries back as they were before a change (a rename's Undo): each
   * one still as the change left it (`after`) becomes `before` again, with a
   * new revision; one changed since is left as it is.
   */
  | { type: 'revert'; changed: readonly { before: Entry; after: Entry }[] };

/** Applies one change to the latest list (under a lock, like pins). */
export function applyOwnChange(entries: readonly Entry[], change: OwnChange): Entry[] {
  switch (change.type) {
    case 'add': {
      const ids = new Set(entries.map((e) => e.id));
      return [...entries, ...change.entries.filter((e) => !ids.has(e.id))];
    }
    case 'update': {
      const current = entries.find((e) => e.id === change.entry.id);
      if (!current) throw new EditConflictError('deleted');
      if ((current.rev ?? 0) !== change.baseRev) throw new EditConflictError('changed');
      const edited = { ...change.entry, rev: change.baseRev + 1 };
      return entries.map((e) => (e.id === current.id ? edited : e));
    }
    case 'delete':
      return withoutEntries(entries, change.ids);
    case 'restore':
      return entriesPutBack(entries, change.deleted);
    case 'replace':
      return [...change.entries];
    case 'rename':
      return renameInEntries(entries, change.kind, change.from, change.to);
    case 'revert': {
      const changed = new Map(change.changed.map((c) => [c.after.id, c]));
      return entries.map((e) => {
        const c = changed.get(e.id);
        return c && sameEntry(e, c.after) ? { ...c.before, rev: (e.rev ?? 0) + 1 } : e;
      });
    }
  }
}

/** Whether a change left the list as it was: a change keeps each entry it does not touch, so identity tells. */
export const changedNothing = (before: readonly Entry[], after: readonly Entry[]): boolean =>
  after.length === before.length && after.every((entry, at) => entry === before[at]);

/** Reads a stored own entry; null for anything that is not one (damaged, or from a newer shape). */
export function parseOwnEntry(value: unknown): Entry | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Partial<Record<keyof Entry, unknown>>;
  if (typeof raw.id !== 'string' || raw.id === '') return null;
  const checked = checkDraft({
    kind: String(raw.kind),
    text: typeof raw.text === 'string' ? raw.text : '',
    ...(typeof raw.author === 'string' && { author: raw.author }),
    topics: Array.isArray(raw.topics) ? raw.topics.filter((t) => typeof t === 'string') : [],
  });
  if (!checked.ok) return null;
  const entry = toEntry(raw.id, checked.draft, isRevision(raw.rev) ? raw.rev : 0);
  return isLanguageTag(raw.lang) ? { ...entry, lang: raw.lang } : entry;
}

/** What is stored of an own entry: everything but its source, which is always OWN_SOURCE. */
export function storedOwnEntry({ source: _source, ...rest }: Entry): Omit<Entry, 'source'> {
  return rest;
}
