import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NewTab, type Rotation } from '../../components/NewTab';
import { PAINT_LABELS, paintTab } from '../../components/paintTab';
import { t } from '../../components/translate';
import type { EntryView } from '../../utils/entry';
import type { PaintedEntry } from '../../utils/firstPaint';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

afterEach(cleanup);

const labels = Object.fromEntries(PAINT_LABELS.map((key) => [key, t(key)])) as Record<
  (typeof PAINT_LABELS)[number],
  string
>;

const quote: EntryView = {
  id: 'q-1',
  kindLabel: 'Quote',
  topics: ['Calm', 'Patience'],
  text: 'Slow is smooth.',
  credit: 'Attributed to Someone',
};
const tip: EntryView = {
  id: 't-1',
  kindLabel: 'Service tip',
  topics: ['Listening'],
  title: 'Say it back',
  text: 'Repeat the problem in your own words.',
  credit: '“An article”',
};
/** Never answers: the tab stays as it was first painted. */
const waiting: Rotation = {
  next: () => new Promise(() => {}),
  replace: () => new Promise(() => {}),
  previous: () => new Promise(() => {}),
  canGoBack: () => new Promise(() => {}),
};
/** The props a painted tab never calls before it is taken over. */
const inertProps = {
  togglePin: async () => false,
  setHidden: async () => null,
  isOwn: () => false,
  deleteOwn: async () => 'unused',
  rotation: waiting,
  optionsUrl: '/options.html',
  openSettings: () => {},
};

function preactMarkup(painted: PaintedEntry, settings: Settings) {
  const { container } = render(
    <NewTab
      initialId={painted.view.id}
      initialCanGoBack={painted.canGoBack}
      busy={true}
      viewOf={(id) => (id === painted.view.id ? painted.view : undefined)}
      eligible={new Set([painted.view.id])}
      settings={settings}
      pinned={new Set(painted.pinned ? [painted.view.id] : [])}
      {...inertProps}
    />,
  );
  return container;
}

/** A translated quote: its work's title, and its original on demand. */
const translated = {
  ...quote,
  credit: 'Hermann Hesse, translated by Tabwise',
  sourceLabel: 'Source and original',
  citation: 'Siddhartha (1922), part II',
  work: { title: 'Siddhartha', lang: 'de' },
  original: { text: 'Ich kann denken.', lang: 'de' },
};

/** Its citation naming, in the work's language, the chapter too. */
const kamala = {
  ...translated,
  citation: 'Siddhartha (1922), part II, chapter “Kamala”',
  part: { title: 'Kamala', lang: 'de' },
};

/** A quote from an article: its title before the periodical's, set off by quotation marks. */
const article = {
  ...quote,
  sourceLabel: 'Source',
  citation: '“Is Anybody Listening?”, Fortune (1950)',
  work: { title: 'Fortune', lang: 'en' },
  part: { title: 'Is Anybody Listening?', lang: 'en' },
};

const cases: [string, PaintedEntry, Settings][] = [
  ['a quote', { view: quote, pinned: false, canGoBack: false }, DEFAULT_SETTINGS],
  ['a pinned tip', { view: tip, pinned: true, canGoBack: true }, DEFAULT_SETTINGS],
  [
    'a cited quote, with its source on demand',
    {
      view: { ...quote, sourceLabel: 'Source', citation: 'A Book (1990), “An Essay”' },
      pinned: false,
      canGoBack: true,
    },
    DEFAULT_SETTINGS,
  ],
  [
    'a translated quote, its work’s title and its original on demand',
    { view: translated, pinned: false, canGoBack: true },
    DEFAULT_SETTINGS,
  ],
  [
    'a citation keeping a chapter’s title in the work’s language',
    { view: kamala, pinned: false, canGoBack: true },
    DEFAULT_SETTINGS,
  ],
  [
    'a citation naming an article before its periodical',
    { view: article, pinned: false, canGoBack: true },
    DEFAULT_SETTINGS,
  ],
  [
    'a tip crediting an article, its title marked up',
    {
      view: { ...tip, credit: 'Adapted from “An article”', work: { title: 'An article' } },
      pinned: false,
      canGoBack: true,
    },
    DEFAULT_SETTINGS,
  ],
  [
    'an entry of one’s own in another language than the page’s',
    { view: { ...quote, lang: 'de' }, pinned: false, canGoBack: false },
    DEFAULT_SETTINGS,
  ],
  [
    'an entry without author or topics shown',
    { view: tip, pinned: false, canGoBack: true },
    { ...DEFAULT_SETTINGS, showAuthor: false, showTopics: false },
  ],
];

