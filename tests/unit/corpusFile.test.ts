import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../build/corpusFile';
import { CORPUS, CORPUS_SOURCES } from '../../content/corpus';
import { CORPUS_FILE, parseCorpusFile } from '../../utils/corpusFile';

describe('the corpus file', () => {
  it('holds every built-in entry and source, and reads back as they are', () => {
    const file = corpusFile();
    expect(file.relativeDest).toBe(CORPUS_FILE);
    expect(parseCorpusFile(JSON.parse(file.contents))).toEqual({
      entries: CORPUS,
      sources: CORPUS_SOURCES,
    });
  });

  it.each([null, 'text', [], { entries: 'x' }])('reads %j as an empty corpus', (raw) => {
    expect(parseCorpusFile(raw)).toEqual({ entries: [], sources: [] });
  });
});
