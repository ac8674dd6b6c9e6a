import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { keepPolicyCopy } from '../../storage/policyCopy';
import { loadSettings } from '../../storage/settingsStore';
import { loadTeamPolicy, watchTeamPolicy } from '../../storage/teamStore';
import { POLICY_COPY_KEY } from '../../utils/storageKeys';
import { NO_POLICY, parsePolicy, type TeamPolicy } from '../../utils/team/policy';
import { POLICY_REQUEST } from '../../utils/team/policyCopy';
import { TEST_VERSION } from './setup/manifest';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => vi.useRealTimers());

const PACK = { name: 'Support desk', entries: [{ kind: 'tip', text: 'Greet by name.' }] };

const OTHER_PACK = { name: 'Shop floor', entries: [{ kind: 'tip', text: 'Smile first.' }] };
const texts = (policy: TeamPolicy) => policy.entries.map((entry) => entry.text);
const copy = async () => (await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
/** The copy as the background of this version writes it. */
const copyOf = (raw: Record<string, unknown>) => ({
  version: TEST_VERSION,
  raw,
  policy: parsePolicy(raw),
});

/** A background as the pages talk to it: it keeps the copy when asked. */
function background() {
  const asked = vi.fn();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (message !== POLICY_REQUEST) return undefined;
    asked();
    return keepPolicyCopy();
  });
  return asked;
}

/** Reads the policy afresh, as a new page does: a copy it cannot use makes it forget what it read. */
async function freshRead() {
  const onChange = vi.fn<(policy: TeamPolicy) => void>();
  const stop = watchTeamPolicy(onChange);
  const stored = await copy();
  await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: 'unusable' });
  if (stored === undefined) await fakeBrowser.storage.local.remove(POLICY_COPY_KEY);
  else await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: stored });
  return { onChange, stop };
}

describe('the organisation’s policy, as pages read it', () => {
  it('comes from the background’s copy, read and checked: the page never reads managed storage', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: copyOf({ packs: [PACK] }) });
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const asked = background();
    const { stop } = await freshRead();
    expect(texts(await loadTeamPolicy())).toEqual(['Greet by name.']);
    stop();
    expect(managed).not.toHaveBeenCalled();
    expect(asked).not.toHaveBeenCalled();
  });

  it('follows the copy as the background changes it, and settings read under it', async () => {
    const onChange = vi.fn();
    const stop = watchTeamPolicy(onChange);
    const raw = { packs: [PACK], defaults: { theme: 'dark' }, locked: ['period'] };
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: copyOf(raw) });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(texts(await loadTeamPolicy())).toEqual(['Greet by name.']);
    await fakeBrowser.storage.sync.set({ settings: { v: 2, period: 'day', font: 'sans' } });
    const { settings } = await loadSettings();
    // The default where the user chose nothing, the lock over the user's choice, the rest theirs.
    expect([settings.theme, settings.period, settings.font]).toEqual(['dark', 'tab', 'sans']);
    // Changes elsewhere call nobody.
    await fakeBrowser.storage.sync.set({ settings: {} });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it.each([
    ['no copy yet (the first start after installing)', undefined],
    ['a copy another version wrote', { ...copyOf({ packs: [OTHER_PACK] }), version: '0.0.9' }],
    ['a damaged copy', { version: TEST_VERSION, policy: { packs: 'x' } }],
  ])(
    'asks the background when there is %s, and the background keeps the copy',
    async (_, stored) => {
      if (stored) await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: stored });
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ packs: [PACK] });
      const asked = background();
      const { stop } = await freshRead();
      expect(texts(await loadTeamPolicy())).toEqual(['Greet by name.']);
      expect(asked).toHaveBeenCalledTimes(1);
      expect(await copy()).toEqual(copyOf({ packs: [PACK] }));
      stop();
    },
  );

  it('waits for the background while managed storage answers late, just after the browser starts', async () => {
    let answer: (raw: Record<string, unknown>) => void = () => {};
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
      new Promise((resolve) => {
        answer = resolve;
      }),
    );
    background();
    const { stop } = await freshRead();
    const read = vi.fn();
    void loadTeamPolicy().then(read);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await vi.advanceTimersByTimeAsync(5000);
    vi.useRealTimers();
    expect(read).not.toHaveBeenCalled();
    answer({ packs: [OTHER_PACK] });
    await vi.waitFor(() => expect(read).toHaveBeenCalled());
    expect(texts(read.mock.calls[0]?.[0] as TeamPolicy)).toEqual(['Smile first.']);
    stop();
  });

  it('reads as no policy when the background cannot answer, and takes the copy once it comes', async () => {
    const { onChange, stop } = await freshRead();
    expect(await loadTeamPolicy()).toEqual(NO_POLICY);
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: copyOf({ packs: [PACK] }) });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(texts(await loadTeamPolicy())).toEqual(['Greet by name.']);
    stop();
  });
});

