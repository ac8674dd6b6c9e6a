// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  aroundTitles,
  type Cited,
  citationLine,
  clipboardText,
  creditLine as creditIn,
  namedPart,
  namedWork,
} from '../../utils/credit';
import type { Entry } from '../../utils/entry';
import { ENGLISH_CREDIT } from '../englishCredit';

const quote: Entry = { id: 'q', kind: 'quote', text: 'Be kind.', source: 's', topics: [] };
const tip: Entry = { ...quote, kind: 'tip', title: 'Pause', text: 'Take a breath.' };

const creditLine = (entry: Entry, source: Parameters<typeof creditIn>[1], unknown?: string) =>
  creditIn(entry, source, unknown ? { ...ENGLISH_CREDIT, unknown } : ENGLISH_CREDIT);

describe('creditLine', () => {
  it('names the author of a quote, or "Unknown"', () => {
    expect(creditLine({ ...quote, author: 'Ann' }, undefined)).toBe('Ann');
    expect(creditLine(quote, undefined)).toBe('Unknown');
    expect(creditLine(quote, undefined, 'Inconnu')).toBe('Inconnu');
    expect(creditLine(quote, { id: 's', title: 'Quote list', collection: true })).toBe('Unknown');
  });

  it('credits the article of a quote taken from one with no named author', () => {
    expect(creditLine(quote, { id: 's', title: 'Post', author: 'Bo' })).toBe('Bo, “Post”');
    expect(creditLine(quote, { id: 's', title: 'Post' })).toBe('“Post”');
  });

  it('says a tip is adapted from its article, with the author when named', () => {
    expect(creditLine(tip, { id: 's', title: 'Post', author: 'Bo' })).toBe(
      'Adapted from Bo, “Post”',
    );
    expect(creditLine(tip, { id: 's', title: 'Post' })).toBe('Adapted from “Post”');
  });

  it('credits a tip in our own words to us by name', () => {
    expect(creditLine(tip, { id: 's', title: 'Tabwise', ours: true })).toBe('Tabwise');
  });

  it('puts an article’s title in the language’s quotation marks', () => {
    const french = { ...ENGLISH_CREDIT, title: (title: string) => `«\u00a0${title}\u00a0»` };
    expect(creditIn(quote, { id: 's', title: 'Post' }, french)).toBe('«\u00a0Post\u00a0»');
  });
});

describe('clipboardText', () => {
  it('is "text — author" for a quote', () => {
    expect(clipboardText(quote, 'Ann')).toBe('Be kind. — Ann');
  });

  it('leads a tip with its title', () => {
    expect(clipboardText(tip, '“Post”')).toBe('Pause. Take a breath. — “Post”');
  });
});

describe('creditLine with provenance', () => {
  const post = { id: 's', title: 'Post', author: 'Bo' };

  it('says "Attributed to" when no primary source shows the author said it', () => {
    const attributed: Entry = { ...quote, author: 'Ann', provenance: { kind: 'attributed' } };
    expect(creditLine(attributed, undefined)).toBe('Attributed to Ann');
  });

  it('names the article that quotes the author when the original was not found', () => {
    const retold: Entry = { ...quote, author: 'Ann', provenance: { kind: 'quoted-in' } };
    expect(creditLine(retold, post)).toBe('Ann, quoted in Bo, “Post”');
  });

  it('credits a cited quote to its author; the citation is kept beside it', () => {
    const cited: Entry = {
      ...quote,
      author: 'Ann',
      provenance: { kind: 'cited', work: 'A Book', year: 1990 },
    };
    expect(creditLine(cited, post)).toBe('Ann');
  });
});

describe('citationLine', () => {
  const post = { id: 's', title: 'Post', author: 'Bo' };
  const cited = (provenance: Partial<Cited>): Entry => ({
    ...quote,
    author: 'Ann',
    provenance: { kind: 'cited', year: 1974, ...provenance },
  });

  it('gives a cited quote’s work, year and place', () => {
    const cited: Entry = {
      ...quote,
      author: 'Ann',
      provenance: { kind: 'cited', work: 'A Book', year: 1990, where: 'chapter 2' },
    };
    expect(citationLine(cited, post, ENGLISH_CREDIT)).toBe('A Book (1990), chapter 2');
  });

  it('describes a letter or speech without a title, after the title when there is one', () => {
    const letter = cited({ occasion: 'Brief an Robert Hooke', where: '5. Februar' });
    expect(citationLine(letter, post, ENGLISH_CREDIT)).toBe(
      'Brief an Robert Hooke (1974), 5. Februar',
    );
    expect(namedWork(letter, post)).toBeUndefined();
    const speech = cited({ work: 'Cargo Cult Science', occasion: 'Caltech commencement address' });
    expect(citationLine(speech, post, ENGLISH_CREDIT)).toBe(
      'Cargo Cult Science, Caltech commencement address (1974)',
    );
    expect(namedWork(speech, post)).toEqual({ title: 'Cargo Cult Science' });
  });

  it('gives an article’s title in the language’s quotation marks, before the periodical it names as the work', () => {
    const article = cited({ work: 'Fortune', article: 'Is Anybody Listening?', lang: 'en' });
    const german = { ...ENGLISH_CREDIT, title: (t: string) => `„${t}“` };
    const line = citationLine(article, post, german);
    expect(line).toBe('„Is Anybody Listening?“, Fortune (1974)');
    // The periodical is the work, in italics; the article is a part of it,
    // set off by the quotation marks, in its language too.
    const work = namedWork(article, post);
    const part = namedPart(article);
    expect(work).toEqual({ title: 'Fortune', lang: 'en' });
    expect(part).toEqual({ title: 'Is Anybody Listening?', lang: 'en' });
    expect(aroundTitles(line ?? '', [work, part])).toEqual(['„', part, '“, ', work, ' (1974)']);
  });

  it('gives the article for its author’s own words, and nothing for other quotes', () => {
    const own: Entry = { ...quote, author: 'Bo', provenance: { kind: 'in-article' } };
    expect(citationLine(own, post, ENGLISH_CREDIT)).toBe('Bo, “Post”');
    expect(creditIn(own, post, ENGLISH_CREDIT)).toBe('Bo');
    const attributed: Entry = { ...quote, author: 'Ann', provenance: { kind: 'attributed' } };
    expect(citationLine(attributed, post, ENGLISH_CREDIT)).toBeUndefined();
    expect(citationLine(quote, post, ENGLISH_CREDIT)).toBeUndefined();
  });
});

