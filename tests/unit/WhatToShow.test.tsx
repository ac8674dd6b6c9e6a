import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTHORS_LISTED, WhatToShow } from '../../components/options/WhatToShow';
import { t } from '../../components/translate';
import { CORPUS_SOURCES, corpusIn } from '../../content/corpus';
import { indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

afterEach(cleanup);

/** 150 authors, each with two quotes, one of them "Attributed to". */
const quotes: Entry[] = Array.from({ length: 150 }, (_, n) => [
  {
    id: `q-${n}-a`,
    kind: 'quote' as const,
    text: `Line ${n} a`,
    author: `Author ${String(n).padStart(3, '0')}`,
    provenance: { kind: 'cited' as const, work: 'Book', year: 1990 },
    source: 'quote-list',
    topics: ['calm'],
  },
  {
    id: `q-${n}-b`,
    kind: 'quote' as const,
    text: `Line ${n} b`,
    author: `Author ${String(n).padStart(3, '0')}`,
    provenance: { kind: 'attributed' as const },
    source: 'quote-list',
    topics: ['calm'],
  },
]).flat();

function renderFilters(
  entries: readonly Entry[],
  settings: Settings = DEFAULT_SETTINGS,
  locked: ReadonlySet<keyof Settings> = new Set(),
  topics: readonly string[] = ['calm'],
) {
  const changes: Partial<Settings>[] = [];
  render(
    <WhatToShow
      index={indexCorpus(entries, CORPUS_SOURCES)}
      topics={topics}
      settings={settings}
      pins={[]}
      hidden={[]}
      withTeam={false}
      locked={locked}
      onChange={(change) => changes.push(change)}
    />,
  );
  const authors = screen.getByRole('group', { name: 'Authors' });
  const topicGroup = screen.getByRole('group', { name: 'Topics' });
  return { changes, authors, topicGroup };
}

describe('the author filter', () => {
  it('lists 150 authors once each, "Attributed to" quotes counted under the name', () => {
    const { authors } = renderFilters(quotes);
    const boxes = within(authors).getAllByRole('checkbox');
    expect(boxes).toHaveLength(150);
    expect(within(authors).getByRole('checkbox', { name: 'Author 042 (2)' })).toBeTruthy();
  });

  it('lists only the first 300 of a thousand authors, saying so, with ticked ones and search reaching all', () => {
    const many: Entry[] = Array.from({ length: 1000 }, (_, n) => ({
      id: `u-${n}`,
      kind: 'quote',
      text: `Own line ${n}`,
      author: `Person ${String(n).padStart(4, '0')}`,
      source: 'own',
      topics: [],
    }));
    const ticked = { ...DEFAULT_SETTINGS, authors: ['Person 0999'] };
    const { authors } = renderFilters(many, ticked);
    const names = () =>
      within(authors)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.querySelector('.label-text')?.textContent);
    expect(names()).toHaveLength(AUTHORS_LISTED + 1);
    expect(names().slice(0, 2)).toEqual(['Person 0000', 'Person 0001']);
    expect(names().at(-1)).toBe('Person 0999');
    expect(
      within(authors).getByText(
        'Showing the first 301 of 1,000 authors. Search to find the others.',
      ),
    ).toBeTruthy();
    fireEvent.input(within(authors).getByRole('searchbox'), { target: { value: 'person 08' } });
    expect(names()).toEqual([
      ...Array.from({ length: 100 }, (_, n) => `Person 08${String(n).padStart(2, '0')}`),
      'Person 0999',
    ]);
    expect(within(authors).queryByText(/Showing the first/)).toBeNull();
  });

  it('lists every built-in author, in every language', () => {
    for (const language of ['en', 'es', 'fr', 'de'] as const) {
      const { authors } = renderFilters(corpusIn(language));
      expect(within(authors).getAllByRole('checkbox').length).toBeLessThan(AUTHORS_LISTED);
      expect(within(authors).queryByText(/Showing the first/)).toBeNull();
      cleanup();
    }
  });

  it('narrows the list as one types, and keeps ticked authors in view', () => {
    const ticked = { ...DEFAULT_SETTINGS, authors: ['Author 007'] };
    const { authors } = renderFilters(quotes, ticked);
    fireEvent.input(within(authors).getByRole('searchbox'), { target: { value: 'author 14' } });
    const names = within(authors)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent?.trim());
    expect(names).toEqual([
      'Author 007 (2)',
      ...Array.from({ length: 10 }, (_, i) => `Author 14${i} (2)`),
    ]);
  });

  it('finds an author without the accents, and says when nobody matches', () => {
    const { authors } = renderFilters(corpusIn('en'));
    const search = within(authors).getByRole('searchbox');
    fireEvent.input(search, { target: { value: 'exupery' } });
    const names = within(authors)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent ?? '');
    expect(names.some((name) => name.includes('Saint-Exupéry'))).toBe(true);
    expect(within(authors).queryByRole('status')).toBeNull();
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(within(authors).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(authors).getByRole('status').textContent).toBe('No author matches “zzz”.');
    // No empty scrolling box under the sentence.
    expect(within(authors).queryByRole('list')).toBeNull();
  });

  it('ticks an author found by search', () => {
    const { authors, changes } = renderFilters(quotes);
    fireEvent.input(within(authors).getByRole('searchbox'), { target: { value: '099' } });
    fireEvent.click(within(authors).getByRole('checkbox', { name: 'Author 099 (2)' }));
    expect(changes).toEqual([{ authors: ['Author 099'] }]);
  });

  it('files the built-in tips under their source: ours as Tabwise, adapted ones under the article’s author', () => {
    const { authors } = renderFilters(corpusIn('en'));
    const tips = corpusIn('en').filter((entry) => entry.kind === 'tip');
    const ours = tips.filter((entry) => entry.source === 'tabwise').length;
    expect(within(authors).getByRole('checkbox', { name: `Tabwise (${ours})` })).toBeTruthy();
    const kaluyu = corpusIn('en').filter((entry) =>
      ['kaluyu-win-difficult'].includes(entry.source),
    ).length;
    expect(
      within(authors).getByRole('checkbox', { name: `Jeff Kaluyu, Ph.D. (${kaluyu})` }),
    ).toBeTruthy();
  });
});

