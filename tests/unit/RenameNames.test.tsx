import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { RenameNames, type RenameOutcome } from '../../components/options/RenameNames';
import { say, tCount } from '../../components/translate';
import { byName, indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { prepareNewName } from '../../utils/ownDraft';
import {
  changedByRename,
  type NameKind,
  renameableNames,
  renameInEntries,
} from '../../utils/renameName';
import { ownTip } from './ownTip';

afterEach(cleanup);

/** The entries in memory, renamed as the options page renames them, with an Undo that renames back. */
function Harness({ initial }: { initial: Entry[] }) {
  const [entries, setEntries] = useState(initial);
  const latest = useRef(initial);
  const rename = async (
    kind: NameKind,
    from: string,
    typed: string,
    undoable = true,
  ): Promise<RenameOutcome> => {
    const before = latest.current;
    const prepared = prepareNewName(kind, typed, from, indexCorpus(before, []), []);
    if (!prepared.ok) return { problem: say(prepared.message) };
    const to = prepared.name;
    latest.current = renameInEntries(before, kind, from, to);
    setEntries(latest.current);
    const said = tCount(
      'rename.done',
      changedByRename(before, renameInEntries(before, kind, from, to)).length,
      {
        from,
        to,
      },
    );
    return undoable
      ? { said, name: to, undo: () => rename(kind, to, from, false) }
      : { said, name: to };
  };
  return (
    <RenameNames
      names={renameableNames(entries, new Set(), byName)}
      onRename={(kind, from, typed) => rename(kind, from, typed)}
    />
  );
}

const ENTRIES = [ownTip('u-1', 'ann lee', ['billing']), ownTip('u-2', 'Bo', ['billing', 'vip'])];
const which = () => screen.getByLabelText('Topic or author') as HTMLSelectElement;
const newName = () => screen.getByLabelText('New name') as HTMLInputElement;

describe('RenameNames', () => {
  it('offers the own topics and the authors in two groups, the new name starting as the one picked', async () => {
    render(<Harness initial={ENTRIES} />);
    // Until the select is reached, it lists the one it shows.
    expect(
      within(which())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['billing']);
    await act(async () => {
      which().focus();
    });
    const groups = within(which()).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual([
      'Your topics',
      'Authors of your entries',
    ]);
    expect(
      within(groups[0] as HTMLElement)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['billing', 'vip']);
    expect(newName().value).toBe('billing');
    fireEvent.change(which(), { target: { value: 'author:ann lee' } });
    expect(newName().value).toBe('ann lee');
  });

  it('renames the topic in every entry, says so, and keeps it picked under its new name', async () => {
    render(<Harness initial={ENTRIES} />);
    fireEvent.input(newName(), { target: { value: 'Billing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Renamed “billing” to “Billing” in 2 entries.',
      ),
    );
    expect(which().value).toBe('topic:Billing');
    expect(newName().value).toBe('Billing');
    expect(within(which()).queryByRole('option', { name: 'billing' })).toBeNull();
  });

  it('offers Undo after a rename, which renames it back, and is gone once used', async () => {
    render(<Harness initial={ENTRIES} />);
    fireEvent.input(newName(), { target: { value: 'Billing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Renamed “Billing” to “billing” in 2 entries.',
      ),
    );
    expect(which().value).toBe('topic:billing');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows a problem beside the new name and focuses it, renaming nothing', async () => {
    render(<Harness initial={ENTRIES} />);
    fireEvent.input(newName(), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(newName().getAttribute('aria-invalid')).toBe('true'));
    expect(
      document.getElementById(newName().getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('Type the new name.');
    expect(document.activeElement).toBe(newName());
    expect(within(which()).getByRole('option', { name: 'billing' })).toBeTruthy();
    fireEvent.input(newName(), { target: { value: 'Billing' } });
    expect(newName().getAttribute('aria-invalid')).toBeNull();
  });

  it('is not shown when the user has no topic or author of their own', () => {
    const { container } = render(<Harness initial={[ownTip('u-1', undefined, [])]} />);
    expect(container.innerHTML).toBe('');
  });

  it('lists every name once the pointer comes over the select, before it can open', async () => {
    render(<Harness initial={ENTRIES} />);
    await act(async () => {
      fireEvent.pointerEnter(which());
    });
    expect(
      within(which())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['billing', 'vip', 'ann lee', 'Bo']);
  });
});
