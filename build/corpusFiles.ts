import { CORPUS_SOURCES, corpusIn } from '../content/corpus';
import { type CorpusFile, corpusFileName } from '../utils/corpusFile';
import { LANGUAGES } from '../utils/language';

/** The built-in corpus as files of the build, one per language (see utils/corpusFile.ts), for WXT's public assets. */
export function corpusFiles(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((language) => {
    const file: CorpusFile = { entries: corpusIn(language), sources: CORPUS_SOURCES };
    return { relativeDest: corpusFileName(language), contents: JSON.stringify(file) };
  });
}
