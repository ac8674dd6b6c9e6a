import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyboardShortcuts } from '../../components/options/KeyboardShortcuts';

afterEach(cleanup);

describe('KeyboardShortcuts', () => {
  it('lists each key of the new tab beside what it does, as a section of its own', () => {
    render(<KeyboardShortcuts />);
    const section = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    const terms = within(section).getAllByRole('term');
    const said = terms.map((term) => [
      term.textContent,
      [...term.querySelectorAll('kbd')].map((kbd) => kbd.textContent),
      term.nextElementSibling?.textContent,
    ]);
    expect(said).toEqual([
      ['→ or N', ['→', 'N'], 'Next entry'],
      ['←', ['←'], 'Previous entry'],
      ['C', ['C'], 'Copy the entry with its author or source'],
      ['P', ['P'], 'Pin or unpin the entry'],
      ['H', ['H'], 'Hide the entry'],
    ]);
    expect(within(section).getByText(/first click the page or press F6/)).toBeTruthy();
  });
});
