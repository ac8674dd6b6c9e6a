// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { authorNames, authorSpeller } from '../../utils/authorSpelling';
import { authorsInUse, indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';

const entry = (id: string, author?: string): Entry => ({
  id,
  kind: 'quote',
  text: `Text ${id}`,
  source: 'own',
  topics: [],
  ...(author && { author }),
});

describe('authorSpeller', () => {
  const spell = () => authorSpeller(authorNames(['Mark Twain', 'José Martí', 'Eugene O’Neill']));

  it('spells an author as the one already there, case, accents, quote marks and spaces aside', () => {
    const speller = spell();
    expect(['mark twain', 'Jose Marti', "eugene o'neill", 'Mark  Twain'].map(speller)).toEqual([
      'Mark Twain',
      'José Martí',
      'Eugene O’Neill',
      'Mark Twain',
    ]);
  });

  it('keeps a new author as first given, and spells it so after; no author stays none', () => {
    const speller = spell();
    expect(['Ann lee', 'ANN LEE', 'Bo', undefined, ''].map(speller)).toEqual([
      'Ann lee',
      'Ann lee',
      'Bo',
      undefined,
      undefined,
    ]);
  });

  it('keeps the first of two spellings already there', () => {
    expect(authorSpeller(authorNames(['Ann Lee', 'ann lee']))('ANN LEE')).toBe('Ann Lee');
  });
});

describe('authorsInUse', () => {
  const index = indexCorpus(
    [entry('q-1', 'Mark Twain'), entry('u-1', 'ann lee'), entry('u-2'), entry('u-3', 'Mark Twain')],
    [],
  );

  it('lists each author once, in corpus order, without "Unknown"', () => {
    expect(authorsInUse(index)).toEqual(['Mark Twain', 'ann lee']);
  });

  it('leaves out an author only the entry being edited has, so its spelling may change', () => {
    expect(authorsInUse(index, 'u-1')).toEqual(['Mark Twain']);
    expect(authorsInUse(index, 'u-3')).toEqual(['Mark Twain', 'ann lee']);
  });
});
