import type { CorpusFile } from './corpusFile';
import { UNKNOWN_AUTHOR } from './credit';
import type { Entry, Source } from './entry';
import { authorOf, type Filters, matchingEntries } from './filters';
import { isOwnEntry, OWN_SOURCE } from './ownEntries';
import { isTeamEntry, type TeamPolicy } from './team/policy';

/** Entries and sources by id, built once per page. */
export interface CorpusIndex {
  all: readonly Entry[];
  entries: ReadonlyMap<string, Entry>;
  sources: ReadonlyMap<string, Source>;
}

export function indexCorpus(all: readonly Entry[], sources: readonly Source[]): CorpusIndex {
  return {
    all,
    entries: new Map(all.map((entry) => [entry.id, entry])),
    sources: new Map(sources.map((source) => [source.id, source])),
  };
}

/** Every entry a page knows: the built-in corpus, then the organisation's entries, then the user's own. */
export const indexAll = (
  corpus: CorpusFile,
  team: Pick<TeamPolicy, 'entries' | 'sources'>,
  own: readonly Entry[],
): CorpusIndex =>
  indexCorpus(
    [...corpus.entries, ...team.entries, ...own],
    [...corpus.sources, ...team.sources, OWN_SOURCE],
  );

/** Which entries the filters pick from: all, or only the user's own, or their organisation's. */
export interface PoolChoice {
  onlyMine: boolean;
  onlyTeam: boolean;
}

/**
 * The ids rotation may show, never a hidden one: with "only pinned", the
 * pins whose entries exist; otherwise the entries the filters let through,
 * in corpus order.
 */
export function eligibleIds(
  index: CorpusIndex,
  filters: Filters & PoolChoice & { onlyPinned: boolean },
  pins: readonly string[],
  hidden: ReadonlySet<string> = new Set(),
): string[] {
  const ids = filters.onlyPinned
    ? pins.filter((id) => index.entries.has(id))
    : matchingEntries(pool(index, filters), filters, index.sources).map((entry) => entry.id);
  return hidden.size === 0 ? ids : ids.filter((id) => !hidden.has(id));
}

/**
 * The entries the filters pick from: all; or with "only my entries" the
 * user's own, with "only my organisation's" the organisation's (both ticked:
 * either).
 */
export function pool(index: CorpusIndex, filters: PoolChoice): readonly Entry[] {
  if (!filters.onlyMine && !filters.onlyTeam) return index.all;
  return index.all.filter(
    (entry) => (filters.onlyMine && isOwnEntry(entry)) || (filters.onlyTeam && isTeamEntry(entry)),
  );
}

/** Orders names as a list shows them: numbers by their value, so "week 2" comes before "week 10". */
export const byName = new Intl.Collator(undefined, { numeric: true }).compare;

/** Every topic in use, the controlled ones first (in their order), then the user's own, sorted. */
export function topicsInUse(index: CorpusIndex, controlled: readonly string[]): string[] {
  const known = new Set(controlled);
  const own = new Set(index.all.flatMap((entry) => entry.topics).filter((t) => !known.has(t)));
  return [...controlled, ...[...own].sort(byName)];
}

/**
 * Every author entries are filed under (but not "Unknown"), once each, in
 * corpus order: built-in ones first. Without the entry `exceptId`, so an
 * edit may change how an author only that entry has is spelt.
 */
export function authorsInUse(index: CorpusIndex, exceptId: string | null = null): string[] {
  const authors = new Set<string>();
  for (const entry of index.all) {
    if (entry.id !== exceptId) authors.add(authorOf(entry, index.sources));
  }
  authors.delete(UNKNOWN_AUTHOR);
  return [...authors];
}
