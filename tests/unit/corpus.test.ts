import { describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_SOURCES } from '../../content/corpus';
import { TOPICS } from '../../content/topics';
import type { Entry } from '../../utils/entry';
import { validateCorpus } from '../../utils/validateCorpus';

const quote = (over: Partial<Entry>): Entry => ({
  id: 'q-sample',
  kind: 'quote',
  text: 'A sample line.',
  source: 'quote-list',
  topics: ['calm'],
  ...over,
});

describe('the built-in corpus', () => {
  it('passes validation', () => {
    expect(validateCorpus(CORPUS, CORPUS_SOURCES, TOPICS)).toEqual([]);
  });

  it('has at least 30 tips, each with a title and one to three sentences', () => {
    const tips = CORPUS.filter((e) => e.kind === 'tip');
    expect(tips.length).toBeGreaterThanOrEqual(30);
    for (const tip of tips) {
      expect(tip.title?.split(' ').length).toBeLessThanOrEqual(6);
      const sentences = tip.text.split(/(?<=[.!?])\s+(?=[A-Z“‘"])/);
      expect(sentences.length, tip.id).toBeLessThanOrEqual(3);
    }
  });

  it('uses between 8 and 15 topics, every one of them', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(8);
    expect(TOPICS.length).toBeLessThanOrEqual(15);
    const used = new Set(CORPUS.flatMap((e) => e.topics));
    expect([...used].sort()).toEqual([...TOPICS].sort());
  });

  it('ships the checked attributions of the seed quote list', () => {
    const byText = (start: string) => CORPUS.find((e) => e.text.startsWith(start));
    expect(byText('There is only one corner of the universe')?.author).toBe('Aldous Huxley');
    expect(byText('We cannot solve our problems')?.author).toBe('Albert Einstein');
    expect(byText('The goal of education')?.text).toContain('knowledge and the dissemination');
    expect(byText('Choose a job you love')?.author).toBeUndefined();
    expect(byText('Insanity:')?.author).toBeUndefined();
  });

  it('credits no one with words the record does not show they said', () => {
    const byId = (id: string) => CORPUS.find((e) => e.id === id);
    for (const id of [
      'q-einstein-rules-of-the-game',
      'q-einstein-same-thinking',
      'q-kennedy-education',
    ]) {
      expect(byId(id)?.provenance, id).toEqual({ kind: 'attributed' });
    }
    expect(byId('q-sivers-daily-empathy')?.provenance).toEqual({ kind: 'quoted-in' });
    const angelou = byId('q-angelou-change-attitude');
    expect(angelou?.text).toContain('change the way you think about it');
    expect(angelou?.provenance).toMatchObject({ kind: 'cited', year: 1993 });
    const king = byId('q-king-true-education');
    expect(king?.text).toMatch(
      /^The function of education, therefore, is .* … Intelligence plus character—/,
    );
    expect(king?.provenance).toMatchObject({ kind: 'cited', year: 1947 });
  });
});

describe('validateCorpus', () => {
  const sources = [{ id: 'quote-list', title: 'List' }];
  const check = (entries: Entry[]) => validateCorpus(entries, sources, ['calm']);

  it('reports a provenance that says nothing true', () => {
    const base: Entry = {
      id: 'q-a',
      kind: 'quote',
      text: 'A.',
      source: 'quote-list',
      topics: ['calm'],
    };
    expect(check([{ ...base, provenance: { kind: 'attributed' } }])).toEqual([
      'Entry "q-a": a provenance needs a quote with an author.',
    ]);
    const cited = {
      ...base,
      author: 'Ann',
      provenance: { kind: 'cited', work: 'Book', year: 0.5 },
    };
    expect(check([cited as Entry])).toEqual([
      'Entry "q-a": a citation needs the year it was written or said.',
    ]);
  });

  it('accepts a valid corpus', () => {
    expect(check([quote({}), quote({ id: 'q-other', text: 'Another line.' })])).toEqual([]);
  });

  it('reports a duplicate id', () => {
    expect(check([quote({}), quote({ text: 'Different.' })])).toEqual([
      'Entry "q-sample": id is used twice.',
    ]);
  });

  it('reports duplicate text, ignoring case, spacing and quote marks', () => {
    const twin = quote({ id: 'q-twin', text: '  a SAMPLE   line.' });
    expect(check([quote({}), twin])).toEqual(['Entry "q-twin": same text as "q-sample".']);
  });

  it('reports an unknown topic, an empty text, an unknown source and a bad id', () => {
    expect(check([quote({ id: 'Bad Id', text: ' ', topics: ['cooking'], source: 'x' })])).toEqual([
      'Entry "Bad Id": id must be kebab-case.',
      'Entry "Bad Id": text is empty.',
      'Entry "Bad Id": unknown source "x".',
      'Entry "Bad Id": unknown topic "cooking".',
    ]);
  });

  it('reports a tip without a title and an entry without topics', () => {
    expect(check([quote({ kind: 'tip', topics: [] })])).toEqual([
      'Entry "q-sample": a tip needs a title.',
      'Entry "q-sample": needs at least one topic.',
    ]);
  });
});
