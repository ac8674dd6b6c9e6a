import type { Entry, Source } from './entry';
import { type Filters, matchingEntries } from './filters';

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
 * exist; otherwise the entries the filters let through, in corpus order.
 */
export function eligibleIds(
  index: CorpusIndex,
  filters: Filters & { onlyPinned: boolean },
  pins: readonly string[],
): string[] {
  if (filters.onlyPinned) return pins.filter((id) => index.entries.has(id));
  return matchingEntries(index.all, filters, index.sources).map((entry) => entry.id);
}
