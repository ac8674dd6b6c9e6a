import { browser } from 'wxt/browser';

/**
 * Runs fn while holding the named Web Lock, so that the extension's pages
 * (one origin) read and write a record one after another. Without Web Locks
 * (a test environment) it simply runs.
 */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return fn();
  return navigator.locks.request(name, fn) as Promise<T>;
}

/** Reads sync storage, turning a refusal (sync unavailable) into a value instead of a throw. */
export function readSync(
  keys: string | string[],
): Promise<{ items: Record<string, unknown> } | { error: unknown }> {
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
