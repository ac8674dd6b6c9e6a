import { browser } from 'wxt/browser';
import { isRecord } from '../utils/guards';
import {
  applyChanges,
  changesNothing,
  readSettings,
  SETTINGS_VERSION,
  type Settings,
  type StoredSettings,
  storedVersion,
  unsyncedSettings,
  withUnsynced,
} from '../utils/settings';
import { SETTINGS_KEY, SETTINGS_UNSYNCED_KEY } from '../utils/storageKeys';
import {
  problemKind,
  type SyncProblem,
  syncProblemMessage,
  syncProblemText,
} from '../utils/syncErrors';
import type { Text } from '../utils/text';
import { readSync, watchStorage, withLock } from './access';
import { mirrorSettings } from './firstPaintMirror';
import { loadTeamPolicy } from './teamStore';

/**
 * Settings live in storage.sync under SETTINGS_KEY. storage.local keeps a copy
 * under the same key, which is what is read while sync is unavailable or
 * while the copy holds changes sync has not taken yet (SETTINGS_UNSYNCED_KEY).
 */
const LOCK_NAME = 'tabwise:settings';

export interface LoadedSettings {
  settings: Settings;
  /** The stored record the settings were read from (kept for merging writes). */
  record: unknown;
  /** A sentence for the user when sync could not be read; null when all is well. */
  syncProblem: Text | null;
}

/**
 * Reads the settings: from sync, or from this browser's copy when sync is
 * unavailable or behind, under the organisation's defaults and locks, if
 * any. Never writes anything.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  return (await readStoredSettings()).loaded;
}

/** loadSettings, with the stored list of settings waiting for sync (for writing it). */
async function readStoredSettings(): Promise<{ loaded: LoadedSettings; unsynced: unknown }> {
  // The reads at once: a new tab waits for this before it can draw.
  const [local, synced, policy] = await Promise.all([
    browser.storage.local.get([SETTINGS_KEY, SETTINGS_UNSYNCED_KEY]),
    readSync(SETTINGS_KEY),
    loadTeamPolicy(),
  ]);
  const localRecord = local[SETTINGS_KEY];
  const unsynced = local[SETTINGS_UNSYNCED_KEY];
  if ('error' in synced) {
    const syncProblem = syncProblemMessage(synced.error);
    const settings = readSettings(localRecord, policy);
    return { loaded: { settings, record: localRecord, syncProblem }, unsynced };
  }
  const syncedRecord = synced.items[SETTINGS_KEY] ?? localRecord;
  const waiting = unsyncedSettings(unsynced);
  // A damaged copy never stands in for what sync holds; one ahead of it shows
  // the settings changed here over it, and sync's values of the others.
  const record =
    !waiting || !isRecord(localRecord)
      ? syncedRecord
      : waiting === 'all'
        ? localRecord
        : applyChanges(syncedRecord, pick(readSettings(localRecord), waiting));
  return {
    loaded: { settings: readSettings(record, policy), record, syncProblem: null },
    unsynced,
  };
}

/**
 * Stores the synced record upgraded to this version, if it is older. Pages
 * and the background may all call this at once: the lock and the re-read
 * inside it make the upgrade happen exactly once. A failed read writes nothing.
 */
export function persistMigration(): Promise<boolean> {
  return withLock(LOCK_NAME, async () => {
    const synced = await browser.storage.sync.get(SETTINGS_KEY);
    const record = synced[SETTINGS_KEY];
    // A damaged record is not upgraded (nor replaced): the options page sets it aside.
    if (!isRecord(record) || storedVersion(record) >= SETTINGS_VERSION) return false;
    await browser.storage.sync.set({ [SETTINGS_KEY]: applyChanges(record, {}) });
    return true;
  });
}

/**
 * Writes settings changes: at once to this browser's copy (so nothing is lost
 * and open tabs follow), and to sync debounced and batched, so a burst of
 * changes costs one sync write and a change that changes nothing costs none.
 */
export class SettingsWriter {
  private pending: Partial<Settings> = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private localWrites = 0;
  /** This writer said sync refused, and has not yet said that all is well. */
  private saidRefused = false;

  constructor(
    private readonly onSyncProblem: (message: Text | null) => void,
    private readonly delayMs = 600,
    private readonly retryMs = 60_000,
  ) {}

  change(changes: Partial<Settings>): Promise<void> {
    Object.assign(this.pending, changes);
    this.schedule(this.delayMs);
    this.localWrites++;
    return this.enqueue(() => this.saveLocally(changes).finally(() => this.localWrites--));
  }

  /**
   * Stops saying sync refused as soon as what waited is sent elsewhere (the
   * background sends it within the minute, before this writer's own retry):
   * it then checks, under the lock, as that retry would.
   */
  watchSentElsewhere(): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      // Removed once sent (no new value; some implementations say null).
      const unsynced = changes[SETTINGS_UNSYNCED_KEY];
      if (this.saidRefused && area === 'local' && unsynced && unsynced.newValue == null)
        void this.flush();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  /** True while changes made here are still being saved (their echoes are stale). */
  isSaving(): boolean {
    return this.localWrites > 0;
  }

