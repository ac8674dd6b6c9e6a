import { aroundTitles } from '../utils/credit';
import type { PaintedEntry } from '../utils/firstPaint';
import type { Settings } from '../utils/settings';
import type { ShortcutAction } from '../utils/shortcuts';
/**
 * The interface words the first paint shows, kept in the mirror in the
 * user's language (utils/firstPaint): asking the browser's i18n for them
 * would cost the first paint more than all the rest.
 */
export const PAINT_LABELS = [
  'lang',
  'newtab.title',
  'newtab.heading',
  'newtab.tags',
  'newtab.controls',
  'newtab.previous',
  'newtab.copy',
  'newtab.pin',
  'newtab.hide',
  'newtab.next',
  'newtab.settings',
] as const;
export type PaintLabel = (typeof PAINT_LABELS)[number];

/** The labels, when the mirror has every one of them. */
export function paintLabels(stored: Record<string, string>): Record<PaintLabel, string> | null {
  return PAINT_LABELS.every((key) => key in stored) ? (stored as Record<PaintLabel, string>) : null;
}

/** What a button of the first paint does once the page has taken over. */
export type PaintedAction = ShortcutAction | 'settings';

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Paints the new tab with plain DOM, before Preact, the corpus or storage
 * have loaded: the same markup NewTab, EntryCard and EntryControls render
 * for this entry while it is still being confirmed, so that Preact takes the
 * nodes over without any visible change (tests/unit/paintTab.test.tsx keeps
 * the two identical). Returns the buttons with what each does.
 */
export function paintTab(
  root: HTMLElement,
  { view, pinned, canGoBack }: PaintedEntry,
  settings: Pick<Settings, 'showAuthor' | 'showTopics'>,
  labels: Readonly<Record<PaintLabel, string>>,
): Map<HTMLButtonElement, PaintedAction> {
  const message = (key: PaintLabel) => labels[key];
  // A credit or citation: the title of the work it names as a <cite>, and
  // (a citation) the part's it keeps untranslated as a <span>, each in its language.
  const titled = (text: string, part?: typeof view.part) =>
    aroundTitles(text, [view.work, part]).map((named) =>
      typeof named === 'string'
        ? named
        : el(
            named === view.work ? 'cite' : 'span',
            named.lang ? { lang: named.lang } : {},
            named.title,
          ),
    );
  const tags = el(
    'ul',
    { class: 'tags', 'aria-label': message('newtab.tags') },
    el('li', { class: 'tag tag-kind' }, view.kindLabel),
    ...(view.origin ? [el('li', { class: 'tag tag-origin' }, view.origin)] : []),
    ...(settings.showTopics ? view.topics.map((topic) => el('li', { class: 'tag' }, topic)) : []),
  );
  const figure = el(
    'figure',
    { class: 'entry' },
    tags,
    ...(view.title ? [el('h2', { class: 'entry-title', dir: 'auto' }, view.title)] : []),
    el(
      'blockquote',
      { class: 'entry-text', dir: 'auto', ...(view.lang && { lang: view.lang }) },
      el('p', {}, view.text),
    ),
    ...(settings.showAuthor
      ? [el('figcaption', { class: 'entry-credit', dir: 'auto' }, ...titled(view.credit))]
      : []),
  );
  const hidden = (text: string, attributes: Record<string, string> = {}) =>
    el('span', { 'aria-hidden': 'true', ...attributes }, text);
  // A label a narrow window hides (the symbol beside it stays), still the button's name.
  const label = (text: string) => el('span', { class: 'control-label' }, text);
  const buttons = new Map<HTMLButtonElement, PaintedAction>();
  const button = (
    action: PaintedAction,
    attributes: Record<string, string>,
    ...label: (Node | string)[]
  ) => {
    const element = el('button', { type: 'button', ...attributes }, ...label) as HTMLButtonElement;
    buttons.set(element, action);
    return element;
  };
  const controls = el(
    'nav',
    { class: 'controls', 'aria-label': message('newtab.controls') },
    button(
      'previous',
      { 'aria-disabled': String(!canGoBack), 'aria-keyshortcuts': 'ArrowLeft' },
      hidden('← '),
      label(message('newtab.previous')),
    ),
    button('copy', { 'aria-keyshortcuts': 'c' }, message('newtab.copy')),
    button(
      'pin',
      { class: 'pin', 'aria-pressed': String(pinned), 'aria-keyshortcuts': 'p' },
      hidden(pinned ? '★ ' : '☆ ', { class: 'pin-star' }),
      message('newtab.pin'),
    ),
    button(
      'hide',
      { 'aria-keyshortcuts': 'h' },
      hidden('⊘', { class: 'control-icon' }),
      label(message('newtab.hide')),
    ),
    button(
      'next',
      { 'aria-keyshortcuts': 'ArrowRight n' },
      label(message('newtab.next')),
      hidden(' →'),
    ),
    button(
      'settings',
      {},
      hidden('⚙', { class: 'control-icon' }),
      label(message('newtab.settings')),
    ),
  );
  root.append(
    el(
      'main',
      { class: 'newtab', 'aria-busy': 'true' },
      el('h1', { class: 'visually-hidden' }, message('newtab.heading')),
      figure,
      ...(settings.showAuthor && view.sourceLabel
        ? [
            el(
              'details',
              { class: 'entry-source' },
              el('summary', {}, view.sourceLabel),
              ...(view.citation ? [el('p', {}, ...titled(view.citation, view.part))] : []),
              ...(view.original
                ? [el('blockquote', { lang: view.original.lang }, el('p', {}, view.original.text))]
                : []),
            ),
          ]
        : []),
      controls,
      el('p', { class: 'status', role: 'status' }, ''),
      el('p', { class: 'visually-hidden', 'aria-live': 'polite' }, ''),
    ),
  );
  return buttons;
}
