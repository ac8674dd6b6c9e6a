import { browser } from 'wxt/browser';
import { isStringArray } from '../utils/guards';
import { parseLocalCopy } from '../utils/localCopy';
import type { SyncProblem } from '../utils/syncErrors';
import { TextError } from '../utils/text';
import { withLock, writeSyncedWithCopy } from './access';
import { type IdListConfig, IdListStore } from './idListStore';

/**
 * What only the background does with a list of ids (pins, hidden entries):
 * send this browser's copy to sync. Apart from IdListStore, so that the
 * pages, which change the lists, do not load it.
 */
export class IdListSender extends IdListStore {
  /**
   * Sends a list this browser changed (or kept while sync was unavailable) to
   * sync, if any. Resolves to why sync refused it, which the copy keeps for
   * pages to say; the list then stays in the copy for the next try. Changes
   * made while sync could not be read are laid over what it holds, never
   * over a list a newer version wrote.
   */
  send(): Promise<SyncProblem | null> {
    return withLock(this.lockName, async () => {
      // Most sends find nothing waiting (one follows every change in sync):
      // those never read sync.
      const { copyKey } = this.config;
      const local = await browser.storage.local.get(copyKey);
      if (!this.read(local[copyKey])?.unsynced) return null;
      const all = await this.readAll();
      if (!all.copy?.unsynced) return null;
      const { ids, newer, base } = this.known(all);
      if (newer) return null;
      let chunks: ReturnType<IdListConfig['encode']>;
      try {
        chunks = this.config.encode(ids);
      } catch (error) {
        if (!(error instanceof TextError)) throw error;
        // Laid over sync's, the list no longer fits. Trying again cannot help:
        // it waits, the options page saying why, and the next change here
        // sends it once some are removed.
        await browser.storage.local.set(this.copyOf(ids, { base, refused: 'tooLarge' }));
        return 'tooLarge';
      }
      return writeSyncedWithCopy(all.synced, chunks, (refused) =>
        this.copyOf(ids, refused && { base, refused }),
      );
    });
  }

  /**
   * Whether a storage.local change is a new change to the list that sync
   * does not have yet (not a failed send rewriting the same copy, saying
   * why).
   */
  awaitsSync(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): boolean {
    const change = changes[this.config.copyKey];
    if (!change) return false;
    const listed = (value: unknown) => {
      const copy = this.read(value);
      return JSON.stringify([copy?.unsynced, copy?.values, copy?.base]);
    };
    return (
      this.read(change.newValue)?.unsynced === true &&
      listed(change.oldValue) !== listed(change.newValue)
    );
  }

  private read(value: unknown) {
    return parseLocalCopy(value, this.config.what, isStringArray);
  }
}
