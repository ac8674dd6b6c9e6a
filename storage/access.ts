import { browser } from 'wxt/browser';
import { problemKind, type SyncProblem } from '../utils/syncErrors';

/**
 * Runs fn while holding the named Web Lock, so that the extension's pages
 * (one origin) read and write a record one after another. Without Web Locks
 * (a test environment) it simply runs.
 */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return fn();
  return navigator.locks.request(name, fn) as Promise<T>;
}

export type SyncRead = { items: Record<string, unknown> } | { error: unknown };

/** Reads sync storage, turning a refusal (sync unavailable) into a value instead of a throw. */
export function readSync(keys: string | string[]): Promise<SyncRead> {
  return browser.storage.sync.get(keys).then(
    (items) => ({ items }),
    (error: unknown) => ({ error }),
  );
}

/**
 * Calls onChange with a fresh read whenever storage changes a key that
 * `isOurs` accepts. Reads may resolve out of order (sync and local storage
 * answer separately); only the latest one started is delivered, so an older
 * read never replaces a newer one on screen.
 */
export function watchStorage<T>(
  isOurs: (key: string) => boolean,
  load: () => Promise<T>,
  onChange: (loaded: T) => void,
): () => void {
  let latest = 0;
  const listener = (changes: Record<string, unknown>) => {
    if (!Object.keys(changes).some(isOurs)) return;
    const ticket = ++latest;
    void load().then((loaded) => {
      if (ticket === latest) onChange(loaded);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Writes a chunked record to sync (dropping chunks it no longer uses), then
 * this browser's copy of it. When sync refuses, or could not be read before,
 * the copy is kept ahead of sync (`copy` gets why), to be sent later, and
 * the problem is returned.
 */
export async function writeSyncedWithCopy(
  synced: SyncRead,
  chunks: { items: Record<string, unknown>; unused: string[] },
  copy: (refused?: SyncProblem) => Record<string, unknown>,
): Promise<SyncProblem | null> {
  try {
    if ('error' in synced) throw synced.error;
    await browser.storage.sync.set(chunks.items);
    const stale = chunks.unused.filter((key) => key in synced.items);
    if (stale.length > 0) await browser.storage.sync.remove(stale);
    await browser.storage.local.set(copy());
    return null;
  } catch (error) {
    const refused = problemKind(error);
    await browser.storage.local.set(copy(refused));
    return refused;
  }
}
