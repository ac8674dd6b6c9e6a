import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { say } from '../../components/translate';
import {
  changePins,
  loadPins,
  NewerPinsError,
  pinsAwaitSync,
  sendPins,
} from '../../storage/pinsStore';
import { encodePins, PinLimitError } from '../../utils/pins';

beforeEach(() => fakeBrowser.reset());

const quotaError = () =>
  new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
const many = (n: number) => Array.from({ length: n }, (_, i) => `t-some-stable-entry-id-${i}`);
const fits = (n: number) => {
  try {
    encodePins(many(n));
    return true;
  } catch {
    return false;
  }
};
/** The length of the longest list that still fits. */
const longestFitting = () => {
  let count = 1_500;
  while (fits(count + 1)) count++;
  return count;
};

describe('pins in storage', () => {
  it('keeps a burst of changes on this browser, then sends them to sync in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await changePins({ type: 'pin', id: 'a' });
    await changePins({ type: 'pin', id: 'b' });
    await changePins({ type: 'toggle', id: 'a' });
    expect((await loadPins()).pins).toEqual(['b']);
    expect(set).not.toHaveBeenCalled();
    expect(await sendPins()).toBeNull();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.sync.get(null))['pins.0']).toEqual(['b']);
    expect(await sendPins()).toBeNull();
    expect(set).toHaveBeenCalledTimes(1);
  });

  // Several tabs at once, under a real Web Lock, is covered end to end (pins.e2e.ts).
  it('removes chunk items a shrinking list no longer needs', async () => {
    await fakeBrowser.storage.sync.set(encodePins(many(500)).items);
    for (const id of many(500).slice(0, 490)) {
      await changePins({ type: 'unpin', id });
    }
    await sendPins();
    const keys = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(keys.sort()).toEqual(['pins', 'pins.0']);
  });

  it('refuses a pin beyond the limit and keeps the existing pins', async () => {
    const full = many(longestFitting());
    await fakeBrowser.storage.sync.set(encodePins(full).items);
    await expect(
      changePins({ type: 'pin', id: 'one-too-many-with-a-long-id-xxxxxxxxxxxx' }),
    ).rejects.toThrow(PinLimitError);
    expect((await loadPins()).pins).toEqual(full);
  });

  it('keeps pins on this browser when sync refuses, says so, and sends them at the next try', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    await changePins({ type: 'pin', id: 'a' });
    expect(await sendPins()).toBe('tooFast');
    const kept = await loadPins();
    expect(kept.pins).toEqual(['a']);
    expect(kept.syncProblem && say(kept.syncProblem)).toMatch(/pins are saved on this browser/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await sendPins()).toBeNull();
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['a']);
  });

  it('keeps a pin another browser stored while this one’s change waited to be sent', async () => {
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b']).items);
    await changePins({ type: 'pin', id: 'c' });
    await changePins({ type: 'unpin', id: 'a' });
    // Before the background sends them, another browser's pin of d reaches sync.
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b', 'd']).items);
    expect((await loadPins()).pins).toEqual(['b', 'd', 'c']);
    expect(await sendPins()).toBeNull();
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['b', 'd', 'c']);
  });

  it('keeps pins moved, or put back, in their places while sync holds what they started from', async () => {
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b', 'c']).items);
    await changePins({ type: 'move', id: 'c', by: -2 });
    expect((await loadPins()).pins).toEqual(['c', 'a', 'b']);
    await sendPins();
    await changePins({ type: 'unpin', id: 'a' });
    expect((await changePins({ type: 'pin', id: 'a', at: 1 })).pins).toEqual(['c', 'a', 'b']);
    expect((await loadPins()).pins).toEqual(['c', 'a', 'b']);
    await sendPins();
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['c', 'a', 'b']);
  });

  it('keeps a pin this browser moved while another browser’s pin reached sync', async () => {
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b', 'c']).items);
    await changePins({ type: 'move', id: 'c', by: -2 });
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b', 'c', 'd']).items);
    expect((await loadPins()).pins).toEqual(['c', 'a', 'b', 'd']);
    await sendPins();
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['c', 'a', 'b', 'd']);
  });

  it('says why sync refused the background’s send, also after another pin, until a send goes through', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await changePins({ type: 'pin', id: 'a' });
    // Not sent yet: nothing to say.
    expect((await loadPins()).syncProblem).toBeNull();
    expect(await sendPins()).toBe('full');
    const refused = await loadPins();
    expect(refused.syncProblem && say(refused.syncProblem)).toMatch(/Sync storage is full/);
    const next = await changePins({ type: 'pin', id: 'b' });
    expect(next.syncProblem && say(next.syncProblem)).toMatch(/so pins are saved on this browser/);
    expect((await loadPins()).syncProblem).not.toBeNull();
    expect(await sendPins()).toBeNull();
    expect(await loadPins()).toEqual({ pins: ['a', 'b'], newer: false, syncProblem: null });
  });

  it('reads this browser’s copy, and says so, when sync cannot be read', async () => {
    await changePins({ type: 'pin', id: 'a' });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    const loaded = await loadPins();
    expect(loaded.pins).toEqual(['a']);
    expect(loaded.syncProblem && say(loaded.syncProblem)).toMatch(/not available/);
  });

  it('adds pins changed while sync could not be read, with no copy here, to those sync holds', async () => {
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b']).items);
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    await changePins({ type: 'pin', id: 'c' });
    await changePins({ type: 'pin', id: 'd' });
    expect((await changePins({ type: 'unpin', id: 'c' })).pins).toEqual(['d']);
    expect(await sendPins()).toBe('unavailable');
    read.mockRestore();
    expect((await loadPins()).pins).toEqual(['a', 'b', 'd']);
    expect(await sendPins()).toBeNull();
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['a', 'b', 'd']);
    expect(await fakeBrowser.storage.local.get('pinsCopy')).toEqual({
      pinsCopy: { pins: ['a', 'b', 'd'], unsynced: false },
    });
  });

  it('lays pins changed while sync could not be read over those another browser changed since', async () => {
    // This browser last sent a, b; another has since unpinned a and pinned c.
    await fakeBrowser.storage.local.set({ pinsCopy: { pins: ['a', 'b'], unsynced: false } });
    await fakeBrowser.storage.sync.set(encodePins(['b', 'c']).items);
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    await changePins({ type: 'unpin', id: 'b' });
    expect((await changePins({ type: 'pin', id: 'd' })).pins).toEqual(['a', 'd']);
    read.mockRestore();
    expect((await loadPins()).pins).toEqual(['c', 'd']);
    expect(await sendPins()).toBeNull();
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['c', 'd']);
  });

  it('restores a backup’s pins over those sync holds, even while sync cannot be read', async () => {
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b']).items);
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    await changePins({ type: 'replace', ids: ['x'] });
    read.mockRestore();
    await sendPins();
    expect((await loadPins()).pins).toEqual(['x']);
  });

  it('keeps pins laid over beyond the limit on this browser, leaving sync as it was; the next pin says why', async () => {
    const limit = longestFitting();
    const full = many(limit);
    const extra = many(limit + 1)[limit] ?? '';
    await fakeBrowser.storage.sync.set(encodePins(full).items);
    const before = await fakeBrowser.storage.sync.get(null);
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    await changePins({ type: 'pin', id: extra });
    read.mockRestore();
    // Trying again cannot help: nothing is sent, until a change here or in sync.
    expect(await sendPins()).toBe('tooLarge');
    const waiting = await loadPins();
    expect(waiting.pins).toEqual([...full, extra]);
    expect(waiting.syncProblem && say(waiting.syncProblem)).toMatch(/unpin some entries to sync/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
    // The next pin says why; an unpin makes room, and the list is sent.
    const refused = await changePins({ type: 'pin', id: 'another' }).catch((error) => error);
    expect(refused instanceof PinLimitError && say(refused.text)).toMatch(/unpin some to pin more/);
    expect((await changePins({ type: 'unpin', id: full[0] ?? '' })).pins).toHaveLength(limit);
    expect(await sendPins()).toBeNull();
    expect(await loadPins()).toEqual({
      pins: [...full.slice(1), extra],
      newer: false,
      syncProblem: null,
    });
  });

  it('never rewrites pins saved by a newer version', async () => {
    const newer = { pins: { v: 2, chunks: 1, sorted: 'by-date' }, 'pins.0': ['a'] };
    await fakeBrowser.storage.sync.set(newer);
    await expect(changePins({ type: 'pin', id: 'b' })).rejects.toThrow(NewerPinsError);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(newer);
    expect((await loadPins()).pins).toEqual(['a']);
  });
});