describe('a quote shown in translation', () => {
  const translated: Entry = {
    ...quote,
    author: 'Antoine de Saint-Exupéry',
    provenance: { kind: 'cited', work: 'Le Petit Prince', year: 1943, lang: 'fr' },
    translation: { original: 'Il faut être très patient.', lang: 'fr' },
  };

  it('is credited to our translation, marked, unless a published translator is named', () => {
    expect(creditLine(translated, undefined)).toBe(
      'Antoine de Saint-Exupéry, translated by Tabwise',
    );
    const published = {
      ...translated,
      translation: { ...translated.translation, by: 'Katherine Woods' },
    };
    expect(creditLine(published as Entry, undefined)).toBe(
      'Antoine de Saint-Exupéry, translated by Katherine Woods',
    );
    const anonymous: Entry = { ...quote, translation: { original: 'Sé amable.', lang: 'es' } };
    expect(creditLine(anonymous, undefined)).toBe('Unknown, translated by Tabwise');
  });

  it('copies with its translation credit', () => {
    expect(clipboardText(translated, creditLine(translated, undefined))).toBe(
      'Be kind. — Antoine de Saint-Exupéry, translated by Tabwise',
    );
  });
});

describe('namedWork, namedPart and aroundTitles', () => {
  const post = { id: 's', title: 'Post', author: 'Bo', lang: 'en' };

  it('names the cited work in its language, else the entry’s article, else nothing', () => {
    const cited: Entry = {
      ...quote,
      author: 'Ann',
      provenance: { kind: 'cited', work: 'Siddhartha', year: 1922, lang: 'de' },
    };
    expect(namedWork(cited, post)).toEqual({ title: 'Siddhartha', lang: 'de' });
    expect(namedWork(tip, post)).toEqual({ title: 'Post', lang: 'en' });
    expect(namedWork(tip, { id: 's', title: 'Post' })).toEqual({ title: 'Post' });
    expect(namedWork(quote, { id: 'l', title: 'Quote list', collection: true })).toBeUndefined();
    expect(namedWork(tip, { id: 't', title: 'Tabwise', ours: true })).toBeUndefined();
  });

  it('splits a credit around the title it names, once', () => {
    const post = { title: 'Post' };
    expect(aroundTitles('Adapted from Bo, “Post”', [post])).toEqual([
      'Adapted from Bo, “',
      post,
      '”',
    ]);
    const siddhartha = { title: 'Siddhartha', lang: 'de' };
    expect(aroundTitles('Siddhartha (1922)', [siddhartha])).toEqual(['', siddhartha, ' (1922)']);
    expect(aroundTitles('Ann', [post])).toEqual(['Ann']);
    expect(aroundTitles('Ann', [undefined])).toEqual(['Ann']);
  });

  it('splits a citation around the work and then the part it names, in that order', () => {
    const work = { title: 'Proverbios y cantares' };
    const part = { title: 'Proverbios y cantares', lang: 'es' };
    // The part is looked for after the work, never inside its title.
    expect(
      aroundTitles('Proverbios y cantares (1912), „Proverbios y cantares“, II', [work, part]),
    ).toEqual(['', work, ' (1912), „', part, '“, II']);
    // A part the citation does not name (the work is not named either) is left out.
    expect(aroundTitles('Walden (1854), „Wo ich lebte“', [{ title: 'Siddhartha' }, part])).toEqual([
      'Walden (1854), „Wo ich lebte“',
    ]);
  });

  it('names the part a cited quote’s citation keeps in the work’s language', () => {
    const provenance = { kind: 'cited', work: 'Siddhartha', year: 1922, lang: 'de' } as const;
    const kamala: Entry = {
      ...quote,
      provenance: { ...provenance, where: 'chapter “Kamala”', part: 'Kamala' },
    };
    expect(namedPart(kamala)).toEqual({ title: 'Kamala', lang: 'de' });
    expect(namedPart({ ...quote, provenance })).toBeUndefined();
    expect(namedPart(quote)).toBeUndefined();
  });
});
