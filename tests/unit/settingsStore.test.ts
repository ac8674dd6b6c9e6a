import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { say } from '../../components/translate';
import {
  loadSettings,
  persistMigration,
  SettingsWriter,
  sendSettings,
} from '../../storage/settingsStore';
import { SETTINGS_VERSION } from '../../utils/settings';
import { SETTINGS_KEY, SETTINGS_UNSYNCED_KEY } from '../../utils/storageKeys';

// The writer's debounce and retry run on fake timers: no test waits in real time.
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const syncRecord = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
/** Lets ms pass: the timers due fire, and the storage work they start completes. */
const elapse = (ms = 60) => vi.advanceTimersByTimeAsync(ms);
const quotaError = () =>
  new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');

/** A writer with short delays (its retry after `retryMs`), and the sync problems it reported. */
function writer(retryMs = 40) {
  const problems: (string | null)[] = [];
  const writer = new SettingsWriter((p) => problems.push(p && say(p)), 20, retryMs);
  return { problems, writer };
}

describe('SettingsWriter', () => {
  it('batches a burst of changes into one sync write, with the last values', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const { writer: w } = writer();
    for (let i = 0; i < 50; i++)
      void w.change({ textSize: i % 2 ? 'large' : 'small', topics: [`t${i}`] });
    await elapse();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await syncRecord()).toMatchObject({
      v: SETTINGS_VERSION,
      textSize: 'large',
      topics: ['t49'],
    });
  });

  it('applies a change locally at once, before sync is written', async () => {
    const { writer: w } = writer();
    await w.change({ theme: 'dark' });
    expect(await syncRecord()).toBeUndefined();
    expect((await loadSettings()).settings.theme).toBe('dark');
  });

  it('reads this browser’s copy once for a change, and keeps the names waiting for sync', async () => {
    const { writer: w } = writer();
    await w.change({ theme: 'dark' });
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await w.change({ textSize: 'large' });
    expect(reads).toHaveBeenCalledTimes(1);
    const local = await fakeBrowser.storage.local.get(SETTINGS_UNSYNCED_KEY);
    expect(local[SETTINGS_UNSYNCED_KEY]).toEqual(['theme', 'textSize']);
  });

  it('writes nothing to sync when a value did not change', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { v: 2, theme: 'dark' } });
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const { writer: w } = writer();
    await w.change({ theme: 'dark' });
    await w.change({ period: 'tab' });
    await elapse();
    expect(writes).not.toHaveBeenCalled();
  });

  it('keeps the other synced settings when changing one', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { v: 2, theme: 'dark', topics: ['calm'] },
    });
    const { writer: w } = writer();
    await w.change({ font: 'sans' });
    await elapse();
    expect(await syncRecord()).toEqual({ v: 2, theme: 'dark', topics: ['calm'], font: 'sans' });
  });

  it('on a refused sync write says so, keeps the change locally, and catches up later', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    const { writer: w, problems } = writer();
    await w.change({ theme: 'light' });
    await elapse(30);
    expect(problems.at(-1)).toMatch(/saved on this browser/);
    expect((await loadSettings()).settings.theme).toBe('light');
    await elapse(80);
    expect(problems.at(-1)).toBeNull();
    expect(await syncRecord()).toMatchObject({ theme: 'light' });
  });

  it('lets a later page send changes a closed page could not sync', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    const first = writer();
    await first.writer.change({ period: 'day', textSize: 'x-large' });
    await elapse(30);
    // The page that failed is gone; a new page (or the background) flushes.
    await new SettingsWriter(() => {}).flush();
    expect(await syncRecord()).toMatchObject({ period: 'day', textSize: 'x-large' });
  });

  it('stops saying sync refused once the background has sent the change, and leaves other sentences alone', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    const page = writer();
    await page.writer.change({ theme: 'dark' });
    await elapse(30);
    expect(page.problems.at(-1)).toMatch(/saved on this browser/);
    expect(await sendSettings()).toBeNull();
    expect(await syncRecord()).toMatchObject({ theme: 'dark' });
    // The page's own retry finds nothing waiting: all is well again.
    await elapse(40);
    expect(page.problems.at(-1)).toBeNull();
    // A page that watches says so at once, long before its own retry.
    const watching = writer(60_000);
    const stop = watching.writer.watchSentElsewhere();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    await watching.writer.change({ theme: 'light' });
    await elapse(30);
    expect(watching.problems.at(-1)).toMatch(/saved on this browser/);
    expect(await sendSettings()).toBeNull();
    await elapse(1);
    expect(watching.problems.at(-1)).toBeNull();
    stop();
    // A page that said nothing says nothing when nothing waits (a sentence from reading stays).
    const other = writer();
    await other.writer.flush();
    expect(other.problems).toEqual([]);
  });

  it('never overwrites what a newer version stored: its version and fields survive', async () => {
    const newer = { v: SETTINGS_VERSION + 1, theme: 'sepia', widgets: ['clock'] };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: newer });
    const { writer: w } = writer();
    await w.change({ textSize: 'small' });
    await elapse();
    expect(await syncRecord()).toEqual({ ...newer, textSize: 'small' });
  });
});