describe('the filters’ hint', () => {
  it('says "none ticked: all are shown" only under a group with nothing ticked', () => {
    const hint = t('what.noneTicked');
    renderFilters(quotes, {
      ...DEFAULT_SETTINGS,
      kinds: ['quote', 'tip'],
      topics: [],
      authors: [],
    });
    const kinds = screen.getByRole('group', { name: 'Kinds' });
    expect(within(kinds).queryByText(hint)).toBeNull();
    const authors = screen.getByRole('group', { name: 'Authors' });
    expect(within(authors).getByText(hint)).toBeTruthy();
  });
});

describe('unticking every topic or author at once', () => {
  it('counts what is ticked, and one button unticks them all, an author past those listed too', () => {
    const past = `Author ${AUTHORS_LISTED + 10}`;
    const many = Array.from({ length: AUTHORS_LISTED + 20 }, (_, n) => ({
      ...(quotes[0] as Entry),
      id: `m-${n}`,
      text: `Line m${n}`,
      author: `Author ${n}`,
    }));
    const { changes, authors, topicGroup } = renderFilters(many, {
      ...DEFAULT_SETTINGS,
      topics: ['calm'],
      authors: ['Author 1', past],
    });
    expect(within(authors).getByText('2 ticked: only matching entries are shown.')).toBeTruthy();
    expect(within(topicGroup).getByText('1 ticked: only matching entries are shown.')).toBeTruthy();
    fireEvent.click(within(authors).getByRole('button', { name: 'Untick all authors' }));
    fireEvent.click(within(topicGroup).getByRole('button', { name: 'Untick all topics' }));
    expect(changes).toEqual([{ authors: [] }, { topics: [] }]);
  });

  it('lists a ticked topic no entry has any more, so that it can be unticked', () => {
    const { changes, topicGroup } = renderFilters(quotes, {
      ...DEFAULT_SETTINGS,
      topics: ['billing'],
    });
    const gone = within(topicGroup).getByRole('checkbox', { name: 'billing (0)' });
    expect((gone as HTMLInputElement).checked).toBe(true);
    fireEvent.click(gone);
    expect(changes).toEqual([{ topics: [] }]);
  });

  it('is not offered while nothing is ticked, nor where the organisation locked the choice', () => {
    renderFilters(quotes, { ...DEFAULT_SETTINGS, authors: ['Author 001'] }, new Set(['authors']));
    expect(screen.queryByRole('button', { name: 'Untick all topics' })).toBeNull();
    // Inside the disabled fieldset (happy-dom does not compute it; e2e checks it).
    const untick = screen.getByRole('button', { name: 'Untick all authors' });
    expect(untick.closest('fieldset[disabled]')).not.toBeNull();
  });
});

