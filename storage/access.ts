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
