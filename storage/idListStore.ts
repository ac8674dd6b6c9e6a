import { browser } from 'wxt/browser';
import { type ChunkedLayout, layoutKeys } from '../utils/chunkedRecord';
import { isStringArray } from '../utils/guards';
import { applyIdChange, decodeIds, type IdListChange } from '../utils/idList';
import {
  type Ahead,
  baseWhileUnreadable,
  laidOverSync,
  parseLocalCopy,
  refusedProblem,
  storedCopy,
} from '../utils/localCopy';
import { type SyncedData, syncProblemMessage } from '../utils/syncErrors';
import type { Text } from '../utils/text';
import { readSync, watchStorage, withLock } from './access';

export interface LoadedIds {
  ids: string[];
  /** Written by a newer version of Tabwise: shown, but not changed by this one. */
  newer: boolean;
  /** A sentence for the user when sync could not be used; null when all is well. */
  syncProblem: Text | null;
}

export interface IdListConfig {
  layout: ChunkedLayout;
  /** The storage.local key of this browser's copy. */
  copyKey: string;
  what: SyncedData;
  /** The sync items for a list; throws when it does not fit. */
  encode: (ids: readonly string[]) => { items: Record<string, unknown>; unused: string[] };
  /** What a change to a list a newer version wrote throws. */
  newer: () => Error;
}

/**
 * A list of ids in storage.sync (pins, hidden entries) with a copy in
 * storage.local, which is what is read while sync is unavailable or behind.
 * Changes go to the copy at once, marked unsynced; the background sends it
 * to sync moments later (IdListSender), so a burst of changes is one write.
 * Changes made while sync cannot be read are laid over what it holds when
 * it answers again, rather than replacing it (see LocalCopy).
 */
export class IdListStore {
  private readonly keys: string[];
  protected readonly lockName: string;

  constructor(protected readonly config: IdListConfig) {
    this.keys = layoutKeys(config.layout);
    this.lockName = `tabwise:${config.layout.key}`;
  }

  protected async readAll() {
    const { copyKey, what } = this.config;
    const [local, synced] = await Promise.all([
      browser.storage.local.get(copyKey),
      readSync(this.keys),
    ]);
    return { copy: parseLocalCopy(local[copyKey], what, isStringArray), synced };
  }

  /**
   * The list as this browser knows it: sync's; this browser's copy when sync
   * cannot be read; a copy ahead of sync laid over sync's list (LocalCopy),
   * or, from an earlier version, instead of it. `base`: what a change made
   * now starts from (sync's list, when it can be read).
   */
  protected known({ copy, synced }: Awaited<ReturnType<IdListStore['readAll']>>) {
    if ('error' in synced) {
      const base = baseWhileUnreadable(copy, () => copy?.values ?? []);
      return { ids: copy?.values ?? [], newer: false, base };
    }
    if (copy?.unsynced && !copy.base) return { ids: copy.values, newer: false, base: undefined };
    const stored = decodeIds(this.config.layout, synced.items);
    const ids =
      copy?.unsynced && copy.base
        ? laidOverSync(stored.ids, copy.values, copy.base, (id) => id)
        : stored.ids;
    return { ids, newer: stored.newer, base: stored.ids };
  }

  /** Reads the list: from sync, or from this browser's copy when sync is unavailable or behind. */
  async load(): Promise<LoadedIds> {
    const all = await this.readAll();
    const { ids, newer } = this.known(all);
    const { copy, synced } = all;
    const { what } = this.config;
    const syncProblem =
      'error' in synced ? syncProblemMessage(synced.error, what) : refusedProblem(copy, what);
    return { ids, newer, syncProblem };
  }

  /**
   * Applies one change (under a lock, to the latest list, so no change made
   * in another tab is lost) and keeps the result in this browser's copy,
   * ahead of sync (still saying why sync refused it, if it did). Throws,
   * writing nothing, when the list would not fit in sync or was written by a
   * newer version.
   */
  change(change: IdListChange): Promise<LoadedIds> {
    return withLock(this.lockName, async () => {
      const all = await this.readAll();
      const current = this.known(all);
      if (current.newer) throw this.config.newer();
      const ids = applyIdChange(current.ids, change);
      this.config.encode(ids);
      // A backup restored replaces the list, whatever sync holds.
      const base = change.type === 'replace' ? undefined : current.base;
      const refused = all.copy?.unsynced ? all.copy.refused : undefined;
      await browser.storage.local.set(this.copyOf(ids, { base, refused }));
      return { ids, newer: false, syncProblem: refusedProblem(all.copy, this.config.what) };
    });
  }

  /** The copy as stored: `ahead` of sync, or (without it) what sync holds. */
  protected copyOf(ids: readonly string[], ahead?: Ahead) {
    return { [this.config.copyKey]: storedCopy(this.config.what, ids, ahead) };
  }

  /** Calls onChange with the fresh list whenever it changes, here or on another device. */
  watch(onChange: (loaded: LoadedIds) => void): () => void {
    const { layout, copyKey } = this.config;
    return watchStorage(
      (key) => key.startsWith(layout.key) || key === copyKey,
      () => this.load(),
      onChange,
    );
  }
}
