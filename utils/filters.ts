import { UNKNOWN_AUTHOR } from './credit';
import type { Entry, EntryKind, Source } from './entry';
import { plainQuotes } from './quoteMarks';

/** The three filter groups; an empty group means "all". */
export interface Filters {
  kinds: readonly EntryKind[];
  topics: readonly string[];
  authors: readonly string[];
}

/**
 * The name an entry is filed under in the author filter: its author (an
 * "Attributed to" quote under the name too), our name for tips in our own
 * words, else the author of the article it comes from; "Unknown" otherwise.
 */
export function authorOf(entry: Entry, sources: ReadonlyMap<string, Source>): string {
  if (entry.author) return entry.author;
  const source = sources.get(entry.source);
  if (source?.ours) return source.title;
  return (!source?.collection && source?.author) || UNKNOWN_AUTHOR;
}

type Group = keyof Filters;

function inGroup(
  group: Group,
  filters: Filters,
  entry: Entry,
  sources: ReadonlyMap<string, Source>,
): boolean {
  switch (group) {
    case 'kinds':
      return filters.kinds.length === 0 || filters.kinds.includes(entry.kind);
    case 'topics':
      return filters.topics.length === 0 || entry.topics.some((t) => filters.topics.includes(t));
    case 'authors':
      return filters.authors.length === 0 || filters.authors.includes(authorOf(entry, sources));
  }
}

const GROUPS: readonly Group[] = ['kinds', 'topics', 'authors'];

/** True when the entry passes every group, except the one named in `ignoring`. */
export function matches(
  entry: Entry,
  filters: Filters,
  sources: ReadonlyMap<string, Source>,
  ignoring?: Group,
): boolean {
  return GROUPS.every((g) => g === ignoring || inGroup(g, filters, entry, sources));
}

export function matchingEntries(
  entries: readonly Entry[],
  filters: Filters,
  sources: ReadonlyMap<string, Source>,
): Entry[] {
  return entries.filter((entry) => matches(entry, filters, sources));
}

/**
 * How many entries each choice in a group would show, given the choices made
 * in the other groups (so the counts next to checkboxes stay truthful).
 */
export function countsFor(
  group: 'topics' | 'authors',
  entries: readonly Entry[],
  filters: Filters,
  sources: ReadonlyMap<string, Source>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!matches(entry, filters, sources, group)) continue;
    const keys = group === 'topics' ? entry.topics : [authorOf(entry, sources)];
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Letters a keyboard may not have, as people type them instead ("coeur" for "cœur"). */
const SPELLED_OUT: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Text as a search compares it: case, accents, quote marks and kinds of space
 * aside ("exupery" finds "Exupéry", "don't" finds "don’t", "coeur" finds
 * "cœur", "strasse" finds "Straße", and a space finds a line break or French
 * typography's narrow no-break space).
 */
export const searchable = (text: string): string =>
  plainQuotes(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/[œæß]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/\s+/g, ' ');

export type Searched = Pick<Entry, 'text' | 'author'>;

interface Folded extends Searched {
  readonly foldedText: string;
  readonly foldedAuthor: string;
}

// Folding 10,000 own entries took about 15 ms a keystroke, so each entry's
// folded text and author are kept, beside the wording they were folded from.
const folded = new WeakMap<Searched, Folded>();

/** An entry's text and author as a search compares them, folded once per wording. */
function foldedOf(entry: Searched): Folded {
  const kept = folded.get(entry);
  if (kept?.text === entry.text && kept.author === entry.author) return kept;
  const fresh = {
    text: entry.text,
    author: entry.author,
    foldedText: searchable(entry.text),
    foldedAuthor: searchable(entry.author ?? ''),
  };
  folded.set(entry, fresh);
  return fresh;
}

/** The entries whose text or author holds what the user typed (case and accents aside); all for nothing typed. */
export function searchEntries<T extends Searched>(
  entries: readonly T[],
  query: string,
): readonly T[] {
  const needle = searchable(query.trim());
  if (!needle) return entries;
  return entries.filter((entry) => {
    const { foldedText, foldedAuthor } = foldedOf(entry);
    return foldedText.includes(needle) || foldedAuthor.includes(needle);
  });
}

/** The choices a search keeps: those whose name holds it (searchable), and every ticked one, in its place. */
export function choicesMatching<T extends { value: string; searchKey: string }>(
  choices: readonly T[],
  query: string,
  ticked: readonly string[],
): T[] {
  const key = searchable(query.trim());
  return choices.filter(
    ({ value, searchKey }) => ticked.includes(value) || searchKey.includes(key),
  );
}
