import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PinnedList } from '../../components/options/PinnedList';
import { UNDO_MS } from '../../components/options/UndoOffer';
import { indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { applyPinChange, type PinChange } from '../../utils/pins';

/** Change types the harness refuses, as storage does when sync is full. */
const refused = new Set<PinChange['type']>();
afterEach(() => {
  cleanup();
  refused.clear();
});

const entry = (n: number): Entry => ({
  id: `e${n}`,
  kind: 'quote',
  text: `Pinned number ${n}`,
  author: `Author ${n}`,
  source: 'own',
  topics: [],
});

/**
 * Entries e1…en, all pinned in that order (plus `pins`' extra ids), kept in
 * memory and said in the status as the options page does.
 */
function setup(n: number, extraPins: string[] = [], hidden: string[] = []) {
  const entries = Array.from({ length: n }, (_, i) => entry(i + 1));
  const index = indexCorpus(entries, []);
  const changes: PinChange[] = [];
  function Harness() {
    const [pins, setPins] = useState([...entries.map((e) => e.id), ...extraPins]);
    const [status, setStatus] = useState('');
    return (
      <PinnedList
        index={index}
        pins={pins}
        hidden={new Set(hidden)}
        status={status}
        onChange={async (change) => {
          changes.push(change);
          // Several in one write (Unpin all, and Undo) are refused or said as the first is.
          const kind = change.type === 'all' ? change.changes[0]?.type : change.type;
          if (kind && refused.has(kind)) {
            setStatus('Sync storage is full.');
            return false;
          }
          setPins((old) => applyPinChange(old, change));
          setStatus({ unpin: 'Unpinned.', pin: 'Pinned again.' }[kind as string] ?? '');
          return true;
        }}
      />
    );
  }
  render(<Harness />);
  return changes;
}

const listTexts = () =>
  [...document.querySelectorAll('.pinned-list .pinned-body')].map((p) => p.textContent);
const listNumbers = () =>
  [...document.querySelectorAll('.pinned-list .entry-number')].map((n) => n.textContent);
const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Pinned number ${from + i}`);
const pager = () => screen.getByRole('navigation', { name: 'Pinned entries, pages' });
const pageStatus = () => within(pager()).getByRole('status').textContent;
const previous = () => within(pager()).getByRole('button', { name: 'Previous' });
const next = () => within(pager()).getByRole('button', { name: 'Next' });
/** A row's button, by its name and the entry's text. */
const rowButton = (name: string, n: number) =>
  screen.getByRole('button', { name, description: `Pinned number ${n}` });

describe('PinnedList', () => {
  it('says when nothing is pinned', () => {
    setup(0);
    expect(screen.getByText(/Nothing pinned yet/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('renders only one page of 2,000 pins, and counts them all', () => {
    setup(2000);
    expect(document.querySelectorAll('.pinned-list li')).toHaveLength(50);
    expect(listTexts()).toEqual(numbers(1, 50));
    expect(screen.getByText('2,000 pinned')).toBeTruthy();
    expect(pageStatus()).toBe('Page 1 of 40');
  });

  it('moves with Next and Previous, says the page, and keeps focus on the button', () => {
    setup(2000);
    expect(previous().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(previous());
    expect(pageStatus()).toBe('Page 1 of 40');

    next().focus();
    fireEvent.click(next());
    expect(pageStatus()).toBe('Page 2 of 40');
    expect(listTexts()).toEqual(numbers(51, 100));
    // The list numbers go on from the page before.
    expect(document.querySelector('.pinned-list li')?.getAttribute('value')).toBe('51');
    expect(listNumbers().slice(0, 2)).toEqual(['51.', '52.']);
    expect(document.activeElement).toBe(next());
    expect(previous().getAttribute('aria-disabled')).toBeNull();

    previous().focus();
    fireEvent.click(previous());
    expect(pageStatus()).toBe('Page 1 of 40');
    expect(listTexts()).toEqual(numbers(1, 50));
    // At the start Previous stays focusable, and says it does nothing.
    expect(document.activeElement).toBe(previous());
    expect(previous().getAttribute('aria-disabled')).toBe('true');
  });

  it('shows no pages while the pins fit on one, and reorders and unpins as before', async () => {
    const changes = setup(3);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('3 pinned')).toBeTruthy();
    expect((rowButton('Move up', 1) as HTMLButtonElement).disabled).toBe(true);
    expect((rowButton('Move down', 3) as HTMLButtonElement).disabled).toBe(true);

    await act(async () => {
      fireEvent.click(rowButton('Move down', 1));
    });
    expect(listTexts()).toEqual(['Pinned number 2', 'Pinned number 1', 'Pinned number 3']);
    expect(document.activeElement).toBe(rowButton('Move down', 1));

    await act(async () => {
      fireEvent.click(rowButton('Unpin', 1));
    });
    expect(listTexts()).toEqual(['Pinned number 2', 'Pinned number 3']);
    // Numbered from 1 again, in the page itself (a CSS counter went stale in Chromium).
    expect(listNumbers()).toEqual(['1.', '2.']);
    expect(document.activeElement).toBe(rowButton('Unpin', 3));
    expect(screen.getByText('2 pinned')).toBeTruthy();
    expect(changes).toEqual([
      { type: 'move', id: 'e1', by: 1 },
      { type: 'unpin', id: 'e1' },
    ]);
  });

  it('shows the page before once the last pin of the last page is unpinned', async () => {
    setup(101);
    next().focus();
    fireEvent.click(next());
    fireEvent.click(next());
    expect(pageStatus()).toBe('Page 3 of 3');
    expect(listTexts()).toEqual(['Pinned number 101']);
    // At the end Next stays focusable but does nothing.
    expect(next().getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next());
    fireEvent.click(next());
    expect(pageStatus()).toBe('Page 3 of 3');

    await act(async () => {
      fireEvent.click(rowButton('Unpin', 101));
    });
    expect(pageStatus()).toBe('Page 2 of 2');
    expect(listTexts()).toEqual(numbers(51, 100));
    expect(screen.getByText('100 pinned')).toBeTruthy();
    // Focus goes to the row before, now on the page shown.
    expect(document.activeElement).toBe(rowButton('Unpin', 100));
  });

  it('keeps its page while the pins change, and follows a row moved past its edge', async () => {
    setup(120);
    fireEvent.click(next());
    await act(async () => {
      fireEvent.click(rowButton('Unpin', 60));
    });
    expect(pageStatus()).toBe('Page 2 of 3');
    expect(listTexts()).toEqual([...numbers(51, 59), ...numbers(61, 101)]);
    expect(screen.getByText('119 pinned')).toBeTruthy();
    expect(document.activeElement).toBe(rowButton('Unpin', 61));

    // The last row of page 2 moves down onto page 3, and the list goes with it.
    await act(async () => {
      fireEvent.click(rowButton('Move down', 101));
    });
    expect(pageStatus()).toBe('Page 3 of 3');
    expect(listTexts()?.[0]).toBe('Pinned number 101');
    expect(document.activeElement).toBe(rowButton('Move down', 101));

    // Its Move up takes it back to the end of page 2.
    await act(async () => {
      fireEvent.click(rowButton('Move up', 101));
    });
    expect(pageStatus()).toBe('Page 2 of 3');
    expect(listTexts()?.at(-1)).toBe('Pinned number 101');
    expect(document.activeElement).toBe(rowButton('Move up', 101));
  });

  it('offers Undo after an unpin, which pins the entry back in its place', async () => {
    const changes = setup(5);
    await act(async () => {
      fireEvent.click(rowButton('Unpin', 3));
    });
    expect(listTexts()).toEqual([
      'Pinned number 1',
      'Pinned number 2',
      'Pinned number 4',
      'Pinned number 5',
    ]);
    const undo = screen.getByRole('button', { name: 'Undo', description: 'Unpinned.' });
    await act(async () => {
      fireEvent.click(undo);
    });
    expect(listTexts()).toEqual(numbers(1, 5));
    expect(changes.at(-1)).toEqual({ type: 'all', changes: [{ type: 'pin', id: 'e3', at: 2 }] });
    expect(screen.getByRole('status').textContent).toBe('Pinned again.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(rowButton('Unpin', 3));
  });

  it('puts a pin back on its page, and sends the focus to Undo when no row is left', async () => {
    setup(51);
    fireEvent.click(next());
    await act(async () => {
      fireEvent.click(rowButton('Unpin', 51));
    });
    expect(screen.queryByRole('navigation')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(pageStatus()).toBe('Page 2 of 2');
    expect(listTexts()).toEqual(['Pinned number 51']);
    expect(document.activeElement).toBe(rowButton('Unpin', 51));

    cleanup();
    setup(1);
    await act(async () => {
      fireEvent.click(rowButton('Unpin', 1));
    });
    expect(screen.getByText(/Nothing pinned yet/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
  });

  it('offers no Undo when the unpin fails, and offers it again when pinning back fails', async () => {
    setup(3);
    refused.add('unpin');
    await act(async () => {
      fireEvent.click(rowButton('Unpin', 2));
    });
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    refused.clear();
    refused.add('pin');
    await act(async () => {
      fireEvent.click(rowButton('Unpin', 2));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(screen.getByText('Sync storage is full.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    refused.clear();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Undo', description: 'Sync storage is full.' }),
      );
    });
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(screen.getByText('Pinned again.')).toBeTruthy();
  });

  it('takes Undo away after a while, but not from under the focus or the pointer', async () => {
    vi.useFakeTimers();
    try {
      setup(5);
      await act(async () => {
        fireEvent.click(rowButton('Unpin', 1));
      });
      act(() => {
        vi.advanceTimersByTime(UNDO_MS);
      });
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

      await act(async () => {
        fireEvent.click(rowButton('Unpin', 2));
      });
      const undo = screen.getByRole('button', { name: 'Undo' });
      undo.focus();
      act(() => {
        vi.advanceTimersByTime(UNDO_MS);
      });
      expect(screen.getByRole('button', { name: 'Undo' })).toBe(undo);
      act(() => undo.blur());
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

      await act(async () => {
        fireEvent.click(rowButton('Unpin', 3));
      });
      const pointed = screen.getByRole('button', { name: 'Undo' });
      fireEvent.pointerEnter(pointed);
      act(() => {
        vi.advanceTimersByTime(UNDO_MS);
      });
      expect(screen.getByRole('button', { name: 'Undo' })).toBe(pointed);
      // Offered again for another unpin (by keyboard), with the pointer still on it.
      await act(async () => {
        fireEvent.click(rowButton('Unpin', 4));
      });
      act(() => {
        vi.advanceTimersByTime(UNDO_MS);
      });
      expect(screen.getByRole('button', { name: 'Undo' })).toBe(pointed);
      fireEvent.pointerLeave(pointed);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says which pins are hidden too, and so never show', () => {
    setup(3, [], ['e2']);
    const metas = [...document.querySelectorAll('.pinned-list .pinned-meta')].map(
      (p) => p.textContent,
    );
    expect(metas).toEqual([
      'Quote · Author 1',
      'Quote · Author 2 · hidden, so it does not show on new tabs',
      'Quote · Author 3',
    ]);
  });

  it('counts and pages only the pins whose entry exists', () => {
    setup(50, ['gone-1', 'gone-2']);
    expect(screen.getByText('50 pinned')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  const searchBox = () => screen.getByRole('searchbox', { name: 'Search pinned entries' });
  const searchFor = (query: string) => fireEvent.input(searchBox(), { target: { value: query } });
  const countLine = () => document.querySelector('.hint [aria-live]')?.textContent;
  const listValues = () =>
    [...document.querySelectorAll('.pinned-list li')].map((li) => li.getAttribute('value'));

  it('searches the pins once they fill more than a page, numbering each by its place among all', () => {
    setup(50);
    expect(screen.queryByRole('searchbox')).toBeNull();
    cleanup();
    setup(120);
    expect(countLine()).toBe('120 pinned');
    searchFor('number 7');
    // "Pinned number 7" and 70 to 79; not 107, whose text holds "number 107".
    expect(listTexts()).toEqual(['Pinned number 7', ...numbers(70, 79)]);
    expect(countLine()).toBe('11 entries match “number 7”.');
    expect(listNumbers().slice(0, 3)).toEqual(['7.', '70.', '71.']);
    expect(listValues().slice(0, 3)).toEqual(['7', '70', '71']);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(rowButton('Move up', 7).hasAttribute('disabled')).toBe(true);
    expect(rowButton('Move down', 79).hasAttribute('disabled')).toBe(true);

    searchFor('nothing like it');
    expect(countLine()).toBe('No entries match “nothing like it”.');
    expect(listTexts()).toEqual([]);
    // The box stays while a search is typed.
    expect(searchBox()).toBeTruthy();
  });

  it('moves a pin found past the one found next to it, and keeps the focus on its button', async () => {
    const changes = setup(120);
    searchFor('number 7');
    rowButton('Move up', 70).focus();
    await act(async () => {
      fireEvent.click(rowButton('Move up', 70));
    });
    // Past the 7th pin: now 7th itself, and the one it passed 8th.
    expect(changes.at(-1)).toEqual({ type: 'move', id: 'e70', by: -63 });
    expect(listTexts().slice(0, 3)).toEqual([
      'Pinned number 70',
      'Pinned number 7',
      'Pinned number 71',
    ]);
    expect(listNumbers().slice(0, 3)).toEqual(['7.', '8.', '71.']);
    // At the top of those found, its Move up is off: the focus is on its Move down.
    expect(document.activeElement).toBe(rowButton('Move down', 70));

    searchFor('');
    expect(listTexts().slice(5, 9)).toEqual([
      'Pinned number 6',
      'Pinned number 70',
      'Pinned number 7',
      'Pinned number 8',
    ]);
  });

  it('unpins a pin found; Undo lists it as it was, whatever was searched since', async () => {
    const changes = setup(120);
    searchFor('number 7');
    await act(async () => {
      fireEvent.click(rowButton('Unpin', 75));
    });
    expect(changes.at(-1)).toEqual({ type: 'unpin', id: 'e75' });
    expect(listTexts()).not.toContain('Pinned number 75');
    expect(document.activeElement).toBe(rowButton('Unpin', 76));

    searchFor('number 11');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(changes.at(-1)).toEqual({
      type: 'all',
      changes: [{ type: 'pin', id: 'e75', at: 74 }],
    });
    expect((searchBox() as HTMLInputElement).value).toBe('number 7');
    expect(listTexts()).toEqual(['Pinned number 7', ...numbers(70, 79)]);
    expect(document.activeElement).toBe(rowButton('Unpin', 75));
  });

  it('unpins all the pins a search finds in one change; Undo, which takes the focus, pins them back in their places', async () => {
    const changes = setup(120);
    searchFor('number 7');
    fireEvent.click(screen.getByRole('button', { name: 'Unpin all 11' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unpin them' }));
    await act(async () => {});
    const found = ['e7', ...Array.from({ length: 10 }, (_, i) => `e${70 + i}`)];
    expect(changes.at(-1)).toEqual({
      type: 'all',
      changes: found.map((id) => ({ type: 'unpin', id })),
    });
    expect(countLine()).toBe('No entries match “number 7”.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));

    searchFor('number 11');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(changes.at(-1)).toEqual({
      type: 'all',
      changes: found.map((id) => ({ type: 'pin', id, at: Number(id.slice(1)) - 1 })),
    });
    expect((searchBox() as HTMLInputElement).value).toBe('number 7');
    expect(listTexts()).toEqual(['Pinned number 7', ...numbers(70, 79)]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Unpin all 11' }));
    searchFor('');
    expect(listTexts()).toEqual(numbers(1, 50));
  });

  it('unpins all of a few pins, says how to pin when none is left, and offers no Unpin all for one', async () => {
    setup(3);
    fireEvent.click(screen.getByRole('button', { name: 'Unpin all 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unpin them' }));
    await act(async () => {});
    expect(screen.getByText(/Nothing pinned yet/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Unpin all 3' }));

    cleanup();
    setup(1);
    expect(screen.queryByRole('button', { name: /Unpin all/ })).toBeNull();
  });
});
