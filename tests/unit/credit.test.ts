import { describe, expect, it } from 'vitest';
import { clipboardText, creditLine } from '../../utils/credit';
import type { Entry } from '../../utils/entry';

const quote: Entry = { id: 'q', kind: 'quote', text: 'Be kind.', source: 's', topics: [] };
const tip: Entry = { ...quote, kind: 'tip', title: 'Pause', text: 'Take a breath.' };

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
