import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS } from '../../components/options/UndoOffer';
import { firstWords, YourEntries } from '../../components/options/YourEntries';
import { t } from '../../components/translate';
import type { Entry } from '../../utils/entry';
import {
  type DraftProblem,
  EditConflictError,
  type EntryDraft,
  entriesPutBack,
  type PlacedEntry,
  placedEntries,
  toEntry,
  withoutEntries,
} from '../../utils/ownEntries';
import { TextError, text } from '../../utils/text';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const own = (n: number): Entry => ({
  id: `u-${n}`,
  kind: 'quote',
  text: `Entry number ${n}`,
  author: `Author ${n}`,
  source: 'own',
  topics: [],
});

interface Calls {
  save: [string | null, EntryDraft][];
  deleted: (readonly string[])[];
  undos: number;
}

/**
 * The component with a caller that keeps entries in memory, as the options
 * page does with storage; `problems` is what the next save answers. With
 * `slow`, a save shows in the list at once but resolves only when the test
 * calls `finishSaves` (as storage echoes a write before the write resolves).
 */
function setup(
  initial: Entry[] = [],
  options: {
    notSynced?: number;
    problems?: DraftProblem[];
    slow?: boolean;
    /** How many put-backs fail first, as when this browser's storage is full. */
    failedUndos?: number;
    /** Every delete is refused, as storage is when full. */
    failedDeletes?: boolean;
    /** Entries another tab deleted a moment ago: still listed, but gone from storage. */
    deletedElsewhere?: string[];
  } = {},
) {
  const calls: Calls = { save: [], deleted: [], undos: 0 };
  const unfinished: (() => void)[] = [];
  const finishSaves = () => {
    for (const finish of unfinished.splice(0)) finish();
  };
  function Harness() {
    const [entries, setEntries] = useState(initial);
    // Each delete's entries and their places, the latest last.
    const [trash, setTrash] = useState<PlacedEntry[][]>([]);
    return (
      <YourEntries
        entries={entries}
        topics={['calm', 'listening', 'returns']}
        authors={['Ann Lee', 'Mark Twain']}
        notSynced={options.notSynced ?? 0}
        onSave={async (id, draft) => {
          calls.save.push([id, draft]);
          const slow = () => new Promise<void>((finish) => unfinished.push(finish));
          if (options.problems)
            return options.slow ? slow().then(() => options.problems ?? null) : options.problems;
          const entry = toEntry(id ?? `u-new${calls.save.length}`, {
            kind: draft.kind === 'tip' ? 'tip' : 'quote',
            text: draft.text,
            ...(draft.author && { author: draft.author }),
            topics: [...draft.topics],
          });
          setEntries((old) => (id ? old.map((e) => (e.id === id ? entry : e)) : [...old, entry]));
          if (options.slow) await slow();
          return null;
        }}
        onDelete={async (ids) => {
          calls.deleted.push(ids);
          if (options.failedDeletes) throw new TextError(text('reason.storageFull'));
          const elsewhere = options.deletedElsewhere ?? [];
          const placed = placedEntries(withoutEntries(entries, elsewhere), ids);
          setTrash((old) => [...old, placed]);
          setEntries((old) => withoutEntries(old, [...ids, ...elsewhere]));
          return placed.length;
        }}
        onUndoDelete={async () => {
          calls.undos++;
          if (calls.undos <= (options.failedUndos ?? 0))
            throw new TextError(text('reason.storageFull'));
          const last = trash[trash.length - 1];
          if (!last) return;
          setTrash((old) => old.slice(0, -1));
          setEntries((old) => entriesPutBack(old, last));
        }}
      />
    );
  }
  render(<Harness />);
  return Object.assign(calls, { finishSaves });
}

const textBox = () => screen.getByLabelText('Text') as HTMLTextAreaElement;
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const listTexts = () =>
  [...document.querySelectorAll('.own-list .own-text')].map((p) => p.textContent);
