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

/** The ids of the entries the filters let through, in corpus order. */
export function eligibleIds(index: CorpusIndex, filters: Filters): string[] {
  return matchingEntries(index.all, filters, index.sources).map((entry) => entry.id);
}
