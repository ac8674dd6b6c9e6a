import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamEntries } from '../../components/options/TeamEntries';
import { indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';

afterEach(cleanup);

const entry = (n: number): Entry => ({
  id: `org-${n}`,
  kind: 'tip',
  text: `Team tip number ${n}`,
  source: 'team',
  topics: [],
});

function setup(n: number) {
  const entries = Array.from({ length: n }, (_, i) => entry(i + 1));
  const calls: string[] = [];
  render(
    <TeamEntries
      index={indexCorpus(entries, [])}
      packs={[{ name: 'Support desk', count: n }]}
      entries={entries}
      pins={new Set(['org-2'])}
      hidden={new Set(['org-3'])}
      onTogglePin={async (id) => {
        calls.push(`pin ${id}`);
        return true;
      }}
      onSetHidden={async (id, hide) => {
        calls.push(`${hide ? 'hide' : 'show'} ${id}`);
        return true;
      }}
    />,
  );
  return calls;
}

const rows = () =>
  [...document.querySelectorAll('.pinned-list .pinned-body')].map((p) => p.textContent);
const pager = () => screen.getByRole('navigation', { name: 'Your organisation’s entries, pages' });

describe('TeamEntries', () => {
  it('lists the pack’s entries, each with Pin (pressed when pinned) and Hide or Show again', async () => {
    const calls = setup(3);
    expect(screen.getByText(/Support desk/)).toBeTruthy();
    expect(rows()).toEqual(['Team tip number 1', 'Team tip number 2', 'Team tip number 3']);
    const pin = screen.getByRole('button', { name: 'Pin', description: 'Team tip number 2' });
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    await act(async () => {
      fireEvent.click(pin);
      fireEvent.click(
        screen.getByRole('button', { name: 'Show again', description: 'Team tip number 3' }),
      );
      fireEvent.click(
        screen.getByRole('button', { name: 'Hide', description: 'Team tip number 1' }),
      );
    });
    expect(calls).toEqual(['pin org-2', 'show org-3', 'hide org-1']);
  });

  it('searches them, and a new search starts at its first page', () => {
    setup(200);
    fireEvent.click(within(pager()).getByRole('button', { name: 'Next' }));
    fireEvent.click(within(pager()).getByRole('button', { name: 'Next' }));
    expect(within(pager()).getByRole('status').textContent).toBe('Page 3 of 4');
    const search = screen.getByRole('searchbox', { name: 'Search your organisation’s entries' });
    // 1, 10–19 and 100–199: 111 found, three pages.
    fireEvent.input(search, { target: { value: 'number 1' } });
    expect(within(pager()).getByRole('status').textContent).toBe('Page 1 of 3');
    expect(rows()[0]).toBe('Team tip number 1');
    fireEvent.input(search, { target: { value: 'nothing like it' } });
    expect(screen.getByText('No entry from your organisation matches this search.')).toBeTruthy();
  });
});
