import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { restoreBackup } from '../../storage/backupStore';
import { changeHidden, loadHidden } from '../../storage/hiddenStore';
import { changeOwnEntries, loadOwnEntries } from '../../storage/ownEntriesStore';
import { changePins, loadPins, sendPins } from '../../storage/pinsStore';
import { loadSettings } from '../../storage/settingsStore';
import type { Entry } from '../../utils/entry';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../utils/exportFormat';
import { toEntry } from '../../utils/ownEntries';
import { SETTINGS_VERSION } from '../../utils/settings';
import { SETTINGS_KEY } from '../../utils/storageKeys';
import { TextError } from '../../utils/text';

beforeEach(() => fakeBrowser.reset());

const entries = (n: number, from = 0): Entry[] =>
  Array.from({ length: n }, (_, i) =>
    toEntry(`u-backup-${from + i}`, { kind: 'quote', text: `Line ${from + i}.`, topics: [] }),
  );

const backup = (over: Partial<Backup> = {}): Backup => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: '',
  settings: { v: SETTINGS_VERSION, theme: 'dark' },
  pins: ['q-a'],
  hidden: ['q-h'],
  entries: entries(5, 100),
  ...over,
});

/** Three own entries, one pin and a light theme: what a restore may not lose. */
async function storeSomething() {
  await changeOwnEntries({ type: 'add', entries: entries(3) });
  await changePins({ type: 'pin', id: 'u-backup-0' });
  await sendPins();
  await changeHidden({ type: 'hide', id: 'q-z' });
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { v: SETTINGS_VERSION, theme: 'light' } });
}

async function stored() {
  const [own, pins, hidden, settings] = await Promise.all([
    loadOwnEntries(),
    loadPins(),
    loadHidden(),
    loadSettings(),
  ]);
  return {
    entries: own.entries,
    pins: pins.pins,
    hidden: hidden.ids,
    theme: settings.settings.theme,
  };
}

const before = { entries: entries(3), pins: ['u-backup-0'], hidden: ['q-z'], theme: 'light' };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TextError);
  return (error as TextError).text.key;
}

describe('restoring a backup, all or nothing', () => {
  it('replaces entries, pins, hidden entries and settings', async () => {
    await storeSomething();
    expect(await restoreBackup(backup())).toEqual([]);
    expect(await stored()).toEqual({
      entries: entries(5, 100),
      pins: ['q-a'],
      hidden: ['q-h'],
      theme: 'dark',
    });
    // Sent to sync, like the pins.
    expect((await fakeBrowser.storage.sync.get('hidden.0'))['hidden.0']).toEqual(['q-h']);
  });

  it('restores a backup from before hiding existed as nothing hidden', async () => {
    await storeSomething();
    expect(await restoreBackup(backup({ hidden: [] }))).toEqual([]);
    expect((await stored()).hidden).toEqual([]);
  });

  it('writes nothing when the hidden entries would not fit in sync', async () => {
    await storeSomething();
    const hidden = Array.from({ length: 3_000 }, (_, i) => `q-some-hidden-entry-${i}`);
    expect(await refusal(restoreBackup(backup({ hidden })))).toBe(
      'import.notRestored.tooManyHidden',
    );
    expect(await stored()).toEqual(before);
  });

  it('writes nothing when the pins would not fit in sync, and says which part and what to do', async () => {
    await storeSomething();
    const pins = Array.from({ length: 5_002 }, (_, i) => `q-some-pinned-entry-${i}`);
    expect(await refusal(restoreBackup(backup({ pins })))).toBe('import.notRestored.tooManyPins');
    expect(await stored()).toEqual(before);
  });

  it('writes nothing over pins or entries a newer version stored', async () => {
    await storeSomething();
    await fakeBrowser.storage.sync.set({ pins: { v: 99, chunks: 1 } });
    expect(await refusal(restoreBackup(backup()))).toBe('import.notRestored.newerPins');
    await fakeBrowser.storage.sync.set({ pins: { v: 1, chunks: 1 }, own: { v: 99, chunks: 1 } });
    expect(await refusal(restoreBackup(backup()))).toBe('import.notRestored.newerEntries');
    expect((await loadOwnEntries()).entries).toEqual(entries(3));
  });

  it('puts back what was there when a write fails midway', async () => {
    await storeSomething();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let failed = false;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      // The settings write, after entries and pins have been replaced.
      if (!failed && SETTINGS_KEY in items) {
        failed = true;
        throw new Error('Resource::kQuotaBytes quota exceeded');
      }
      return set(items);
    });
    expect(await refusal(restoreBackup(backup()))).toBe('import.notRestored.storageFull');
    expect(await stored()).toEqual(before);
  });
});
