import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { say } from '../../components/translate';
import {
  catchUpOwnEntries,
  changeOwnEntries,
  loadOwnEntries,
  NewerEntriesError,
} from '../../storage/ownEntriesStore';
import type { Entry } from '../../utils/entry';
import { toEntry } from '../../utils/ownEntries';

beforeEach(() => fakeBrowser.reset());

const entries = (n: number, from = 0): Entry[] =>
  Array.from({ length: n }, (_, i) =>
    toEntry(`u-test-${from + i}`, {
      kind: i % 2 ? 'tip' : 'quote',
      text: `Entry number ${from + i}: a sentence of a realistic length for a quote or a tip.`,
      author: 'A. Person',
      topics: ['calm', 'team'],
    }),
  );

describe('own entries in storage', () => {
  it('adds entries and reads them back in order, with nothing left unsynced', async () => {
    const added = await changeOwnEntries({ type: 'add', entries: entries(3) });
    expect(added.notSynced).toBe(0);
    const loaded = await loadOwnEntries();
    expect(loaded.entries).toEqual(entries(3));
    expect(loaded.notSynced).toBe(0);
  });

  it('keeps entries beyond what sync holds on this browser, and counts them', async () => {
    const loaded = await changeOwnEntries({ type: 'add', entries: entries(2_000) });
    expect(loaded.notSynced).toBeGreaterThan(1_000);
    expect(loaded.notSynced).toBeLessThan(2_000);
    const reread = await loadOwnEntries();
    expect(reread.entries).toEqual(entries(2_000));
    expect(reread.notSynced).toBe(loaded.notSynced);
    const synced = await fakeBrowser.storage.sync.get(null);
    for (const [key, value] of Object.entries(synced)) {
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThan(8192);
    }
  });

  it('keeps them on this browser as one JSON text, and reads the list an earlier build stored', async () => {
    const added = await changeOwnEntries({ type: 'add', entries: entries(2_000) });
    const { ownOverflow } = await fakeBrowser.storage.local.get('ownOverflow');
    expect(typeof ownOverflow).toBe('string');
    expect(JSON.parse(ownOverflow as string)).toHaveLength(added.notSynced);
    // As an earlier build left it: the list itself.
    await fakeBrowser.storage.local.set({ ownOverflow: JSON.parse(ownOverflow as string) });
    expect((await loadOwnEntries()).entries).toEqual(entries(2_000));
    // The next change stores it as text again, nothing lost.
    await changeOwnEntries({ type: 'add', entries: entries(1, 2_000) });
    const after = await fakeBrowser.storage.local.get('ownOverflow');
    expect(typeof after.ownOverflow).toBe('string');
    expect((await loadOwnEntries()).entries).toEqual(entries(2_001));
  });

  it('moves entries back into sync when room is made', async () => {
    // Long entries (within the 500-character limit), so that sync is full after a hundred.
    const long = entries(150).map((entry) => ({ ...entry, text: entry.text.repeat(5) }));
    const added = await changeOwnEntries({ type: 'add', entries: long });
    expect(added.notSynced).toBeGreaterThan(0);
    // Deleting from the front makes room: the ones kept here move into sync.
    let deleted = 0;
    let state = added;
    while (state.notSynced > 0 && deleted < added.notSynced * 2) {
      state = await changeOwnEntries({ type: 'delete', ids: [long[deleted++]?.id ?? ''] });
    }
    const after = await loadOwnEntries();
    expect(after.notSynced).toBe(0);
    expect(after.entries).toEqual(long.slice(deleted));
  });

  it('keeps everything on this browser when sync refuses, says so, and catches up', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    const result = await changeOwnEntries({ type: 'add', entries: entries(2) });
    expect(result.syncProblem && say(result.syncProblem)).toMatch(
      /entries are saved on this browser/,
    );
    // Read again (the page reopened): still said, until the entries are sent.
    const kept = await loadOwnEntries();
    expect(kept.entries).toEqual(entries(2));
    expect(kept.syncProblem && say(kept.syncProblem)).toMatch(/will sync within a minute/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await catchUpOwnEntries();
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain('own.0');
    expect((await loadOwnEntries()).syncProblem).toBeNull();
  });

  it('keeps an entry another browser added while sync refused this one’s change', async () => {
    const all = entries(3);
    await changeOwnEntries({ type: 'add', entries: all.slice(0, 1) });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    await changeOwnEntries({ type: 'add', entries: all.slice(1, 2) });
    // Meanwhile another browser (its own storage.local) adds the third to sync.
    const here = await fakeBrowser.storage.local.get(null);
    await fakeBrowser.storage.local.clear();
    await changeOwnEntries({ type: 'add', entries: all.slice(2) });
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(here);
    expect((await loadOwnEntries()).entries).toEqual([all[0], all[2], all[1]]);
    await catchUpOwnEntries();
    await fakeBrowser.storage.local.clear();
    expect((await loadOwnEntries()).entries).toEqual([all[0], all[2], all[1]]);
  });

  it('writes nothing for a change that changes nothing, such as a delete another tab made first', async () => {
    const stored = await changeOwnEntries({ type: 'add', entries: entries(2_000) });
    const writes = [
      vi.spyOn(fakeBrowser.storage.sync, 'set'),
      vi.spyOn(fakeBrowser.storage.sync, 'remove'),
      vi.spyOn(fakeBrowser.storage.local, 'set'),
    ];
    const deleted = await changeOwnEntries({ type: 'delete', ids: ['u-gone'] });
    await changeOwnEntries({ type: 'rename', kind: 'author', from: 'Nobody', to: 'Someone' });
    await changeOwnEntries({ type: 'add', entries: entries(1) });
    expect(deleted).toEqual(stored);
    expect(deleted.notSynced).toBeGreaterThan(0);
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });

  it('still sends entries waiting for sync when a change changes nothing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    await changeOwnEntries({ type: 'add', entries: entries(2) });
    const result = await changeOwnEntries({ type: 'delete', ids: ['u-gone'] });
    expect(result.syncProblem).toBeNull();
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toContain('own.0');
  });

  it('adds entries changed while sync could not be read, with no copy here, to those sync holds', async () => {
    const all = entries(5);
    // Entries another browser added: this one has read them, but keeps no copy.
    await changeOwnEntries({ type: 'add', entries: all.slice(0, 3) });
    await fakeBrowser.storage.local.clear();
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    await changeOwnEntries({ type: 'add', entries: all.slice(3) });
    const during = await changeOwnEntries({ type: 'delete', ids: ['u-test-4'] });
    expect(during.entries).toEqual(all.slice(3, 4));
    expect(during.syncProblem).not.toBeNull();
    read.mockRestore();
    expect((await loadOwnEntries()).entries).toEqual(all.slice(0, 4));
    await catchUpOwnEntries();
    await fakeBrowser.storage.local.clear();
    expect((await loadOwnEntries()).entries).toEqual(all.slice(0, 4));
  });

  it('lays entries changed while sync could not be read over those another browser changed since', async () => {
    const all = entries(5);
    await changeOwnEntries({ type: 'add', entries: all.slice(0, 3) });
    const known = await fakeBrowser.storage.local.get(null);
    // Another browser edits the second and adds a fourth: this one's copy stays as it was.
    const second = all[1] as Entry;
    await changeOwnEntries({
      type: 'update',
      entry: { ...second, text: 'Edited there.' },
      baseRev: 0,
    });
    await changeOwnEntries({ type: 'add', entries: all.slice(3, 4) });
    await fakeBrowser.storage.local.set(known);
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    const first = all[0] as Entry;
    await changeOwnEntries({
      type: 'update',
      entry: { ...first, text: 'Edited here.' },
      baseRev: 0,
    });
    await changeOwnEntries({ type: 'delete', ids: [all[2]?.id ?? ''] });
    await changeOwnEntries({ type: 'add', entries: all.slice(4) });
    read.mockRestore();
    await catchUpOwnEntries();
    await fakeBrowser.storage.local.clear();
    expect((await loadOwnEntries()).entries).toEqual([
      { ...first, text: 'Edited here.', rev: 1 },
      { ...second, text: 'Edited there.', rev: 1 },
      all[3],
      all[4],
    ]);
  });

  it('restores a backup’s entries over those sync holds, even while sync cannot be read', async () => {
    await changeOwnEntries({ type: 'add', entries: entries(3) });
    await fakeBrowser.storage.local.clear();
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    await changeOwnEntries({ type: 'replace', entries: entries(1, 5) });
    read.mockRestore();
    await catchUpOwnEntries();
    expect((await loadOwnEntries()).entries).toEqual(entries(1, 5));
  });

  it('never rewrites entries saved by a newer version', async () => {
    const newer = {
      own: { v: 2, chunks: 1 },
      'own.0': [{ id: 'u-x', kind: 'quote', text: 'Hi.', topics: [] }],
    };
    await fakeBrowser.storage.sync.set(newer);
    await expect(changeOwnEntries({ type: 'delete', ids: ['u-x'] })).rejects.toThrow(
      NewerEntriesError,
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(newer);
  });
});

describe('a damaged copy of the own entries on this browser', () => {
  it.each([
    ['no list', { unsynced: true }],
    ['text for the list', { entries: 'garbage', unsynced: true }],
    ['no flag', { entries: [] }],
  ])('(%s) neither hides the synced entries nor is written over them', async (_label, copy) => {
    await changeOwnEntries({ type: 'add', entries: entries(3) });
    await fakeBrowser.storage.local.set({ ownCopy: copy });
    expect((await loadOwnEntries()).entries).toEqual(entries(3));
    await catchUpOwnEntries();
    const added = await changeOwnEntries({ type: 'add', entries: entries(1, 3) });
    expect(added.entries).toEqual([...entries(3), ...entries(1, 3)]);
  });
});

describe('a damaged own-entries record in sync', () => {
  it('hides none of the intact entries, and the next add keeps them', async () => {
    await changeOwnEntries({ type: 'add', entries: entries(3) });
    await fakeBrowser.storage.sync.set({ own: 'garbage' });
    expect((await loadOwnEntries()).entries).toEqual(entries(3));
    const added = await changeOwnEntries({ type: 'add', entries: entries(1, 3) });
    expect(added.entries).toEqual([...entries(3), ...entries(1, 3)]);
  });
});
