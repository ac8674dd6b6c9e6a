import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings } from '../../storage/settingsStore';
import { loadTeamPolicy, watchTeamPolicy } from '../../storage/teamStore';
import { NO_POLICY } from '../../utils/team/policy';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

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
