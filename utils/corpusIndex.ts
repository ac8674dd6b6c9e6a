import type { Entry, Source } from './entry';
import { type Filters, matchingEntries } from './filters';
import { isOwnEntry } from './ownEntries';

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

/**
 * The ids rotation may show: with "only pinned", the pins whose entries
 * exist; otherwise the entries the filters let through (only the user's own
 * with "only my entries"), in corpus order.
 */
export function eligibleIds(
  index: CorpusIndex,
  filters: Filters & { onlyPinned: boolean; onlyMine: boolean },
  pins: readonly string[],
): string[] {
  if (filters.onlyPinned) return pins.filter((id) => index.entries.has(id));
  return matchingEntries(pool(index, filters), filters, index.sources).map((entry) => entry.id);
}

/** The entries the filters pick from: all, or with "only my entries" the user's own. */
export function pool(index: CorpusIndex, filters: { onlyMine: boolean }): readonly Entry[] {
  return filters.onlyMine ? index.all.filter(isOwnEntry) : index.all;
}

/** Every topic in use, the controlled ones first (in their order), then the user's own, sorted. */
export function topicsInUse(index: CorpusIndex, controlled: readonly string[]): string[] {
  const known = new Set(controlled);
  const own = new Set(index.all.flatMap((entry) => entry.topics).filter((t) => !known.has(t)));
  return [...controlled, ...[...own].sort((a, b) => a.localeCompare(b))];
}
