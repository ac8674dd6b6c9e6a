import { CORPUS, CORPUS_SOURCES } from '../content/corpus';
import { CORPUS_FILE, type CorpusFile } from '../utils/corpusFile';

/** The built-in corpus as a file of the build (see utils/corpusFile.ts), for WXT's public assets. */
export function corpusFile(): { relativeDest: string; contents: string } {
  const file: CorpusFile = { entries: CORPUS, sources: CORPUS_SOURCES };
  return { relativeDest: CORPUS_FILE, contents: JSON.stringify(file) };
}
