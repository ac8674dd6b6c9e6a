import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { HiddenList } from '../../components/options/HiddenList';
import { indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { type HideOrShow, hiddenIdChange } from '../../utils/hidden';
import { applyIdChange } from '../../utils/idList';

/** Change types the harness refuses, as storage does when sync is full. */
const refused = new Set<HideOrShow['type']>();
afterEach(() => {
  cleanup();
  refused.clear();
});

const entry = (n: number): Entry => ({
  id: `q${n}`,
  kind: 'quote',
  text: `Hidden number ${n}`,
  author: `Author ${n}`,
  source: 'builtin',
  topics: [],
});

const said = (change: HideOrShow) =>
  change.type === 'show' || (change.type === 'all' && change.changes[0]?.type === 'show')
    ? 'Shown again.'
    : 'Hidden again.';

/**
 * Entries q1…qn, all hidden in that order (with `also`, ids of no entry,
 * first), kept in memory and said in the status as the options page does.
 */
function setup(n: number, also: string[] = []) {
  const entries = Array.from({ length: n }, (_, i) => entry(i + 1));
  const index = indexCorpus(entries, []);
  const changes: HideOrShow[] = [];
  const stored = { hidden: [...also, ...entries.map((e) => e.id)] };
  function Harness() {
    const [hidden, setHidden] = useState(stored.hidden);
    const [status, setStatus] = useState('');
    return (
      <HiddenList
        index={index}
        hidden={hidden}
        status={status}
        onChange={async (change) => {
          changes.push(change);
          if (refused.has(change.type)) {
            setStatus('Sync storage is full.');
            return false;
          }
          stored.hidden = applyIdChange(stored.hidden, hiddenIdChange(change));
          setHidden(stored.hidden);
          setStatus(said(change));
          return true;
        }}
      />
    );
  }
  render(<Harness />);
  return { changes, stored };
}

const listTexts = () =>
  [...document.querySelectorAll('.pinned-list .pinned-body')].map((p) => p.textContent);
const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Hidden number ${from + i}`);
const showAgain = (n: number) =>
  screen.getByRole('button', { name: 'Show again', description: `Hidden number ${n}` });
const undoButton = () => screen.getByRole('button', { name: 'Undo' });
const click = (button: HTMLElement) =>
  act(async () => {
    fireEvent.click(button);
  });

describe('HiddenList', () => {
  it('says when nothing is hidden', () => {
    setup(0);
    expect(screen.getByText(/Nothing hidden/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('offers Undo after "Show again", which hides the entry again in its place', async () => {
    const { changes } = setup(4);
    await click(showAgain(2));
    expect(listTexts()).toEqual(['Hidden number 1', 'Hidden number 3', 'Hidden number 4']);
    expect(document.activeElement).toBe(showAgain(3));
    await click(screen.getByRole('button', { name: 'Undo', description: 'Shown again.' }));
    expect(changes.at(-1)).toEqual({ type: 'all', changes: [{ type: 'hide', id: 'q2', at: 1 }] });
    expect(listTexts()).toEqual(numbers(1, 4));
    expect(screen.getByRole('status').textContent).toBe('Hidden again.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(showAgain(2));
  });

  it('sends the focus to Undo when no row is left, and puts the entry back on its page', async () => {
    setup(1);
    await click(showAgain(1));
    expect(screen.getByText(/Nothing hidden/)).toBeTruthy();
    expect(document.activeElement).toBe(undoButton());
    await click(undoButton());
    expect(listTexts()).toEqual(['Hidden number 1']);
    expect(document.activeElement).toBe(showAgain(1));

    cleanup();
    setup(51);
    const pager = screen.getByRole('navigation', { name: 'Hidden entries, pages' });
    fireEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    await click(showAgain(51));
    expect(screen.queryByRole('navigation')).toBeNull();
    await click(undoButton());
    expect(within(screen.getByRole('navigation')).getByRole('status').textContent).toBe(
      'Page 2 of 2',
    );
    expect(listTexts()).toEqual(['Hidden number 51']);
    expect(document.activeElement).toBe(showAgain(51));
  });

  it('offers no Undo when showing again fails, and offers it again when hiding back fails', async () => {
    setup(3);
    refused.add('show');
    await click(showAgain(2));
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(screen.getByRole('status').textContent).toBe('Sync storage is full.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    refused.clear();
    refused.add('all');
    await click(showAgain(2));
    await click(undoButton());
    expect(screen.getByRole('status').textContent).toBe('Sync storage is full.');
    expect(listTexts()).toEqual(['Hidden number 1', 'Hidden number 3']);
    expect(document.activeElement).toBe(undoButton());
    refused.clear();
    await click(screen.getByRole('button', { name: 'Undo', description: 'Sync storage is full.' }));
    expect(listTexts()).toEqual(numbers(1, 3));
  });

  it('shows all again at once, and Undo hides each back in its place', async () => {
    const { changes, stored } = setup(51, ['gone']);
    expect(screen.getByRole('button', { name: 'Show all 51 again' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Next' }));
    await click(screen.getByRole('button', { name: 'Show all 51 again' }));
    await click(screen.getByRole('button', { name: 'Show them again' }));
    expect(changes.at(-1)).toEqual({
      type: 'all',
      changes: Array.from({ length: 51 }, (_, i) => ({ type: 'show', id: `q${i + 1}` })),
    });
    // The id of no entry was not listed, so it stays hidden.
    expect(stored.hidden).toEqual(['gone']);
    expect(screen.getByText(/Nothing hidden/)).toBeTruthy();
    expect(document.activeElement).toBe(undoButton());

    await click(undoButton());
    expect(stored.hidden).toEqual(['gone', ...Array.from({ length: 51 }, (_, i) => `q${i + 1}`)]);
    expect(document.getElementById('hidden-status')?.textContent).toBe('Hidden again.');
    expect(listTexts()).toEqual(numbers(1, 50));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show all 51 again' }));
  });

  it('puts them back among entries hidden since, and offers "Show all" only for two or more', async () => {
    const { stored } = setup(3);
    await click(screen.getByRole('button', { name: 'Show all 3 again' }));
    await click(screen.getByRole('button', { name: 'Show them again' }));
    stored.hidden = ['q9'];
    await click(undoButton());
    expect(stored.hidden).toEqual(['q1', 'q2', 'q3', 'q9']);

    cleanup();
    setup(1);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('keeps every entry listed, and offers no Undo, when showing all again fails', async () => {
    setup(3);
    refused.add('all');
    await click(screen.getByRole('button', { name: 'Show all 3 again' }));
    await click(screen.getByRole('button', { name: 'Show them again' }));
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(screen.getByRole('status').textContent).toBe('Sync storage is full.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('searches the hidden entries once they fill more than a page, and shows again those found', async () => {
    setup(3);
    expect(screen.queryByRole('searchbox')).toBeNull();

    cleanup();
    const { stored } = setup(51);
    const search = screen.getByRole('searchbox', { name: 'Search hidden entries' });
    fireEvent.input(search, { target: { value: 'number 5' } });
    expect(listTexts()).toEqual(['Hidden number 5', 'Hidden number 50', 'Hidden number 51']);
    expect(screen.getByText('3 entries match “number 5”.')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Show all 3 again' }));
    await click(screen.getByRole('button', { name: 'Show them again' }));
    expect(stored.hidden).toHaveLength(48);
    expect(stored.hidden).not.toContain('q50');

    // Searched again since: Undo lists them as they were, the focus on "Show all".
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(screen.getByText('No entries match “zzz”.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    await click(undoButton());
    expect(stored.hidden).toEqual(Array.from({ length: 51 }, (_, i) => `q${i + 1}`));
    expect((search as HTMLInputElement).value).toBe('number 5');
    expect(listTexts()).toEqual(['Hidden number 5', 'Hidden number 50', 'Hidden number 51']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show all 3 again' }));
  });

  it('keeps the search box while a search is typed, even once a page holds them all', async () => {
    setup(51);
    const search = screen.getByRole('searchbox', { name: 'Search hidden entries' });
    fireEvent.input(search, { target: { value: 'number 1' } });
    await click(screen.getByRole('button', { name: 'Show all 11 again' }));
    await click(screen.getByRole('button', { name: 'Show them again' }));
    expect(screen.getByText('No entries match “number 1”.')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search hidden entries' })).toBeTruthy();
  });
});
