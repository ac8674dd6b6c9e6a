import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { say } from '../../components/translate';
import { catchUpPins, changePins, loadPins, NewerPinsError } from '../../storage/pinsStore';
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

describe('pins in storage', () => {
  it('pins and unpins through sync, in order', async () => {
    await changePins({ type: 'pin', id: 'a' });
    await changePins({ type: 'pin', id: 'b' });
    await changePins({ type: 'toggle', id: 'a' });
    expect((await loadPins()).pins).toEqual(['b']);
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(stored['pins.0']).toEqual(['b']);
  });

  // Several tabs at once, under a real Web Lock, is covered end to end (pins.e2e.ts).
  it('removes chunk items a shrinking list no longer needs', async () => {
    await fakeBrowser.storage.sync.set(encodePins(many(500)).items);
    for (const id of many(500).slice(0, 490)) {
      await changePins({ type: 'unpin', id });
    }
    const keys = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(keys.sort()).toEqual(['pins', 'pins.0']);
  });

  it('refuses a pin beyond the limit and keeps the existing pins', async () => {
    // The longest list that still fits.
    let count = 1_500;
    while (fits(count + 1)) count++;
    const full = many(count);
    await fakeBrowser.storage.sync.set(encodePins(full).items);
    await expect(
      changePins({ type: 'pin', id: 'one-too-many-with-a-long-id-xxxxxxxxxxxx' }),
    ).rejects.toThrow(PinLimitError);
    expect((await loadPins()).pins).toEqual(full);
  });

  it('keeps pins on this browser when sync refuses, says so, and catches up later', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    const result = await changePins({ type: 'pin', id: 'a' });
    expect(result.syncProblem && say(result.syncProblem)).toMatch(/pins are saved on this browser/);
    expect((await loadPins()).pins).toEqual(['a']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await catchUpPins();
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['a']);
  });

  it('reads this browser’s copy, and says so, when sync cannot be read', async () => {
    await changePins({ type: 'pin', id: 'a' });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    const loaded = await loadPins();
    expect(loaded.pins).toEqual(['a']);
    expect(loaded.syncProblem && say(loaded.syncProblem)).toMatch(/not available/);
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
    expect((await loadPins()).pins).toEqual(['a', 'b', 'c', 'd']);
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
