import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings } from '../../storage/settingsStore';
import {
  keepPolicyCopy,
  loadTeamPolicy,
  MANAGED_WAIT_MS,
  watchTeamPolicy,
} from '../../storage/teamStore';
import { POLICY_COPY_KEY } from '../../utils/storageKeys';
import { NO_POLICY, type TeamPolicy } from '../../utils/team/policy';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => vi.useRealTimers());

const PACK = { name: 'Support desk', entries: [{ kind: 'tip', text: 'Greet by name.' }] };

describe('the organisation’s policy from managed storage', () => {
  it('reads as no policy where the browser has none, or refuses (Firefox without policies.json)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValueOnce({});
    const onChange = vi.fn();
    // A fresh read: the watcher forgets what was read before.
    const stop = watchTeamPolicy(onChange);
    fakeBrowser.storage.onChanged.trigger({}, 'managed');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(NO_POLICY));
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(
      new Error('Managed storage manifest not found'),
    );
    fakeBrowser.storage.onChanged.trigger({}, 'managed');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(onChange).toHaveBeenLastCalledWith(NO_POLICY);
    stop();
  });

  it('follows the administrator’s changes live, and settings read under them', async () => {
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    managed.mockResolvedValue({ packs: [PACK], defaults: { theme: 'dark' }, locked: ['period'] });
    const onChange = vi.fn();
    const stop = watchTeamPolicy(onChange);
    fakeBrowser.storage.onChanged.trigger({ packs: {} }, 'managed');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    const policy = await loadTeamPolicy();
    expect(policy.entries.map((entry) => entry.text)).toEqual(['Greet by name.']);
    await fakeBrowser.storage.sync.set({ settings: { v: 2, period: 'day', font: 'sans' } });
    const { settings } = await loadSettings();
    // The default where the user chose nothing, the lock over the user's choice, the rest theirs.
    expect([settings.theme, settings.period, settings.font]).toEqual(['dark', 'tab', 'sans']);
    // Changes to other areas do not make it read again.
    fakeBrowser.storage.onChanged.trigger({ settings: {} }, 'sync');
    expect(managed).toHaveBeenCalledTimes(1);
    stop();
  });
});

/** Managed storage that answers when the test says, as it does just after the browser starts. */
function lateManaged() {
  let answer: (raw: Record<string, unknown>) => void = () => {};
  const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
  get.mockReturnValue(
    new Promise((resolve) => {
      answer = resolve;
    }),
  );
  return { answer: (raw: Record<string, unknown>) => answer(raw), get };
}

const texts = (policy: TeamPolicy) => policy.entries.map((entry) => entry.text);
const OTHER_PACK = { name: 'Shop floor', entries: [{ kind: 'tip', text: 'Smile first.' }] };

describe('the policy while managed storage answers late (just after the browser starts)', () => {
  /** A page's first read of the policy, as a change event starts it afresh. */
  function firstRead() {
    const onChange = vi.fn<(policy: TeamPolicy) => void>();
    const stop = watchTeamPolicy(onChange);
    fakeBrowser.storage.onChanged.trigger({}, 'managed');
    return { onChange, stop };
  }

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
  });

  it('takes the copy the background keeps, then follows managed storage where it differs', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { packs: [PACK] } });
    const managed = lateManaged();
    const { onChange, stop } = firstRead();
    await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS - 1);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(texts(onChange.mock.calls[0]?.[0] as TeamPolicy)).toEqual(['Greet by name.']);

    managed.answer({ packs: [OTHER_PACK] });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(texts(onChange.mock.calls[1]?.[0] as TeamPolicy)).toEqual(['Smile first.']);
    expect(texts(await loadTeamPolicy())).toEqual(['Smile first.']);
    stop();
  });

  it('changes nothing when managed storage answers what the copy holds', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { packs: [PACK] } });
    const managed = lateManaged();
    const { onChange, stop } = firstRead();
    await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    managed.answer({ packs: [PACK] });
    await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(managed.get).toHaveBeenCalledTimes(1);
    stop();
  });

  it('waits for managed storage when there is no copy yet (the first start after installing)', async () => {
    const managed = lateManaged();
    const { onChange, stop } = firstRead();
    await vi.advanceTimersByTimeAsync(10 * MANAGED_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
    managed.answer({ packs: [OTHER_PACK] });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(texts(onChange.mock.calls[0]?.[0] as TeamPolicy)).toEqual(['Smile first.']);
    stop();
  });

  it('reads managed storage alone when it answers in time, whatever the copy holds', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { packs: [OTHER_PACK] } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ packs: [PACK] });
    const { onChange, stop } = firstRead();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(texts(onChange.mock.calls[0]?.[0] as TeamPolicy)).toEqual(['Greet by name.']);
    stop();
  });
});

describe('the copy of the policy (storage/teamStore.ts, kept by the background)', () => {
  const copy = async () => (await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];

  it('holds what managed storage holds, written only when that changed', async () => {
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    managed.mockResolvedValue({ packs: [PACK] });
    await keepPolicyCopy();
    expect(await copy()).toEqual({ packs: [PACK] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await keepPolicyCopy();
    expect(set).not.toHaveBeenCalled();
    managed.mockResolvedValue({});
    await keepPolicyCopy();
    expect(await copy()).toEqual({});
  });

  it('is removed where the browser has no managed storage (Firefox without policies.json)', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { packs: [PACK] } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('No policy'));
    await keepPolicyCopy();
    expect(await copy()).toBeUndefined();
  });

  it('never fails the background when storage.local refuses it', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ packs: [PACK] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    await expect(keepPolicyCopy()).resolves.toBeUndefined();
  });
});
