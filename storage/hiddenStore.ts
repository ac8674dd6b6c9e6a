import { encodeHidden, HIDDEN_LAYOUT, type HiddenChange, hiddenIdChange } from '../utils/hidden';
import { HIDDEN_COPY_KEY } from '../utils/storageKeys';
import type { SyncProblem } from '../utils/syncErrors';
import { TextError, text } from '../utils/text';
import { IdListSender } from './idListSender';
import { type IdListConfig, IdListStore, type LoadedIds } from './idListStore';

/**
 * Hidden entries live in storage.sync (see utils/hidden.ts), with this
 * browser's copy under `hiddenCopy` in storage.local (see IdListStore).
 */

export type LoadedHidden = LoadedIds;

export class NewerHiddenError extends TextError {
  constructor() {
    super(text('hidden.newer'));
  }
}

const config: IdListConfig = {
  layout: HIDDEN_LAYOUT,
  copyKey: HIDDEN_COPY_KEY,
  what: 'hidden',
  encode: encodeHidden,
  newer: () => new NewerHiddenError(),
};
const store = new IdListStore(config);

export const loadHidden = (): Promise<LoadedHidden> => store.load();

/** Hides an entry (or shows it again) on every browser; throws HiddenLimitError when sync is full. */
export const changeHidden = (change: HiddenChange): Promise<LoadedHidden> =>
  store.change(hiddenIdChange(change));

export const sendHidden = (): Promise<SyncProblem | null> => new IdListSender(config).send();

export const hiddenAwaitSync = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
) => new IdListSender(config).awaitsSync(changes);

export const watchHidden = (onChange: (loaded: LoadedHidden) => void): (() => void) =>
  store.watch(onChange);