const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Entry number ${from + i}`);
const pager = () => screen.getByRole('navigation', { name: 'Your entries, pages' });
const pageStatus = () => within(pager()).getByRole('status').textContent;
const previous = () => within(pager()).getByRole('button', { name: 'Previous' });
const next = () => within(pager()).getByRole('button', { name: 'Next' });

describe('firstWords', () => {
  it('names an entry by its first words, without the stop or comma they end on', () => {
    expect(firstWords('Pinned, then deleted.')).toBe('Pinned, then deleted');
    expect(firstWords('One two three four five six, seven eight')).toBe(
      'One two three four five six…',
    );
    expect(firstWords('Why wait?')).toBe('Why wait?');
    expect(firstWords('  Short  ')).toBe('Short');
  });
});

describe('YourEntries', () => {
  it('says how to add an entry when there is none', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Your entries' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Your entries' })).toBeTruthy();
    expect(screen.getByText(/no entries of your own yet/).textContent).toContain('Add entry');
    expect(screen.queryByLabelText('Search your entries')).toBeNull();
    expect(document.querySelector('.sync-problem')).toBeNull();
  });

  it('says how many entries are kept on this browser only, singular and plural', () => {
    setup([own(1)], { notSynced: 1953 });
    const problem = document.querySelector('[role="status"] .sync-problem');
    expect(problem?.textContent).toContain(
      'Sync storage is full: 1,953 of your entries are kept on this browser only',
    );
    // The way to carry them over adds them there: a backup restored would replace what is there.
    expect(problem?.textContent).toContain(`use “${t('export.json')}” and import the file`);
    cleanup();
    setup([own(1)], { notSynced: 1 });
    expect(document.querySelector('.sync-problem')?.textContent).toContain(
      '1 of your entries is kept on this browser only and will not appear on your other browsers.',
    );
  });

  it('shows a problem beside the text and focuses it, without saving', async () => {
    const calls = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(document.activeElement).toBe(textBox()));
    expect(textBox().getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById('own-text-error');
    expect(error?.textContent).toBe('The text is empty.');
    expect(textBox().getAttribute('aria-describedby')?.split(' ')).toContain('own-text-error');
    expect(calls.save).toEqual([]);
    // The problem goes once the user changes the field.
    type('Text', 'Now there is text.');
    expect(document.getElementById('own-text-error')).toBeNull();
  });

  it('counts characters as you type and says when the text is too long', async () => {
    const calls = setup();
    type('Text', 'x'.repeat(501));
    const counter = document.getElementById('own-text-count');
    expect(counter?.textContent).toContain('501 / 500');
    expect(counter?.textContent).toContain('Too long');
    expect(textBox().getAttribute('aria-describedby')).toContain('own-text-count');
    fireEvent.keyDown(textBox(), { key: 'Enter' });
    await waitFor(() =>
      expect(document.getElementById('own-text-error')?.textContent).toContain('too long'),
    );
    expect(calls.save).toEqual([]);
  });

  it('says "Added." again, as a change a screen reader speaks, for each entry added', async () => {
    setup();
    const status = () => document.querySelector('.entry-form [role="status"]')?.textContent ?? '';
    const said: string[] = [];
    for (const text of ['Smile first.', 'Listen first.']) {
      const before = status();
      type('Text', text);
      fireEvent.keyDown(textBox(), { key: 'Enter' });
      await waitFor(() => expect(status()).not.toBe(before));
      said.push(status());
    }
    expect(said.map((words) => words.trim())).toEqual(['Added.', 'Added.']);
  });

  it('saves with Enter in the text, with author and topics, then clears the form', async () => {
    const calls = setup();
    fireEvent.click(screen.getByLabelText('Service tip'));
    type('Text', 'Say  their name.');
    type('Author (optional)', 'Me');
    fireEvent.click(screen.getByLabelText('Calm'));
    type('New topics (comma-separated)', 'Phone, returns');
    fireEvent.keyDown(textBox(), { key: 'Enter' });
    await waitFor(() => expect(screen.getByText('Added.')).toBeTruthy());
    expect(calls.save).toEqual([
      [
        null,
        {
          kind: 'tip',
          text: 'Say their name.',
          author: 'Me',
          topics: ['calm', 'Phone', 'returns'],
        },
      ],
    ]);
    expect(textBox().value).toBe('');
    expect((screen.getByLabelText('Author (optional)') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Calm') as HTMLInputElement).checked).toBe(false);
    expect(listTexts()).toEqual(['Say their name.']);
    expect(document.querySelector('.own-meta')?.textContent).toBe(
      'Me · Service tip · Calm, Phone, returns',
    );
  });

  it('suggests the authors in use as one is typed, listed once the field has the focus', async () => {
    setup();
    const author = screen.getByLabelText('Author (optional)') as HTMLInputElement;
    expect(author.list?.id).toBe('own-authors');
    const suggested = () =>
      [...(author.list?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(suggested()).toEqual([]);
    await act(async () => {
      author.focus();
    });
    expect(suggested()).toEqual(['Ann Lee', 'Mark Twain']);
  });

  it('inserts a new line with Shift+Enter instead of saving', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls = setup();
    type('Text', 'One line');
    const notPrevented = fireEvent.keyDown(textBox(), { key: 'Enter', shiftKey: true });
    expect(notPrevented).toBe(true);
    // Time for a save to have happened, had one started (no real wait).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20);
    });
    expect(calls.save).toEqual([]);
    expect(screen.queryByText('Added.')).toBeNull();
  });

  it('shows a problem the caller finds (a duplicate) beside its field', async () => {
    const calls = setup([], {
      problems: [{ field: 'text', message: text('own.duplicate') }],
    });
    type('Text', 'Be kind.');
    fireEvent.submit(textBox().form as HTMLFormElement);
    await waitFor(() =>
      expect(document.getElementById('own-text-error')?.textContent).toBe(
        'This text is already among your entries or the built-in ones.',
      ),
    );
    expect(calls.save).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(textBox()));
    expect(textBox().value).toBe('Be kind.');
    expect(screen.queryByText('Added.')).toBeNull();
  });

  it('edits an entry: fills the form, saves with its id, and can be cancelled', async () => {
    const calls = setup([own(1), { ...own(2), kind: 'tip', topics: ['mine'] }]);
    const edit = screen.getByRole('button', { name: 'Edit', description: 'Entry number 2' });
    fireEvent.click(edit);
    await waitFor(() => expect(document.activeElement).toBe(textBox()));
    expect(screen.getByRole('heading', { name: 'Edit entry' })).toBeTruthy();
    expect(textBox().value).toBe('Entry number 2');
    expect((screen.getByLabelText('Service tip') as HTMLInputElement).checked).toBe(true);
    // A topic of the user's own, not offered by the caller, is still there to untick.
    expect((screen.getByLabelText('mine') as HTMLInputElement).checked).toBe(true);

    type('Text', 'Entry number two');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(calls.save).toEqual([
      ['u-2', { kind: 'tip', text: 'Entry number two', author: 'Author 2', topics: ['mine'] }],
    ]);
    expect(listTexts()).toEqual(['Entry number 1', 'Entry number two']);
    expect(screen.getByRole('button', { name: 'Add entry' })).toBeTruthy();
    expect(textBox().value).toBe('');
    await waitFor(() => expect(document.activeElement?.id).toBe('own-edit-u-2'));

    fireEvent.click(screen.getByRole('button', { name: 'Edit', description: 'Entry number 1' }));
    await waitFor(() => expect(textBox().value).toBe('Entry number 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(textBox().value).toBe(''));
    expect(calls.save).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('keeps an edit started while an add is still saving, and saves it after', async () => {
    const calls = setup([], { slow: true });
    type('Text', 'First version.');
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    // The new entry is listed before its save has finished; the user edits it at once.
    await waitFor(() => expect(listTexts()).toEqual(['First version.']));
    fireEvent.click(screen.getByRole('button', { name: 'Edit', description: 'First version.' }));
    await waitFor(() => expect(textBox().value).toBe('First version.'));
    type('Text', 'Second version.');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    // A second press while saving is the same save, not another one.
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await act(async () => calls.finishSaves());
    expect(screen.getByRole('heading', { name: 'Edit entry' })).toBeTruthy();
    expect(textBox().value).toBe('Second version.');

    await waitFor(() => expect(calls.save).toHaveLength(2));
    await act(async () => calls.finishSaves());
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    const added = calls.save[0]?.[0];
    expect(calls.save.map(([id, draft]) => [id, draft.text])).toEqual([
      [added, 'First version.'],
      ['u-new1', 'Second version.'],
    ]);
    expect(listTexts()).toEqual(['Second version.']);
    expect(textBox().value).toBe('');
  });

  it('keeps text typed while an add is saving, and does not add it twice', async () => {
    const calls = setup([], { slow: true });
    type('Text', 'One.');
    fireEvent.keyDown(textBox(), { key: 'Enter' });
    fireEvent.keyDown(textBox(), { key: 'Enter' });
    await waitFor(() => expect(listTexts()).toEqual(['One.']));
    type('Text', 'Two.');
    await act(async () => calls.finishSaves());
    await waitFor(() => expect(screen.getByText('Added.')).toBeTruthy());
    expect(textBox().value).toBe('Two.');
    expect(calls.save.map(([, draft]) => draft.text)).toEqual(['One.']);
  });

  it('says a problem found after the user moved on to another entry above the form', async () => {
    const calls = setup([own(1)], {
      slow: true,
      problems: [{ field: 'text', message: text('own.duplicate') }],
    });
    type('Text', 'Be kind.');
    fireEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit', description: 'Entry number 1' }));
    await waitFor(() => expect(textBox().value).toBe('Entry number 1'));
    await act(async () => calls.finishSaves());
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Could not save: This text is already among your entries or the built-in ones.',
      ),
    );
    expect(textBox().value).toBe('Entry number 1');
    expect(textBox().getAttribute('aria-invalid')).toBeNull();
  });

  it('deletes at once and offers Undo for a while', async () => {
    vi.useFakeTimers();
    const calls = setup([own(1), { ...own(2), text: 'One two three four five six seven' }, own(3)]);
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Delete',
        description: 'One two three four five six seven',
      }),
    );
    await act(async () => {});
    expect(calls.deleted).toEqual([['u-2']]);
    expect(listTexts()).toEqual(['Entry number 1', 'Entry number 3']);
    expect(screen.getByText('Deleted “One two three four five six…”.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('own-delete-u-3');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect(calls.undos).toBe(1);
    expect(listTexts()).toEqual([
      'Entry number 1',
      'One two three four five six seven',
      'Entry number 3',
    ]);
    expect(screen.getByText('Put back “One two three four five six…”.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete', description: 'Entry number 3' }));
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(UNDO_MS - 100);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(calls.undos).toBe(1);
  });

  it('says why a put-back failed, and offers Undo again, which then puts the entry back', async () => {
    setup([own(1), own(2), own(3)], { failedUndos: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Delete', description: 'Entry number 2' }));
    await act(async () => {});
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect(
      screen.getByText(/Could not put back “Entry number 2”: This browser’s storage/),
    ).toBeTruthy();
    expect(listTexts()).toEqual(['Entry number 1', 'Entry number 3']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(screen.getByText('Put back “Entry number 2”.')).toBeTruthy();
  });

  it('deletes all entries at once with Undo, which takes the focus and puts them back', async () => {
    const calls = setup([own(1), own(2), own(3)]);
    expect(screen.getByText('You have 3 entries of your own.')).toBeTruthy();
    // It asks first, the focus on the answer that keeps them; keeping them deletes nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 3' }));
    const keep = screen.getByRole('button', {
      name: 'Keep them',
      description: 'Delete these 3 entries?',
    });
    expect(document.activeElement).toBe(keep);
    fireEvent.click(keep);
    expect(calls.deleted).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all 3' }));

    fireEvent.click(screen.getByRole('button', { name: 'Delete all 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete them' }));
    await act(async () => {});
    expect(calls.deleted).toEqual([['u-1', 'u-2', 'u-3']]);
    expect(screen.getByText(/You have no entries of your own yet/)).toBeTruthy();
    expect(screen.getByText('3 entries deleted.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(screen.getByText('3 entries put back.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all 3' }));
  });

  it('deletes all the entries a search finds, and Undo lists them as they were, whatever was searched since', async () => {
    const calls = setup(Array.from({ length: 120 }, (_, i) => own(i + 1)));
    // The one being edited is among them: the form stops editing it.
    fireEvent.click(screen.getByRole('button', { name: 'Edit', description: 'Entry number 7' }));
    const search = screen.getByRole('searchbox', { name: 'Search your entries' });
    fireEvent.input(search, { target: { value: 'number 7' } });
    expect(screen.getByText('11 entries match “number 7”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 11' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete them' }));
    await act(async () => {});
    expect(calls.deleted).toEqual([['u-7', ...numbers(70, 79).map((_, i) => `u-${70 + i}`)]]);
    expect(screen.getByText('No entries match “number 7”.')).toBeTruthy();
    expect(textBox().value).toBe('');
    expect(screen.queryByText(/being edited/)).toBeNull();

    fireEvent.input(search, { target: { value: 'number 1' } });
    expect(screen.getByText('32 entries match “number 1”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect((search as HTMLInputElement).value).toBe('number 7');
    expect(listTexts()).toEqual(['Entry number 7', ...numbers(70, 79)]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all 11' }));
    fireEvent.input(search, { target: { value: '' } });
    expect(listTexts().slice(5, 8)).toEqual(numbers(6, 8));
  });

  it('lists one entry put back under the search it was deleted from, whatever was searched since', async () => {
    setup(Array.from({ length: 120 }, (_, i) => own(i + 1)));
    const search = screen.getByRole('searchbox', { name: 'Search your entries' });
    fireEvent.input(search, { target: { value: 'number 7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete', description: 'Entry number 75' }));
    await act(async () => {});
    expect(screen.getByText('10 entries match “number 7”.')).toBeTruthy();

    fireEvent.input(search, { target: { value: 'number 11' } });
    expect(listTexts()).not.toContain('Entry number 75');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect((search as HTMLInputElement).value).toBe('number 7');
    expect(listTexts()).toEqual(['Entry number 7', ...numbers(70, 79)]);
    expect(document.activeElement?.id).toBe('own-edit-u-75');
  });

  it('says an entry another tab deleted a moment ago is gone, offering no Undo, not even the last one', async () => {
    const deletedElsewhere: string[] = [];
    setup([own(1), own(2), own(3)], { deletedElsewhere });
    fireEvent.click(screen.getByRole('button', { name: 'Delete', description: 'Entry number 1' }));
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    deletedElsewhere.push('u-2');
    fireEvent.click(screen.getByRole('button', { name: 'Delete', description: 'Entry number 2' }));
    await act(async () => {});
    expect(listTexts()).toEqual(['Entry number 3']);
    expect(
      screen.getByText(
        '“Entry number 2” had already been deleted in another tab or on another device.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement?.id).toBe('own-delete-u-3');
  });

  it('counts only the entries a delete of all found still stored, and Undo puts back those', async () => {
    setup([own(1), own(2), own(3)], { deletedElsewhere: ['u-2'] });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete them' }));
    await act(async () => {});
    expect(screen.getByText('2 entries deleted.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect(listTexts()).toEqual(['Entry number 1', 'Entry number 3']);
    expect(screen.getByText('2 entries put back.')).toBeTruthy();
  });

  it('says when every entry a delete of all found was already deleted elsewhere, with no Undo', async () => {
    setup([own(1), own(2)], { deletedElsewhere: ['u-1', 'u-2'] });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete them' }));
    await act(async () => {});
    expect(
      screen.getByText(
        'These 2 entries had already been deleted in another tab or on another device.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(textBox());
  });

  it('offers no Delete all for one entry found, and says why a delete of all failed, deleting nothing', async () => {
    setup([own(1), own(2), own(3)], { failedDeletes: true });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'number 2' } });
    expect(screen.queryByRole('button', { name: /Delete all/ })).toBeNull();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete them' }));
    await act(async () => {});
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Could not delete the 3 entries: This browser’s storage/,
    );
    expect(listTexts()).toEqual(numbers(1, 3));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows 50 entries a page, with Previous and Next, and searches text and author', () => {
    const entries = Array.from({ length: 120 }, (_, i) => own(i + 1));
    setup(entries);
    expect(listTexts()).toEqual(numbers(1, 50));
    expect(screen.getByText('You have 120 entries of your own.')).toBeTruthy();
    expect(pageStatus()).toBe('Page 1 of 3');
    expect(previous().getAttribute('aria-disabled')).toBe('true');

    next().focus();
    fireEvent.click(next());
    expect(listTexts()).toEqual(numbers(51, 100));
    expect(pageStatus()).toBe('Page 2 of 3');
    expect(document.activeElement).toBe(next());
    fireEvent.click(next());
    expect(listTexts()).toEqual(numbers(101, 120));
    expect(pageStatus()).toBe('Page 3 of 3');
    expect(next().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next());
    expect(pageStatus()).toBe('Page 3 of 3');
    fireEvent.click(previous());
    expect(listTexts()).toEqual(numbers(51, 100));
    expect(pageStatus()).toBe('Page 2 of 3');

    // A search starts again at its first page; eleven matches fit on one.
    type('Search your entries', 'number 11');
    expect(listTexts()).toEqual(['Entry number 11', ...numbers(110, 119)]);
    expect(screen.getByText('11 entries match “number 11”.')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    type('Search your entries', 'AUTHOR 7');
    expect(listTexts()).toContain('Entry number 7');
    expect(listTexts()).toContain('Entry number 70');
    type('Search your entries', 'nothing like this');
    expect(listTexts()).toEqual([]);
    expect(screen.getByText('No entries match “nothing like this”.')).toBeTruthy();
  });

  it('renders only one page of 2,000 entries', () => {
    setup(Array.from({ length: 2000 }, (_, i) => own(i + 1)));
    expect(document.querySelectorAll('.own-list li')).toHaveLength(50);
    expect(screen.getByText('You have 2,000 entries of your own.')).toBeTruthy();
    expect(pageStatus()).toBe('Page 1 of 40');
  });

  it('searches before it pages, and a new search starts at page 1', () => {
    setup(Array.from({ length: 2000 }, (_, i) => own(i + 1)));
    fireEvent.click(next());
    fireEvent.click(next());
    expect(pageStatus()).toBe('Page 3 of 40');
    // "number 1": 1, 10–19, 100–199 and 1000–1999, so 1,111 entries in 23 pages.
    type('Search your entries', 'number 1');
    expect(screen.getByText('1,111 entries match “number 1”.')).toBeTruthy();
    expect(pageStatus()).toBe('Page 1 of 23');
    expect(listTexts()).toEqual(['Entry number 1', ...numbers(10, 19), ...numbers(100, 138)]);
    fireEvent.click(next());
    expect(pageStatus()).toBe('Page 2 of 23');
    expect(listTexts()).toEqual(numbers(139, 188));
    type('Search your entries', 'number 19');
    expect(pageStatus()).toBe('Page 1 of 3');
    expect(listTexts()?.[0]).toBe('Entry number 19');
  });

  it('shows the page before once the last entry of the last page is deleted, and Undo goes back', async () => {
    vi.useFakeTimers();
    const calls = setup(Array.from({ length: 101 }, (_, i) => own(i + 1)));
    fireEvent.click(next());
    fireEvent.click(next());
    expect(listTexts()).toEqual(['Entry number 101']);

    fireEvent.click(
      screen.getByRole('button', { name: 'Delete', description: 'Entry number 101' }),
    );
    await act(async () => {});
    expect(calls.deleted).toEqual([['u-101']]);
    expect(pageStatus()).toBe('Page 2 of 2');
    expect(listTexts()).toEqual(numbers(51, 100));
    expect(screen.getByText('You have 100 entries of your own.')).toBeTruthy();
    // Focus goes to the entry before, now on the page shown.
    expect(document.activeElement?.id).toBe('own-delete-u-100');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await act(async () => {});
    expect(pageStatus()).toBe('Page 3 of 3');
    expect(listTexts()).toEqual(['Entry number 101']);
    expect(document.activeElement?.id).toBe('own-edit-u-101');
  });

  it('keeps its page when an entry on it is deleted or edited', async () => {
    setup(Array.from({ length: 120 }, (_, i) => own(i + 1)));
    fireEvent.click(next());
    fireEvent.click(screen.getByRole('button', { name: 'Delete', description: 'Entry number 60' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('own-delete-u-61'));
    expect(pageStatus()).toBe('Page 2 of 3');
    expect(listTexts()).toEqual([...numbers(51, 59), ...numbers(61, 101)]);

    fireEvent.click(screen.getByRole('button', { name: 'Edit', description: 'Entry number 70' }));
    await waitFor(() => expect(textBox().value).toBe('Entry number 70'));
    type('Text', 'Entry number seventy');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('own-edit-u-70'));
    expect(pageStatus()).toBe('Page 2 of 3');
    expect(listTexts()).toContain('Entry number seventy');
  });

  it('renders markup in an entry as literal text', () => {
    setup([{ ...own(1), text: '<img src=x onerror=alert(1)>', author: '<b>bold</b>' }]);
    const list = document.querySelector('.own-list') as HTMLElement;
    expect(list.querySelector('img, b')).toBeNull();
    expect(listTexts()).toEqual(['<img src=x onerror=alert(1)>']);
    expect(list.querySelector('.own-meta')?.textContent).toBe('<b>bold</b> · Quote');
  });

  it('shows an entry without author as by "Unknown"', () => {
    setup([{ id: 'u-1', kind: 'quote', text: 'Hm.', source: 'own', topics: ['calm'] }]);
    expect(document.querySelector('.own-meta')?.textContent).toBe('Unknown · Quote · Calm');
  });
});

describe('an edit that another tab or device got in the way of', () => {
  it('says the edit was not saved, and keeps it as a new entry when asked', async () => {
    const saves: [string | null, string, number | undefined][] = [];
    render(
      <YourEntries
        entries={[{ ...own(1), rev: 2 }]}
        topics={[]}
        authors={[]}
        notSynced={0}
        onSave={async (id, draft, baseRev) => {
          saves.push([id, draft.text, baseRev]);
          if (id) throw new EditConflictError('deleted');
          return null;
        }}
        onDelete={async () => 0}
        onUndoDelete={async () => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit', description: 'Entry number 1' }));
    await waitFor(() => expect(document.activeElement).toBe(textBox()));
    type('Text', 'My careful edit');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(t('own.conflict.deleted')),
    );
    expect(screen.queryByText('Saved.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my version as a new entry' }));
    await waitFor(() => expect(screen.getByText('Added.')).toBeTruthy());
    expect(saves).toEqual([
      ['u-1', 'My careful edit', 2],
      [null, 'My careful edit', undefined],
    ]);
  });
});
