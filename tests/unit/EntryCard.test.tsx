import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntryCard } from '../../components/EntryCard';
import { entryView } from '../../components/labels';
import type { Entry, Source } from '../../utils/entry';

afterEach(cleanup);

const source: Source = { id: 's', title: 'An article', author: 'A. Writer' };

describe('EntryCard', () => {
  it('lets the browser set the direction of the text, title and credit (right-to-left entries)', () => {
    const tip: Entry = {
      id: 'u-1',
      kind: 'tip',
      title: 'تنفس أولاً',
      text: 'خذ نفساً قبل أن ترد.',
      author: 'سارة',
      source: 'own',
      topics: [],
    };
    const { container } = render(<EntryCard view={entryView(tip, undefined)} />);
    for (const selector of ['h2', 'blockquote', 'figcaption']) {
      expect(container.querySelector(selector)?.getAttribute('dir'), selector).toBe('auto');
    }
  });

  it('shows a quote as a figure: tags, blockquote and author caption', () => {
    const quote: Entry = {
      id: 'q',
      kind: 'quote',
      text: 'Stay curious.',
      author: 'Someone',
      source: 's',
      topics: ['calm', 'listening'],
    };
    const { container } = render(<EntryCard view={entryView(quote, source)} />);
    expect(container.querySelector('figure blockquote')?.textContent).toBe('Stay curious.');
    expect(container.querySelector('figure figcaption')?.textContent).toBe('Someone');
    const tags = screen.getByRole('list', { name: 'Kind and topics' });
    expect(tags.textContent).toBe('QuoteCalmListening');
  });

  it('shows an unattributed quote as by "Unknown"', () => {
    const quote: Entry = { id: 'q', kind: 'quote', text: 'Hm.', source: 'list', topics: ['calm'] };
    const list: Source = { id: 'list', title: 'Quote list', collection: true };
    const { container } = render(<EntryCard view={entryView(quote, list)} />);
    expect(container.querySelector('figcaption')?.textContent).toBe('Unknown');
  });

  it('shows a tip with its title, the "Service tip" tag and the article it is adapted from', () => {
    const tip: Entry = {
      id: 't',
      kind: 'tip',
      title: 'Breathe first',
      text: 'Take a breath before you answer.',
      source: 's',
      topics: ['calm'],
    };
    const { container } = render(<EntryCard view={entryView(tip, source)} />);
    expect(screen.getByRole('heading', { name: 'Breathe first' })).toBeTruthy();
    expect(screen.getByText('Service tip')).toBeTruthy();
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'Adapted from A. Writer, “An article”',
    );
  });

  it('offers a cited quote’s source as a disclosure, closed until asked', () => {
    const quote: Entry = {
      id: 'q',
      kind: 'quote',
      text: 'Change the way you think about it.',
      author: 'Maya Angelou',
      source: 's',
      topics: ['calm'],
      provenance: { kind: 'cited', work: 'A Book', year: 1993, where: '“An Essay”' },
    };
    const { container } = render(<EntryCard view={entryView(quote, source)} />);
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Source');
    expect(details?.querySelector('p')?.textContent).toBe('A Book (1993), “An Essay”');
    expect(container.querySelector('figcaption')?.textContent).toBe('Maya Angelou');
  });

  it('marks a translated quote, and offers its original, in its own language, a click away', () => {
    const quote: Entry = {
      id: 'q',
      kind: 'quote',
      text: 'You must be very patient.',
      author: 'Antoine de Saint-Exupéry',
      source: 'quote-list',
      topics: ['patience'],
      provenance: {
        kind: 'cited',
        work: 'Le Petit Prince',
        year: 1943,
        where: 'chapter XXI',
        lang: 'fr',
      },
      translation: { original: 'Il faut être très patient.', lang: 'fr', by: 'Katherine Woods' },
    };
    const list: Source = { id: 'quote-list', title: 'Quote list', collection: true };
    const { container } = render(<EntryCard view={entryView(quote, list)} />);
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'Antoine de Saint-Exupéry, translated by Katherine Woods',
    );
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Source and original');
    const cite = details?.querySelector('p cite');
    expect([cite?.textContent, cite?.getAttribute('lang')]).toEqual(['Le Petit Prince', 'fr']);
    expect(details?.querySelector('p')?.textContent).toBe('Le Petit Prince (1943), chapter XXI');
    const original = details?.querySelector('blockquote');
    expect([original?.textContent, original?.getAttribute('lang')]).toEqual([
      'Il faut être très patient.',
      'fr',
    ]);
    // The entry's own text stays in the page's language.
    expect(container.querySelector('figure blockquote')?.hasAttribute('lang')).toBe(false);
  });

  it('marks the title of a chapter the citation keeps in the work’s language', () => {
    const quote: Entry = {
      id: 'q',
      kind: 'quote',
      text: 'I can think. I can wait. I can fast.',
      author: 'Hermann Hesse',
      source: 'quote-list',
      topics: ['patience'],
      provenance: {
        kind: 'cited',
        work: 'Siddhartha',
        year: 1922,
        where: 'part II, chapter “Kamala”',
        part: 'Kamala',
        lang: 'de',
      },
      translation: { original: 'Ich kann denken. Ich kann warten. Ich kann fasten.', lang: 'de' },
    };
    const list: Source = { id: 'quote-list', title: 'Quote list', collection: true };
    const { container } = render(<EntryCard view={entryView(quote, list)} />);
    const citation = container.querySelector('details p');
    expect(citation?.textContent).toBe('Siddhartha (1922), part II, chapter “Kamala”');
    const titles = [...(citation?.children ?? [])].map((title) => [
      title.localName,
      title.textContent,
      title.getAttribute('lang'),
    ]);
    expect(titles).toEqual([
      ['cite', 'Siddhartha', 'de'],
      ['span', 'Kamala', 'de'],
    ]);
  });

  it('calls the disclosure "Original" when there is no source to give', () => {
    const quote: Entry = {
      id: 'q',
      kind: 'quote',
      text: 'To teach is to learn twice.',
      author: 'Joseph Joubert',
      source: 'quote-list',
      topics: ['learning'],
      provenance: { kind: 'attributed' },
      translation: { original: 'Enseigner, c’est apprendre deux fois.', lang: 'fr' },
    };
    const { container } = render(<EntryCard view={entryView(quote, undefined)} />);
    expect(container.querySelector('figcaption')?.textContent).toBe(
      'Attributed to Joseph Joubert, translated by Tabwise',
    );
    expect(container.querySelector('summary')?.textContent).toBe('Original');
    expect(container.querySelector('details > p')).toBeNull();
  });

  it('marks the title of an article a credit names, in its language', () => {
    const tip: Entry = {
      id: 't',
      kind: 'tip',
      title: 'Atmen',
      text: 'Erst atmen, dann antworten.',
      source: 's',
      topics: ['calm'],
    };
    const { container } = render(<EntryCard view={entryView(tip, { ...source, lang: 'en' })} />);
    const cite = container.querySelector('figcaption cite');
    expect([cite?.textContent, cite?.getAttribute('lang')]).toEqual(['An article', 'en']);
    expect(container.querySelector('details')).toBeNull();
  });

  it('marks the text of one’s own entry with the language detected for it, and no other', () => {
    const own: Entry = {
      id: 'u-1',
      kind: 'quote',
      text: 'Erst zuhören, dann antworten.',
      source: 'own',
      topics: [],
      lang: 'de',
    };
    const { container } = render(<EntryCard view={entryView(own, undefined)} />);
    expect(container.querySelector('figure blockquote')?.getAttribute('lang')).toBe('de');
    cleanup();
    const unsure = render(<EntryCard view={entryView({ ...own, lang: undefined }, undefined)} />);
    expect(unsure.container.querySelector('figure blockquote')?.hasAttribute('lang')).toBe(false);
  });

  it('renders markup in an entry as literal text', () => {
    const hostile: Entry = {
      id: 'x',
      kind: 'quote',
      text: '<img src=x onerror=alert(1)>',
      author: '<b>bold</b>',
      source: 's',
      topics: ['calm'],
    };
    const { container } = render(<EntryCard view={entryView(hostile, source)} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
