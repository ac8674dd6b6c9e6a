// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Entry, Source } from '../../utils/entry';
import {
  authorOf,
  choicesMatching,
  countsFor,
  type Filters,
  matchingEntries,
  searchable,
  searchEntries,
} from '../../utils/filters';

const sources = new Map<string, Source>([
  ['article', { id: 'article', title: 'An article', author: 'Dr. Writer' }],
  ['anon', { id: 'anon', title: 'Anonymous post' }],
  ['list', { id: 'list', title: 'A list', author: 'Compiler', collection: true }],
]);
const e = (
  id: string,
  kind: Entry['kind'],
  topics: string[],
  author?: string,
  source = 'article',
) => ({ id, kind, text: id, topics, source, ...(author && { author }) }) as Entry;
const corpus: Entry[] = [
  e('q-angelou', 'quote', ['perseverance'], 'Maya Angelou'),
  e('q-einstein', 'quote', ['education', 'success'], 'Albert Einstein'),
  e('q-anon', 'quote', ['success'], undefined, 'list'),
  e('t-listen', 'tip', ['listening', 'empathy']),
  e('t-calm', 'tip', ['calm'], undefined, 'anon'),
];
const none: Filters = { kinds: [], topics: [], authors: [] };
const ids = (filters: Filters) => matchingEntries(corpus, filters, sources).map((x) => x.id);

describe('filters', () => {
  it('lets everything through when no group has a choice', () => {
    expect(ids(none)).toHaveLength(5);
  });

  it('filters by kind', () => {
    expect(ids({ ...none, kinds: ['tip'] })).toEqual(['t-listen', 't-calm']);
    expect(ids({ ...none, kinds: ['quote', 'tip'] })).toHaveLength(5);
  });

  it('filters by any of the ticked topics', () => {
    expect(ids({ ...none, topics: ['success', 'calm'] })).toEqual([
      'q-einstein',
      'q-anon',
      't-calm',
    ]);
  });

  it('files tips under their article’s author, and the unattributed under Unknown', () => {
    expect(authorOf(corpus[3] as Entry, sources)).toBe('Dr. Writer');
    expect(authorOf(corpus[4] as Entry, sources)).toBe('Unknown');
    expect(ids({ ...none, authors: ['Unknown'] })).toEqual(['q-anon', 't-calm']);
  });

  it('combines kind × topics × authors', () => {
    expect(ids({ kinds: ['quote'], topics: ['success'], authors: ['Albert Einstein'] })).toEqual([
      'q-einstein',
    ]);
    expect(ids({ kinds: ['tip'], topics: ['success'], authors: [] })).toEqual([]);
  });

  it('counts each choice given the other groups’ choices', () => {
    const topicCounts = countsFor(
      'topics',
      corpus,
      { ...none, kinds: ['quote'], topics: ['calm'] },
      sources,
    );
    expect(Object.fromEntries(topicCounts)).toEqual({ perseverance: 1, education: 1, success: 2 });
    const authorCounts = countsFor('authors', corpus, { ...none, topics: ['success'] }, sources);
    expect(Object.fromEntries(authorCounts)).toEqual({ 'Albert Einstein': 1, Unknown: 1 });
  });
});

describe('searchEntries', () => {
  const entries = [
    { text: 'Fais de ta vie un rêve.', author: 'Antoine de Saint-Exupéry' },
    { text: 'Es gibt nichts Gutes.', author: 'Erich Kästner' },
  ];

  it('finds text and authors with case and accents aside', () => {
    expect(searchEntries(entries, 'KASTNER')).toEqual([entries[1]]);
    expect(searchEntries(entries, 'reve')).toEqual([entries[0]]);
    expect(searchEntries(entries, 'Exupéry')).toEqual([entries[0]]);
    expect(searchEntries(entries, '  ')).toBe(entries);
  });

  it('finds text typed with plain quote marks and spaces in text with typographic ones and line breaks', () => {
    const typographic = [
      { text: 'Don’t promise what you can’t keep.', author: 'Dana O’Neil' },
      { text: '„Geduld“ ist alles.', author: 'Unbekannt' },
      { text: 'Écouter\u202f: c’est déjà répondre.', author: 'Anonyme' },
      { text: 'Roses are red,\nviolets are blue.', author: 'Traditional' },
    ];
    expect(searchEntries(typographic, "can't")).toEqual([typographic[0]]);
    expect(searchEntries(typographic, "o'neil")).toEqual([typographic[0]]);
    expect(searchEntries(typographic, '"geduld"')).toEqual([typographic[1]]);
    expect(searchEntries(typographic, 'ecouter : c')).toEqual([typographic[2]]);
    expect(searchEntries(typographic, 'red, violets')).toEqual([typographic[3]]);
  });

  it('finds œ, æ and ß as people type them without those keys', () => {
    const spelled = [
      { text: 'Le cœur a ses raisons.', author: 'Blaise Pascal' },
      { text: 'Die Straße ist lang.', author: 'Unbekannt' },
      { text: 'Encyclopædia.', author: 'Anonymous' },
    ];
    expect(searchEntries(spelled, 'COEUR')).toEqual([spelled[0]]);
    expect(searchEntries(spelled, 'strasse')).toEqual([spelled[1]]);
    expect(searchEntries(spelled, 'Straße')).toEqual([spelled[1]]);
    expect(searchEntries(spelled, 'encyclopaedia')).toEqual([spelled[2]]);
  });

  it('finds an entry by its new text once that text changes', () => {
    const entry = { text: 'Erst denken, dann reden.', author: 'Unbekannt' };
    expect(searchEntries([entry], 'denken')).toEqual([entry]);
    entry.text = 'Zuhören ist eine Kunst.';
    entry.author = 'Ébauche';
    expect(searchEntries([entry], 'denken')).toEqual([]);
    expect(searchEntries([entry], 'zuhoren')).toEqual([entry]);
    expect(searchEntries([entry], 'ebauche')).toEqual([entry]);
  });
});

describe('choicesMatching', () => {
  const choices = ['Geduld', 'Zuhören', 'VIP'].map((label) => ({
    value: label.toLowerCase(),
    searchKey: searchable(label),
  }));

  it('keeps the choices whose name holds the query, accents and case aside, and every ticked one in place', () => {
    const found = choicesMatching(choices, ' ZUHOREN ', ['geduld']);
    expect(found.map((choice) => choice.value)).toEqual(['geduld', 'zuhören']);
    expect(choicesMatching(choices, '', [])).toEqual(choices);
  });
});
