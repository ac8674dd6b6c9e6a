// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../build/corpusFiles';
import { CORPUS_SOURCES, corpusIn } from '../../content/corpus';
import { corpusFileName, parseCorpusFile } from '../../utils/corpusFile';
import { corpusLanguage, LANGUAGES } from '../../utils/language';

describe('the corpus files', () => {
  const files = new Map(corpusFiles().map((file) => [file.relativeDest, file.contents]));

  it.each(LANGUAGES)(
    'hold the %s corpus and its sources, and read back as they are',
    (language) => {
      const contents = files.get(corpusFileName(language)) ?? '';
      expect(parseCorpusFile(JSON.parse(contents))).toEqual({
        entries: corpusIn(language),
        sources: CORPUS_SOURCES,
      });
    },
  );

  it('are one per language, and a reader downloads no other language’s text but originals', () => {
    expect([...files.keys()].sort()).toEqual(LANGUAGES.map(corpusFileName).sort());
    const french = parseCorpusFile(JSON.parse(files.get(corpusFileName('fr')) ?? '{}'));
    const withoutOriginals = JSON.stringify(
      french.entries.map(({ translation: _, ...entry }) => entry),
    );
    const english = corpusIn('en');
    const found = english.filter((entry) => withoutOriginals.includes(JSON.stringify(entry.text)));
    expect(found).toEqual([]);
  });

  it.each([null, 'text', [], { entries: 'x' }])('read %j as an empty corpus', (raw) => {
    expect(parseCorpusFile(raw)).toEqual({ entries: [], sources: [] });
  });
});

describe('corpusLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['de-AT', 'de'],
    ['es-419', 'es'],
    ['EN-GB', 'en'],
    ['it', 'en'],
    ['', 'en'],
  ])('reads %s as %s', (tag, language) => {
    expect(corpusLanguage(tag)).toBe(language);
  });
});
