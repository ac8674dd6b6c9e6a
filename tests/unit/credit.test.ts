import { describe, expect, it } from 'vitest';
import { clipboardText, creditLine as creditIn } from '../../utils/credit';
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

  it('credits the article of a tip, with its author when named', () => {
    expect(creditLine(tip, { id: 's', title: 'Post', author: 'Bo' })).toBe('Bo, “Post”');
    expect(creditLine(tip, { id: 's', title: 'Post' })).toBe('“Post”');
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
