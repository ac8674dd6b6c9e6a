import { packChunks } from './chunkedRecord';
import type { Backup } from './exportFormat';
import { HIDDEN_LAYOUT } from './hidden';
import { PINS_LAYOUT } from './pins';
import { type Text, text } from './text';

/** What is stored now that decides whether a backup can replace it. */
export interface StoredVersions {
  /** Pins in sync were written by a newer version: this one must not replace them. */
  pinsNewer: boolean;
  /** Own entries in sync were written by a newer version. */
  entriesNewer: boolean;
  /** Hidden entries in sync were written by a newer version. */
  hiddenNewer: boolean;
}

/**
 * Why a backup cannot be restored as a whole, as a sentence that says which
 * part and what to do; null when it can. Checked before anything is written,
 * so a restore is all or nothing. (Own entries always fit: what sync cannot
 * hold stays on this browser.)
 */
export function restoreProblem(backup: Backup, stored: StoredVersions): Text | null {
  if (stored.pinsNewer) return text('import.notRestored.newerPins');
  if (stored.entriesNewer) return text('import.notRestored.newerEntries');
  if (stored.hiddenNewer) return text('import.notRestored.newerHidden');
  const pins = [...new Set(backup.pins)];
  const { packed } = packChunks(PINS_LAYOUT, pins);
  if (packed < pins.length) {
    return text('import.notRestored.tooManyPins', { count: pins.length, n: packed });
  }
  const hidden = [...new Set(backup.hidden)];
  const fits = packChunks(HIDDEN_LAYOUT, hidden).packed;
  if (fits < hidden.length) {
    return text('import.notRestored.tooManyHidden', { count: hidden.length, n: fits });
  }
  return null;
}
