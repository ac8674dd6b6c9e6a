import { browser } from 'wxt/browser';
import { isStringArray } from '../utils/guards';
import { parseLocalCopy } from '../utils/localCopy';
import {
  ALL_PIN_KEYS,
  applyPinChange,
  decodePins,
  encodePins,
  PINS_LAYOUT,
  type PinChange,
} from '../utils/pins';
import { syncProblemMessage } from '../utils/syncErrors';
import { type Text, TextError, text } from '../utils/text';
import { readSync, watchStorage, withLock, writeSyncedWithCopy } from './access';

/**
 * Pins live in storage.sync (see utils/pins.ts). storage.local keeps a copy
 * under COPY_KEY, which is what is read while sync is unavailable or behind.
 */
const COPY_KEY = 'pinsCopy';
const LOCK_NAME = 'tabwise:pins';

export interface LoadedPins {
  pins: string[];
  /** Written by a newer version of Tabwise: shown, but not changed by this one. */
  newer: boolean;
  /** A sentence for the user when sync could not be used; null when all is well. */
  syncProblem: Text | null;
}

export class NewerPinsError extends TextError {
  constructor() {
    super(text('pinned.newer'));
  }
}

async function readAll() {
  const [local, synced] = await Promise.all([
    browser.storage.local.get(COPY_KEY),
    readSync(ALL_PIN_KEYS),
  ]);
  return { copy: parseLocalCopy(local[COPY_KEY], 'pins', isStringArray), synced };
}

/** Reads the pins: from sync, or from this browser's copy when sync is unavailable or behind. */
export async function loadPins(): Promise<LoadedPins> {
  const { copy, synced } = await readAll();
  if ('error' in synced) {
    return {
      pins: copy?.values ?? [],
      newer: false,
      syncProblem: syncProblemMessage(synced.error, 'pins'),
    };
  }
  if (copy?.unsynced) return { pins: copy.values, newer: false, syncProblem: null };
  return { ...decodePins(synced.items), syncProblem: null };
}

/**
 * Applies one change to the pins (under a lock, to the latest list, so no
 * change made in another tab is lost) and keeps the result in this browser's
 * copy, marked unsynced: the background sends it to sync moments later
 * (sendPins), so a burst of presses costs one sync write. Throws, writing
 * nothing, when the pins would not fit in sync (PinLimitError) or were
 * written by a newer version (NewerPinsError).
 */
export function changePins(change: PinChange): Promise<LoadedPins> {
  return withLock(LOCK_NAME, async () => {
    const { copy, synced } = await readAll();
    const current =
      'error' in synced || copy?.unsynced
        ? { pins: copy?.values ?? [], newer: false }
        : decodePins(synced.items);
    if (current.newer) throw new NewerPinsError();
    const pins = applyPinChange(current.pins, change);
    encodePins(pins);
    await browser.storage.local.set({ [COPY_KEY]: { pins, unsynced: true } });
    return { pins, newer: false, syncProblem: null };
  });
}

/**
 * Sends pins this browser changed (or kept while sync was unavailable) to
 * sync, if any. Resolves to the sentence to show when sync refused them; they
 * then stay in the copy for the next try.
 */
export function sendPins(): Promise<Text | null> {
  return withLock(LOCK_NAME, async () => {
    const { copy, synced } = await readAll();
    if (!copy?.unsynced) return null;
    const pins = copy.values;
    return writeSyncedWithCopy(
      synced,
      encodePins(pins),
      (unsynced) => ({ [COPY_KEY]: { pins, unsynced } }),
      'pins',
    );
  });
}

/**
 * Whether a storage.local change is a new change to the pins that sync does
 * not have yet (not a failed send rewriting the same copy).
 */
export function pinsAwaitSync(
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
): boolean {
  const change = changes[COPY_KEY];
  if (!change) return false;
  const copy = parseLocalCopy(change.newValue, 'pins', isStringArray);
  return (
    copy?.unsynced === true && JSON.stringify(change.oldValue) !== JSON.stringify(change.newValue)
  );
}

/** Calls onChange with fresh pins whenever they change, here or on another device. */
export function watchPins(onChange: (loaded: LoadedPins) => void): () => void {
  return watchStorage(
    (key) => key.startsWith(PINS_LAYOUT.key) || key === COPY_KEY,
    loadPins,
    onChange,
  );
}
