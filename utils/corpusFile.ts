import type { Entry, Source } from './entry';
import type { Language } from './language';

/**
 * The built-in corpus as a page loads it: one JSON file per language in the
 * build (build/corpusFiles.ts), fetched after the first paint, so the page's
 * script stays small however large the corpus grows and a reader downloads
 * only their own language.
 */
export const corpusFileName = (language: Language): string => `corpus.${language}.json`;

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
