import { packChunks } from './chunkedRecord';
import type { Backup } from './exportFormat';
import { PINS_LAYOUT } from './pins';
import { type Text, text } from './text';

/** What is stored now that decides whether a backup can replace it. */
export interface StoredVersions {
  /** Pins in sync were written by a newer version: this one must not replace them. */
  pinsNewer: boolean;
  /** Own entries in sync were written by a newer version. */
  entriesNewer: boolean;
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
  const pins = [...new Set(backup.pins)];
  const { packed } = packChunks(PINS_LAYOUT, pins);
  if (packed < pins.length) {
    return text('import.notRestored.tooManyPins', { count: pins.length, n: packed });
  }
  return null;
}
