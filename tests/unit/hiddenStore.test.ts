import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { say } from '../../components/translate';
import {
  changeHidden,
  hiddenAwaitSync,
  loadHidden,
  NewerHiddenError,
  sendHidden,
} from '../../storage/hiddenStore';
import { changePins, loadPins } from '../../storage/pinsStore';
import { CHUNK_BYTES } from '../../utils/chunkedRecord';
import { encodeHidden, HIDDEN_LAYOUT, HiddenLimitError } from '../../utils/hidden';

beforeEach(() => fakeBrowser.reset());

const ids = (n: number) => Array.from({ length: n }, (_, i) => `q-stable-entry-${i}`);
/** The most ids the two items take. */
const capacity = () => {
  let count = 1;
  while (encodeFits(count + 1)) count++;
  return count;
};
const encodeFits = (n: number) => {
  try {
    encodeHidden(ids(n));
    return true;
  } catch {
    return false;
  }
};

describe('hidden entries in storage', () => {
  it('hides and shows again on this browser at once, and reaches sync in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await changeHidden({ type: 'hide', id: 'q-a' });
    await changeHidden({ type: 'hide', id: 'q-b' });
    await changeHidden({ type: 'show', id: 'q-a' });
    expect((await loadHidden()).ids).toEqual(['q-b']);
    expect(set).not.toHaveBeenCalled();
    expect(await sendHidden()).toBeNull();
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      hidden: { v: HIDDEN_LAYOUT.version, chunks: 1 },
      'hidden.0': ['q-b'],
    });
  });

  it('shows several again in one change, and hides them back where they were', async () => {
    for (const id of ['q-a', 'q-b', 'q-c', 'q-d']) await changeHidden({ type: 'hide', id });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const shown = ['q-b', 'q-d'].map((id) => ({ type: 'show' as const, id }));
    await changeHidden({ type: 'all', changes: shown });
    expect((await loadHidden()).ids).toEqual(['q-a', 'q-c']);
    expect(set).toHaveBeenCalledTimes(1);
    await changeHidden({ type: 'hide', id: 'q-e' });
    const back = [
      { type: 'hide' as const, id: 'q-b', at: 1 },
      { type: 'hide' as const, id: 'q-d', at: 3 },
    ];
    await changeHidden({ type: 'all', changes: back });
    expect((await loadHidden()).ids).toEqual(['q-a', 'q-b', 'q-c', 'q-d', 'q-e']);
  });

  it('keeps within sync’s item limit, and refuses one id too many, keeping the others', async () => {
    const count = capacity();
    // Two items of under 8 KB each: some hundreds of ids, never more than sync allows per item.
    expect(count).toBeGreaterThan(500);
    const { items } = encodeHidden(ids(count));
    for (const [key, value] of Object.entries(items)) {
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThan(8_192);
    }
    expect(Object.keys(items)).toHaveLength(1 + HIDDEN_LAYOUT.maxChunks);
    expect(CHUNK_BYTES).toBeLessThan(8_192);
    await fakeBrowser.storage.sync.set(items);
    const refused = changeHidden({ type: 'hide', id: `q-one-too-many-${'x'.repeat(40)}` });
    await expect(refused).rejects.toBeInstanceOf(HiddenLimitError);
    await expect(refused).rejects.toMatchObject({ count });
    expect((await loadHidden()).ids).toHaveLength(count);
  });

  it('keeps hidden ids on this browser when sync refuses, says so, and sends them later', async () => {
    await changeHidden({ type: 'hide', id: 'q-a' });
    const refusal = new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(refusal);
    expect(await sendHidden()).toBe('tooFast');
    const kept = await loadHidden();
    expect(kept.ids).toEqual(['q-a']);
    expect(kept.syncProblem && say(kept.syncProblem)).toMatch(
      /hidden entries are saved on this browser/,
    );
    expect(await sendHidden()).toBeNull();
    expect((await fakeBrowser.storage.sync.get('hidden.0'))['hidden.0']).toEqual(['q-a']);
  });

  it('never rewrites hidden ids a newer version saved', async () => {
    await fakeBrowser.storage.sync.set({ hidden: { v: 9, chunks: 1 }, 'hidden.0': ['q-a'] });
    await expect(changeHidden({ type: 'hide', id: 'q-b' })).rejects.toBeInstanceOf(
      NewerHiddenError,
    );
    expect((await loadHidden()).ids).toEqual(['q-a']);
  });

  it('is a list of its own: hiding never touches pins', async () => {
    await changePins({ type: 'pin', id: 'q-a' });
    await changeHidden({ type: 'hide', id: 'q-a' });
    expect((await loadPins()).pins).toEqual(['q-a']);
    expect(hiddenAwaitSync({ hiddenCopy: { newValue: { hidden: ['q-a'], unsynced: true } } })).toBe(
      true,
    );
    expect(hiddenAwaitSync({ pinsCopy: { newValue: { pins: ['q-a'], unsynced: true } } })).toBe(
      false,
    );
  });
});
