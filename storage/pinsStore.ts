import { asIdChange, encodePins, PINS_LAYOUT, type PinChange } from '../utils/pins';
import { PINS_COPY_KEY } from '../utils/storageKeys';
import type { SyncProblem } from '../utils/syncErrors';
import { type Text, TextError, text } from '../utils/text';
import { IdListSender } from './idListSender';
import { type IdListConfig, IdListStore, type LoadedIds } from './idListStore';

/**
 * Pins live in storage.sync (see utils/pins.ts), with this browser's copy
 * under `pinsCopy` in storage.local (see IdListStore).
 */

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

const config: IdListConfig = {
  layout: PINS_LAYOUT,
  copyKey: PINS_COPY_KEY,
  what: 'pins',
  encode: encodePins,
  newer: () => new NewerPinsError(),
};
const store = new IdListStore(config);

const asPins = ({ ids, ...rest }: LoadedIds): LoadedPins => ({ pins: ids, ...rest });

/** Reads the pins: from sync, or from this browser's copy when sync is unavailable or behind. */
export const loadPins = (): Promise<LoadedPins> => store.load().then(asPins);

/**
 * Applies one change to the pins and keeps the result on this browser; the
 * background sends it to sync moments later. Throws, writing nothing, when the
 * pins would not fit in sync (PinLimitError) or were written by a newer
 * version (NewerPinsError).
 */
export const changePins = (change: PinChange): Promise<LoadedPins> =>
  store.change(asIdChange(change)).then(asPins);

/** Sends pins changed on this browser to sync; resolves to why sync refused them, if it did. */
export const sendPins = (): Promise<SyncProblem | null> => new IdListSender(config).send();

/** Whether a storage.local change holds pin changes sync does not have yet. */
export const pinsAwaitSync = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
) => new IdListSender(config).awaitsSync(changes);

/** Calls onChange with fresh pins whenever they change, here or on another device. */
export const watchPins = (onChange: (loaded: LoadedPins) => void): (() => void) =>
  store.watch((loaded) => onChange(asPins(loaded)));
