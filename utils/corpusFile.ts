import type { Entry, Source } from './entry';

/**
 * The built-in corpus as the new tab loads it: a JSON file of its own in the
 * build (build/corpusFile.ts), fetched after the first paint, so the page's
 * script stays small however large the corpus grows.
 */
export const CORPUS_FILE = 'corpus.json';

export interface CorpusFile {
  entries: readonly Entry[];
  sources: readonly Source[];
}

/** Reads the file; anything but two lists reads as empty (the user's own entries still show). */
export function parseCorpusFile(raw: unknown): CorpusFile {
  const file = raw as Partial<Record<keyof CorpusFile, unknown>> | null;
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  return { entries: list(file?.entries), sources: list(file?.sources) };
}
