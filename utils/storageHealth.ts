import { type ChunkedLayout, chunkKey } from './chunkedRecord';
import { isBoolean, isList, isRecord, isStringArray } from './guards';
import { parseLocalCopy } from './localCopy';
import { readOverflow } from './ownOverflow';
import {
  HIDDEN_COPY_KEY,
  OWN_COPY_KEY,
  OWN_OVERFLOW_KEY,
  PINS_COPY_KEY,
  SETTINGS_KEY,
  SETTINGS_UNSYNCED_KEY,
} from './storageKeys';

/** Where a record lives: "sync:pins", "local:ownCopy". */
export type StoredKey = `${'sync' | 'local'}:${string}`;

/** A chunked list's record: absent, or a version and a whole count. */
function chunkRecordOk(value: unknown): boolean {
  if (value === undefined) return true;
  return isRecord(value) && Number.isSafeInteger(value.chunks) && (value.chunks as number) >= 0;
}

/** The layouts of the chunked lists in sync, and what each chunk must hold. */
export interface HealthLayouts {
  pins: ChunkedLayout;
  hidden: ChunkedLayout;
  own: ChunkedLayout;
}

/**
 * The stored records holding the user's data (settings, pins, hidden and own entries, in
 * sync and in this browser's copies) that are present but damaged: not the
 * shape any version of Tabwise writes. Missing records are not damage. Pure:
 * takes what storage.sync.get(null) and storage.local.get(null) returned.
 */
export function damagedRecords(
  sync: Record<string, unknown>,
  local: Record<string, unknown>,
  layouts: HealthLayouts,
): StoredKey[] {
  const damaged: StoredKey[] = [];
  const check = (key: StoredKey, value: unknown, ok: (value: unknown) => boolean) => {
    if (value !== undefined && !ok(value)) damaged.push(key);
  };
  check(`sync:${SETTINGS_KEY}`, sync[SETTINGS_KEY], isRecord);
  check(`local:${SETTINGS_KEY}`, local[SETTINGS_KEY], isRecord);
  // true, or the names of the settings waiting for sync (unsyncedSettings).
  check(
    `local:${SETTINGS_UNSYNCED_KEY}`,
    local[SETTINGS_UNSYNCED_KEY],
    (v) => isBoolean(v) || isStringArray(v),
  );
  for (const [layout, chunkOk, copyKey, field] of [
    [layouts.pins, isStringArray, PINS_COPY_KEY, 'pins'],
    [layouts.hidden, isStringArray, HIDDEN_COPY_KEY, 'hidden'],
    [layouts.own, isList, OWN_COPY_KEY, 'entries'],
  ] as const) {
    if (!chunkRecordOk(sync[layout.key])) damaged.push(`sync:${layout.key}`);
    for (let i = 0; i < layout.maxChunks; i++) {
      const key = chunkKey(layout, i);
      check(`sync:${key}`, sync[key], chunkOk);
    }
    check(`local:${copyKey}`, local[copyKey], (value) => !!parseLocalCopy(value, field, chunkOk));
  }
  check(`local:${OWN_OVERFLOW_KEY}`, local[OWN_OVERFLOW_KEY], (value) => !!readOverflow(value));
  return damaged;
}