describe('a damaged copy of the pins on this browser', () => {
  it.each([
    ['no list', { unsynced: true }],
    ['a number for the list', { pins: 42, unsynced: true }],
    ['a string for the list', { pins: 'abc', unsynced: true }],
    ['numbers in the list', { pins: [1, 2], unsynced: true }],
  ])('(%s) neither hides the synced pins nor is written over them', async (_label, copy) => {
    await fakeBrowser.storage.sync.set(encodePins(['a', 'b', 'c']).items);
    await fakeBrowser.storage.local.set({ pinsCopy: copy });
    expect((await loadPins()).pins).toEqual(['a', 'b', 'c']);
    expect((await changePins({ type: 'pin', id: 'd' })).pins).toEqual(['a', 'b', 'c', 'd']);
    await sendPins();
    expect((await loadPins()).pins).toEqual(['a', 'b', 'c', 'd']);
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('a damaged pins record in sync', () => {
  it.each([
    ['text', 'garbage'],
    ['a negative count', { v: 1, chunks: -3 }],
  ])('(%s) hides none of the intact pins, and the next pin keeps them', async (_label, record) => {
    await fakeBrowser.storage.sync.set({ ...encodePins(['a', 'b']).items, pins: record });
    expect((await loadPins()).pins).toEqual(['a', 'b']);
    await changePins({ type: 'pin', id: 'c' });
    expect((await loadPins()).pins).toEqual(['a', 'b', 'c']);
  });
});

describe('pinsAwaitSync', () => {
  const copy = (pins: string[], unsynced: boolean) => ({ pins, unsynced });

  it('is true for a new change this browser keeps for sync', () => {
    expect(pinsAwaitSync({ pinsCopy: { newValue: copy(['a'], true) } })).toBe(true);
    const change = { oldValue: copy(['a'], false), newValue: copy(['a', 'b'], true) };
    expect(pinsAwaitSync({ pinsCopy: change })).toBe(true);
  });

  it('is false for a sent copy, a failed send rewriting the same copy, or other keys', () => {
    expect(pinsAwaitSync({ pinsCopy: { newValue: copy(['a'], false) } })).toBe(false);
    const same = { oldValue: copy(['a'], true), newValue: copy(['a'], true) };
    expect(pinsAwaitSync({ pinsCopy: same })).toBe(false);
    const refused = { ...copy(['a'], true), base: [], refused: 'tooFast' };
    const sayingWhy = { oldValue: { ...copy(['a'], true), base: [] }, newValue: refused };
    expect(pinsAwaitSync({ pinsCopy: sayingWhy })).toBe(false);
    expect(pinsAwaitSync({ ownCopy: { newValue: copy(['a'], true) } })).toBe(false);
    expect(pinsAwaitSync({ pinsCopy: { newValue: 'damaged' } })).toBe(false);
  });
});