describe('settings changed while sync could not be read', () => {
  it('are shown over what sync holds, and sent alone once it answers, also after the pages are closed', async () => {
    const other = { v: SETTINGS_VERSION, theme: 'dark', topics: ['calm'], textSize: 'small' };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: other });
    const read = vi
      .spyOn(fakeBrowser.storage.sync, 'get')
      .mockRejectedValue(new Error('unavailable'));
    const first = writer();
    const second = writer();
    await first.writer.change({ font: 'sans' });
    await second.writer.change({ textSize: 'large' });
    await elapse();
    expect(first.problems.at(-1)).toMatch(/not available/);
    read.mockRestore();
    // Meanwhile, another browser changes the theme: shown at once, beside the changes made here.
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...other, theme: 'light' } });
    const loaded = (await loadSettings()).settings;
    expect([loaded.theme, loaded.topics, loaded.font, loaded.textSize]).toEqual([
      'light',
      ['calm'],
      'sans',
      'large',
    ]);
    expect(await sendSettings()).toBeNull();
    const both = { ...other, theme: 'light', font: 'sans', textSize: 'large' };
    expect(await syncRecord()).toEqual(both);
    expect(await fakeBrowser.storage.local.get('settingsUnsynced')).toEqual({});
  });
});

describe('loadSettings', () => {
  it('falls back to this browser’s copy, and says so, when sync cannot be read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, theme: 'dark' } });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const loaded = await loadSettings();
    expect(loaded.settings.theme).toBe('dark');
    expect(loaded.syncProblem && say(loaded.syncProblem)).toMatch(/not available/);
    expect(writes).not.toHaveBeenCalled();
  });
});

describe('persistMigration', () => {
  const v1 = { v: 1, show: 'tips', theme: 'dark', authors: ['Maya Angelou'] };

  // Several pages at once, under a real Web Lock, is covered end to end (options.e2e.ts).
  it('upgrades an old record once: a second call finds nothing to do', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: v1 });
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await persistMigration()).toBe(true);
    expect(await persistMigration()).toBe(false);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await syncRecord()).toEqual({
      v: SETTINGS_VERSION,
      kinds: ['tip'],
      theme: 'dark',
      authors: ['Maya Angelou'],
    });
  });

  it('writes nothing when the read fails, or when there is nothing to upgrade', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await persistMigration()).toBe(false);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('unavailable'));
    await expect(persistMigration()).rejects.toThrow('unavailable');
    expect(writes).not.toHaveBeenCalled();
  });
});

describe('a damaged copy of the settings on this browser', () => {
  it.each([
    ['text', 'garbage'],
    ['a list', [1, 2]],
    ['a number', 42],
  ])(
    '(%s, marked unsynced) neither hides the synced settings nor replaces them',
    async (_label, copy) => {
      const synced = { v: SETTINGS_VERSION, theme: 'dark' };
      await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: synced });
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: copy, settingsUnsynced: true });
      expect((await loadSettings()).settings.theme).toBe('dark');
      await new SettingsWriter(() => {}).flush();
      expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(synced);
      expect((await loadSettings()).settings.theme).toBe('dark');
    },
  );
});

describe('persistMigration and a damaged record', () => {
  it.each([42, 'garbage', [1]])(
    'leaves %j in sync for the options page to set aside',
    async (damaged) => {
      await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: damaged });
      expect(await persistMigration()).toBe(false);
      expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(damaged);
    },
  );
});
