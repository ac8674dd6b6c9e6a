import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { changeOwnEntries, loadOwnEntries } from '../../storage/ownEntriesStore';
import { changePins, loadPins } from '../../storage/pinsStore';
import { SettingsWriter } from '../../storage/settingsStore';
import { RETRY_MS, SEND_DELAY_MS } from '../../storage/syncSender';
import { toEntry } from '../../utils/ownEntries';
import { POLICY_COPY_KEY, SETTINGS_KEY } from '../../utils/storageKeys';
import { POLICY_REQUEST, type PolicyCopy } from '../../utils/team/policyCopy';

beforeEach(() => fakeBrowser.reset());
// Timers faked in a test (its senders' delays) are real again after it.
afterEach(() => vi.useRealTimers());
const useFakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

const refusal = () => new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
const entry = toEntry('u-kept', { kind: 'tip', text: 'Kept while offline.', topics: [] });

describe('the background at browser start-up', () => {
  it('sends settings, pins and own entries kept while sync refused', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    set.mockRejectedValue(refusal());
    const writer = new SettingsWriter(() => {}, 1, 60_000);
    await writer.change({ period: 'day' });
    await writer.flush();
    await changePins({ type: 'toggle', id: 'q-1' });
    expect((await changeOwnEntries({ type: 'add', entries: [entry] })).syncProblem).not.toBeNull();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    set.mockRestore();

    useFakeTimers();
    background.main?.();
    await fakeBrowser.runtime.onStartup.trigger();
    // Settings go through their sender, a moment later.
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    await vi.waitFor(async () => {
      const synced = await fakeBrowser.storage.sync.get(null);
      expect(synced[SETTINGS_KEY]).toMatchObject({ period: 'day' });
      expect(Object.keys(synced)).toEqual(expect.arrayContaining(['pins.0', 'own.0']));
    });
    expect((await loadOwnEntries()).syncProblem).toBeNull();
  });
});

describe('the background while an options page changes settings', () => {
  it('sends settings sync refused within the minute, though the page is closed', async () => {
    useFakeTimers();
    background.main?.();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(refusal());
    const problems: unknown[] = [];
    // The page's own retry comes only after a minute: it is closed before.
    const writer = new SettingsWriter((problem) => problems.push(problem), 1, 60_000);
    await writer.change({ period: 'hour' });
    await writer.flush();
    expect(problems).toHaveLength(1);
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual({});
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
        period: 'hour',
      }),
    );
    expect(await fakeBrowser.storage.local.get('settingsUnsynced')).toEqual({});
  });
});

describe('the background while pages change pins', () => {
  it('sends a burst of pin presses to sync as one write, moments later', async () => {
    useFakeTimers();
    background.main?.();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (const id of ['q-1', 'q-2', 'q-3']) await changePins({ type: 'pin', id });
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['q-1', 'q-2', 'q-3']);
  });
});

describe('the background with sync full', () => {
  it('sends pins again once sync’s contents change (room may have been made), not every 20 s', async () => {
    useFakeTimers();
    await fakeBrowser.storage.sync.set({ other: 'x' });
    background.main?.();
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await changePins({ type: 'pin', id: 'q-1' });
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await loadPins()).syncProblem).not.toBeNull();
    // Another browser, or the options page, makes room.
    await fakeBrowser.storage.sync.remove('other');
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(2));
    expect((await fakeBrowser.storage.sync.get('pins.0'))['pins.0']).toEqual(['q-1']);
    expect((await loadPins()).syncProblem).toBeNull();
  });
});

describe('the background and the organisation’s policy', () => {
  const copy = async () =>
    (await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY] as
      | PolicyCopy
      | undefined;

  it('copies the policy at browser start-up and after every change, for pages that open before managed storage answers', async () => {
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    managed.mockResolvedValue({ defaults: { theme: 'dark' } });
    background.main?.();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect((await copy())?.raw).toEqual({ defaults: { theme: 'dark' } }),
    );
    managed.mockResolvedValue({ locked: ['period'] });
    await fakeBrowser.storage.onChanged.trigger({ locked: {} }, 'managed');
    await vi.waitFor(async () => expect((await copy())?.policy.locked).toEqual(['period']));
    managed.mockRestore();
  });

  it('reads the policy for a page that asks, and keeps the copy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ locked: ['theme'] });
    background.main?.();
    const answer: PolicyCopy = await fakeBrowser.runtime.sendMessage(POLICY_REQUEST);
    expect(answer.policy.locked).toEqual(['theme']);
    expect(await copy()).toEqual(answer);
    // Anything else it leaves unanswered.
    await expect(fakeBrowser.runtime.sendMessage('other')).resolves.toBeUndefined();
  });
});
