import { browser } from 'wxt/browser';
import { isRecord } from '../utils/guards';
import { HIDDEN_LAYOUT } from '../utils/hidden';
import { PINS_LAYOUT } from '../utils/pins';
import { damagedRecords } from '../utils/storageHealth';
import { DAMAGED_KEPT_KEY } from '../utils/storageKeys';
import { OWN_LAYOUT } from './ownEntriesStore';

/**
 * Finds stored records of the user's data that are damaged, keeps a copy of
 * each aside in storage.local (the first copy of a key is never replaced, so
 * the original damage survives later writes), and resolves to how many are
 * damaged now. Reading never fails the page: unreadable storage counts none.
 */
export async function setAsideDamaged(): Promise<number> {
  try {
    const [sync, local] = await Promise.all([
      browser.storage.sync.get(null).catch((): Record<string, unknown> => ({})),
      browser.storage.local.get(null),
    ]);
    const damaged = damagedRecords(sync, local, {
      pins: PINS_LAYOUT,
      hidden: HIDDEN_LAYOUT,
      own: OWN_LAYOUT,
    });
    if (damaged.length === 0) return 0;
    const kept = (local[DAMAGED_KEPT_KEY] ?? {}) as Record<string, unknown>;
    const added = damaged.filter((key) => !(key in kept));
    if (added.length > 0) {
      const value = (key: string) => {
        const [area, ...rest] = key.split(':');
        return (area === 'sync' ? sync : local)[rest.join(':')];
      };
      const more = Object.fromEntries(added.map((key) => [key, value(key)]));
      await browser.storage.local.set({ [DAMAGED_KEPT_KEY]: { ...kept, ...more } });
    }
    return damaged.length;
  } catch {
    return 0;
  }
}

/** The damaged records kept aside so far, for a backup. */
export async function damagedKept(): Promise<Record<string, unknown>> {
  const local = await browser.storage.local.get(DAMAGED_KEPT_KEY);
  const kept = local[DAMAGED_KEPT_KEY];
  return isRecord(kept) ? kept : {};
}