describe('settings an organisation locked', () => {
  it('show their value disabled, with "Set by your organisation", and the others stay free', () => {
    renderFilters(quotes, { ...DEFAULT_SETTINGS, kinds: ['tip'] }, new Set(['kinds']));
    const kinds = screen.getByRole('group', { name: 'Kinds' });
    const tips = within(kinds).getByRole('checkbox', { name: /Service tips|Tips/ });
    expect((tips as HTMLInputElement).checked).toBe(true);
    // A disabled fieldset disables what it holds (happy-dom does not compute it; e2e checks it).
    expect(tips.closest('fieldset[disabled]')).not.toBeNull();
    expect(screen.getByText(t('team.locked'))).toBeTruthy();
    const authors = screen.getByRole('group', { name: 'Authors' });
    expect(within(authors).getAllByRole('checkbox')[0]?.closest('fieldset[disabled]')).toBeNull();
  });
});

describe('the topic filter', () => {
  /** The topics an import of a collection's tags brings: 60 of them, each on two entries. */
  const tags = Array.from({ length: 60 }, (_, n) => `tag ${n}`);
  const tagged: Entry[] = tags.map((tag, n) => ({
    id: `u-${n}`,
    kind: 'quote',
    text: `Own line ${n}`,
    source: 'own',
    topics: [tag, tags[(n + 1) % tags.length] as string],
  }));
  const labels = (group: HTMLElement) =>
    within(group)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent?.trim());

  it('has no search while its topics lie open', () => {
    const { topicGroup } = renderFilters(quotes);
    expect(within(topicGroup).queryByRole('searchbox')).toBeNull();
  });

  it('gets a search once its topics scroll in a box, narrowing as one types and keeping ticked ones', () => {
    const ticked = { ...DEFAULT_SETTINGS, topics: ['tag 7'] };
    const { topicGroup } = renderFilters(tagged, ticked, new Set(), ['calm', ...tags]);
    expect(within(topicGroup).getAllByRole('checkbox')).toHaveLength(61);
    const search = within(topicGroup).getByRole('searchbox', { name: 'Search topics' });
    fireEvent.input(search, { target: { value: ' TAG 5' } });
    expect(labels(topicGroup)).toEqual([
      'tag 5 (2)',
      'tag 7 (2)',
      ...Array.from({ length: 10 }, (_, n) => `tag 5${n} (2)`),
    ]);
    fireEvent.input(search, { target: { value: 'billing' } });
    expect(labels(topicGroup)).toEqual(['tag 7 (2)']);
  });

  it('says so when no topic matches', () => {
    const { topicGroup } = renderFilters(tagged, DEFAULT_SETTINGS, new Set(), tags);
    fireEvent.input(within(topicGroup).getByRole('searchbox'), { target: { value: ' billing ' } });
    expect(within(topicGroup).queryAllByRole('checkbox')).toEqual([]);
    expect(within(topicGroup).getByRole('status').textContent).toBe('No topic matches “billing”.');
  });
});