describe('the copy of the policy (storage/policyCopy.ts, kept by the background)', () => {
  it('holds what managed storage holds, read, written only when that changed', async () => {
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    managed.mockResolvedValue({ packs: [PACK] });
    expect(await keepPolicyCopy()).toEqual(copyOf({ packs: [PACK] }));
    expect(await copy()).toEqual(copyOf({ packs: [PACK] }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await keepPolicyCopy();
    expect(set).not.toHaveBeenCalled();
    managed.mockResolvedValue({});
    await keepPolicyCopy();
    expect(await copy()).toEqual(copyOf({}));
  });

  it('gives each entry the language of its text, where the browser’s detector is sure of it', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ packs: [PACK, OTHER_PACK] });
    vi.spyOn(fakeBrowser.i18n, 'detectLanguage').mockImplementation(async (text: string) => ({
      isReliable: text === 'Greet by name.',
      languages: [{ language: 'en', percentage: 100 }],
    }));
    const { policy } = await keepPolicyCopy();
    expect(policy.entries.map((entry) => [entry.text, entry.lang])).toEqual([
      ['Greet by name.', 'en'],
      ['Smile first.', undefined],
    ]);
  });

  it('is read again by a new version of the extension, though managed storage is the same', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ packs: [PACK] });
    await fakeBrowser.storage.local.set({
      [POLICY_COPY_KEY]: { ...copyOf({ packs: [PACK] }), version: '0.0.9', policy: NO_POLICY },
    });
    await keepPolicyCopy();
    expect(await copy()).toEqual(copyOf({ packs: [PACK] }));
  });

  it('holds no policy where the browser has no managed storage (Firefox without policies.json)', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: copyOf({ packs: [PACK] }) });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('No policy'));
    await keepPolicyCopy();
    expect(await copy()).toEqual({ version: TEST_VERSION, policy: NO_POLICY });
  });

  it('keeps the newer policy when an older read finds its languages last', async () => {
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    managed.mockResolvedValueOnce({ packs: [PACK] }).mockResolvedValueOnce({ packs: [OTHER_PACK] });
    let answerOld: (() => void) | undefined;
    vi.spyOn(fakeBrowser.i18n, 'detectLanguage').mockImplementation(async (text: string) => {
      if (PACK.entries.some((entry) => entry.text === text))
        await new Promise<void>((resolve) => {
          answerOld = resolve;
        });
      return { isReliable: false, languages: [] };
    });
    const older = keepPolicyCopy();
    const newer = keepPolicyCopy();
    await vi.waitFor(() => expect(answerOld).toBeDefined());
    // Let the newer call go as far as it can (storage here answers at once) before the older one ends.
    await new Promise((resolve) => setTimeout(resolve));
    answerOld?.();
    await Promise.all([older, newer]);
    expect(await copy()).toEqual(copyOf({ packs: [OTHER_PACK] }));
  });

  it('writes the copy once when two ask at the same moment (install, and a page)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ packs: [PACK] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const [first, second] = await Promise.all([keepPolicyCopy(), keepPolicyCopy()]);
    expect(second).toEqual(first);
    expect(set).toHaveBeenCalledOnce();
  });

  it('still gives the policy when storage.local refuses the copy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ packs: [PACK] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES'));
    expect((await keepPolicyCopy()).policy).toEqual(parsePolicy({ packs: [PACK] }));
  });
});
