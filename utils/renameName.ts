import type { Entry } from './entry';
import type { Filters } from './filters';

/**
 * Renaming a topic or an author across the user's own entries: the way to
 * change the case or spelling of one that several entries share, which the
 * entry form keeps as it is (a topic typed in another case joins the one
 * there, see topicSpelling.ts).
 */

export type NameKind = 'topic' | 'author';

const hasName = (entry: Entry, kind: NameKind, name: string): boolean =>
  kind === 'topic' ? entry.topics.includes(name) : entry.author === name;

/** How many of the entries use the name. */
export const entriesNamed = (entries: readonly Entry[], kind: NameKind, name: string): number =>
  entries.filter((entry) => hasName(entry, kind, name)).length;

/** Whether entries other than the user's (built in, or the organisation's) go by the name too. */
export const namedElsewhere = (
  entries: readonly Entry[],
  kind: NameKind,
  name: string,
  isMine: (entry: Entry) => boolean,
): boolean => entries.some((entry) => !isMine(entry) && hasName(entry, kind, name));

/** The entries with `from` renamed `to`: each one that had it gets a new revision (an edit begun before it conflicts). */
export function renameInEntries(
  entries: readonly Entry[],
  kind: NameKind,
  from: string,
  to: string,
): Entry[] {
  return entries.map((entry) => {
    if (!hasName(entry, kind, from)) return entry;
    const renamed =
      kind === 'topic'
        ? { ...entry, topics: [...new Set(entry.topics.map((t) => (t === from ? to : t)))] }
        : { ...entry, author: to };
    return { ...renamed, rev: (entry.rev ?? 0) + 1 };
  });
}

/** The entries a rename (`after`, from renameInEntries) changed, before and after. */
export function changedByRename(
  entries: readonly Entry[],
  after: readonly Entry[],
): { before: Entry; after: Entry }[] {
  return entries.flatMap((before, at) => {
    const renamed = after[at];
    return renamed && renamed !== before ? [{ before, after: renamed }] : [];
  });
}

/** The names ticked in the filter on `kind`. */
export const tickedNames = (filters: Pick<Filters, 'topics' | 'authors'>, kind: NameKind) =>
  kind === 'topic' ? filters.topics : filters.authors;

/** The filter on `kind` with these names ticked. */
export const nameFilter = (
  kind: NameKind,
  names: readonly string[],
): { topics: string[] } | { authors: string[] } =>
  kind === 'topic' ? { topics: [...names] } : { authors: [...names] };

/**
 * The names ticked on `kind` with `from` renamed `to`, or null when `from`
 * is not among them. `keepFrom`: other entries (built in, or the
 * organisation's) still go by `from`, so the filter keeps it beside `to`.
 */
export function renameInFilters(
  filters: Pick<Filters, 'topics' | 'authors'>,
  kind: NameKind,
  change: { from: string; to: string; keepFrom: boolean },
): string[] | null {
  const { from, to, keepFrom } = change;
  const names = tickedNames(filters, kind);
  if (!names.includes(from)) return null;
  return [
    ...new Set(names.flatMap((name) => (name !== from ? [name] : keepFrom ? [from, to] : [to]))),
  ];
}

/**
 * The names a user may rename: the topics their entries use that are not
 * built in, and their entries' authors, each sorted.
 */
export function renameableNames(
  own: readonly Entry[],
  builtInTopics: ReadonlySet<string>,
  compare: (a: string, b: string) => number,
): Record<NameKind, string[]> {
  const topics = new Set(own.flatMap((entry) => entry.topics));
  const authors = new Set(own.flatMap((entry) => (entry.author ? [entry.author] : [])));
  return {
    topic: [...topics].filter((topic) => !builtInTopics.has(topic)).sort(compare),
    author: [...authors].sort(compare),
  };
}
