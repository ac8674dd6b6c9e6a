import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LinkedSentence } from '../../components/LinkedSentence';

const rendered = (sentence: string) => {
  const { container } = render(<LinkedSentence sentence={sentence} href="/options.html" />);
  const link = container.querySelector('a');
  return { text: container.textContent, link: link?.textContent, href: link?.getAttribute('href') };
};

describe('LinkedSentence', () => {
  it('makes the bracketed words the link, wherever the translation puts them', () => {
    expect(rendered('Turn that off in [Settings], then press Pin.')).toEqual({
      text: 'Turn that off in Settings, then press Pin.',
      link: 'Settings',
      href: '/options.html',
    });
    expect(rendered('[Einstellungen] öffnen.').link).toBe('Einstellungen');
  });

  it('shows a sentence without brackets as it is, with no link', () => {
    expect(rendered('No link here.')).toEqual({
      text: 'No link here.',
      link: undefined,
      href: undefined,
    });
  });
});