describe('paintTab', () => {
  it.each(cases)('paints %s with the very markup Preact renders', (_label, painted, settings) => {
    const root = document.createElement('div');
    paintTab(root, painted, settings, labels);
    const rendered = preactMarkup(painted, settings);
    expect(root.innerHTML).not.toBe('');
    // isEqualNode compares every node, attribute and text, attribute order aside.
    expect(root.isEqualNode(rendered)).toBe(true);
  });

  it('marks up the work’s title and an untranslated chapter’s, each in its language', () => {
    const root = document.createElement('div');
    paintTab(root, { view: kamala, pinned: false, canGoBack: true }, DEFAULT_SETTINGS, labels);
    expect(root.querySelector('details p')?.innerHTML).toBe(
      '<cite lang="de">Siddhartha</cite> (1922), part II, chapter “<span lang="de">Kamala</span>”',
    );
    expect(root.querySelector('figcaption')?.innerHTML).toBe(kamala.credit);
  });

  it('marks up an article’s title in quotation marks, and its periodical’s as the work', () => {
    const root = document.createElement('div');
    paintTab(root, { view: article, pinned: false, canGoBack: true }, DEFAULT_SETTINGS, labels);
    expect(root.querySelector('details p')?.innerHTML).toBe(
      '“<span lang="en">Is Anybody Listening?</span>”, <cite lang="en">Fortune</cite> (1950)',
    );
  });

  it('marks the part in the citation only, never in the credit', () => {
    const view = { ...kamala, credit: 'Kamala, translated by Tabwise' };
    const painted = { view, pinned: false, canGoBack: true };
    const root = document.createElement('div');
    paintTab(root, painted, DEFAULT_SETTINGS, labels);
    expect(root.querySelector('figcaption')?.innerHTML).toBe(view.credit);
    expect(root.querySelector('details p span')?.textContent).toBe('Kamala');
    expect(root.isEqualNode(preactMarkup(painted, DEFAULT_SETTINGS))).toBe(true);
  });

  it.each([
    ['a quote', quote],
    ['a citation with a work and a chapter', kamala],
  ])('is taken over by Preact without replacing a node, and focus stays: %s', (_label, view) => {
    const root = document.createElement('div');
    document.body.append(root);
    const painted: PaintedEntry = { view, pinned: false, canGoBack: true };
    const buttons = paintTab(root, painted, DEFAULT_SETTINGS, labels);
    const next = [...buttons].find(([, action]) => action === 'next')?.[0] as HTMLElement;
    next.focus();
    const before = [...root.querySelectorAll('*')];
    render(
      <NewTab
        initialId={view.id}
        initialCanGoBack={true}
        busy={true}
        viewOf={() => view}
        eligible={new Set([view.id])}
        settings={DEFAULT_SETTINGS}
        pinned={new Set()}
        {...inertProps}
      />,
      { container: root },
    );
    expect([...root.querySelectorAll('*')]).toEqual(before);
    expect(document.activeElement).toBe(next);
  });

  it('renders markup in an entry as text, never as HTML', () => {
    const root = document.createElement('div');
    const hostile = { ...quote, text: '<img src=x onerror=alert(1)>', credit: '<b>bold</b>' };
    paintTab(root, { view: hostile, pinned: false, canGoBack: false }, DEFAULT_SETTINGS, labels);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe(hostile.text);
    expect(root.querySelector('figcaption')?.textContent).toBe('<b>bold</b>');
  });

  it('tells which button does what', () => {
    const root = document.createElement('div');
    const buttons = paintTab(
      root,
      { view: quote, pinned: false, canGoBack: false },
      DEFAULT_SETTINGS,
      labels,
    );
    expect([...buttons].map(([button, action]) => [button.textContent, action])).toEqual([
      ['← Previous', 'previous'],
      ['Copy', 'copy'],
      ['☆ Pin', 'pin'],
      ['⊘Hide', 'hide'],
      ['Next →', 'next'],
      ['⚙Settings', 'settings'],
    ]);
  });
});
