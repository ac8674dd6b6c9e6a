import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { deleteOwn } from '../../entrypoints/newtab-app/entryActions';
import { changeOwnEntries, loadOwnEntries } from '../../storage/ownEntriesStore';
import { toEntry } from '../../utils/ownEntries';

beforeEach(() => fakeBrowser.reset());

const own = ['First', 'Second', 'Third'].map((word, i) =>
  toEntry(`u-test-${i}`, { kind: 'tip', text: `${word} line.`, topics: [] }),
);

describe('deleteOwn', () => {
  // The new tab asks the background, which writes the entries.
  beforeEach(() => background.main?.());

  it('puts the entry back where it was; a failed put-back says why and can be tried again', async () => {
    await changeOwnEntries({ type: 'add', entries: own });
    const outcome = await deleteOwn(own, 'u-test-1');
    if (typeof outcome === 'string') throw new Error(outcome);
    expect((await loadOwnEntries()).entries.map((e) => e.id)).toEqual(['u-test-0', 'u-test-2']);

    // Sync refuses, and this browser's storage, where the entries would wait for it, is full.
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await outcome.undo()).toMatch(/^This browser’s storage for Tabwise is full\./);
    expect(logged).toHaveBeenCalledOnce();
    expect((await loadOwnEntries()).entries.map((e) => e.id)).toEqual(['u-test-0', 'u-test-2']);

    expect(await outcome.undo()).toBeNull();
    expect((await loadOwnEntries()).entries).toEqual(own);
  });
});

describe('deleteOwn without a background to answer', () => {
  it('says that something went wrong, and deletes nothing', async () => {
    await changeOwnEntries({ type: 'add', entries: own });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await deleteOwn(own, 'u-test-1')).toMatch(/^Something unexpected went wrong\./);
    expect(logged).toHaveBeenCalledOnce();
    expect((await loadOwnEntries()).entries).toEqual(own);
  });
});