  /** Sends what is pending to sync now (also used when the page is hidden). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(() => this.syncNow());
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Runs writes one after another, so a slow write never overtakes a later one. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  /**
   * Under the lock, as syncNow: the names of the settings waiting for sync
   * are added to while no page is sending them and clearing the list.
   */
  private saveLocally(changes: Partial<Settings>) {
    return withLock(LOCK_NAME, async () => {
      const { loaded, unsynced } = await readStoredSettings();
      const record = applyChanges(loaded.record, changes);
      // The mirror first: a tab opened the moment the change is stored already paints with it.
      mirrorSettings(readSettings(record, await loadTeamPolicy()));
      const changed = Object.keys(changes) as (keyof Settings)[];
      const waiting = withUnsynced(unsynced, changed);
      await browser.storage.local.set({ [SETTINGS_KEY]: record, [SETTINGS_UNSYNCED_KEY]: waiting });
    });
  }

  private async syncNow() {
    const changes = this.pending;
    this.pending = {};
    const result = await sendUnsynced(changes);
    // Nothing waiting after a refusal: the background, or another page, sent it.
    if (result === 'sent' || (result === 'nothing' && this.saidRefused)) {
      this.saidRefused = false;
      this.onSyncProblem(null);
    }
    if (result === 'sent' || result === 'nothing') return;
    this.saidRefused = true;
    this.onSyncProblem(syncProblemText(result, 'settings'));
    this.pending = { ...changes, ...this.pending };
    this.schedule(this.retryMs);
  }
}

/**
 * Sends the settings changed on this browser (named in SETTINGS_UNSYNCED_KEY,
 * and `changes`) to sync, under the lock: only those, over what sync holds.
 * Resolves to why sync refused, if it did (they then keep waiting).
 */
function sendUnsynced(changes: Partial<Settings>): Promise<SyncProblem | 'sent' | 'nothing'> {
  return withLock(LOCK_NAME, async () => {
    const local = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_UNSYNCED_KEY]);
    const waiting = unsyncedSettings(local[SETTINGS_UNSYNCED_KEY]);
    if (!waiting) return 'nothing';
    if (!isRecord(local[SETTINGS_KEY])) {
      // A damaged copy has nothing to send: sync keeps what it holds.
      await browser.storage.local.remove(SETTINGS_UNSYNCED_KEY);
      return 'nothing';
    }
    try {
      const synced = await browser.storage.sync.get(SETTINGS_KEY);
      // Only the settings changed here, also after a reload (their names are kept).
      const wanted = readSettings(local[SETTINGS_KEY]);
      const changed = Object.keys(changes) as (keyof Settings)[];
      const update = waiting === 'all' ? wanted : pick(wanted, [...changed, ...waiting]);
      if (!changesNothing(synced[SETTINGS_KEY], update)) {
        const record = applyChanges(synced[SETTINGS_KEY] ?? local[SETTINGS_KEY], update);
        await browser.storage.sync.set({ [SETTINGS_KEY]: record });
        await browser.storage.local.set({ [SETTINGS_KEY]: record });
      }
      await browser.storage.local.remove(SETTINGS_UNSYNCED_KEY);
      return 'sent';
    } catch (error) {
      return problemKind(error);
    }
  });
}

/**
 * Sends settings kept on this browser (a page closed before sync took them),
 * if any: the background's, at start-up and whenever some wait (SyncSender).
 */
export const sendSettings = async (): Promise<SyncProblem | null> => {
  const result = await sendUnsynced({});
  return result === 'sent' || result === 'nothing' ? null : result;
};

/** Whether a storage.local change leaves settings waiting for sync. */
export const settingsAwaitSync = (changes: Record<string, { newValue?: unknown }>): boolean =>
  !!unsyncedSettings(changes[SETTINGS_UNSYNCED_KEY]?.newValue);

function pick(settings: Settings, keys: (keyof Settings)[]): Partial<Settings> {
  return Object.fromEntries(keys.map((key) => [key, settings[key]])) as Partial<Settings>;
}

/** Calls onChange with fresh settings whenever they change, here or on another device. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return watchStorage(
    (key) => key === SETTINGS_KEY || key === SETTINGS_UNSYNCED_KEY,
    loadSettings,
    onChange,
  );
}

/**
 * Replaces the stored settings record as a whole (restoring a backup): to
 * this browser's copy, then to sync; when sync refuses, the copy waits to
 * catch up and the sentence saying so is returned.
 */
export async function replaceSettings(record: StoredSettings): Promise<Text | null> {
  mirrorSettings(readSettings(record, await loadTeamPolicy()));
  await browser.storage.local.set({ [SETTINGS_KEY]: record, [SETTINGS_UNSYNCED_KEY]: true });
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: record });
    await browser.storage.local.remove(SETTINGS_UNSYNCED_KEY);
    return null;
  } catch (error) {
    return syncProblemMessage(error);
  }
}
