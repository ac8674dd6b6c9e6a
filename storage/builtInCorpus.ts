import { type CorpusFile, corpusFileName, parseCorpusFile } from '../utils/corpusFile';
import type { Language } from '../utils/language';

/**
 * The built-in corpus in one language, a file of the extension: fetched, not
 * bundled, so page scripts stay small and a reader loads only their language.
 * Unreadable, it is empty: the user's own entries still show.
 */
export async function loadBuiltInCorpus(language: Language): Promise<CorpusFile> {
  try {
    const response = await fetch(`/${corpusFileName(language)}`);
    return parseCorpusFile(await response.json());
  } catch {
    return parseCorpusFile(null);
  }
}
