import { collectBackup } from '../../storage/backupStore';
import { spreadsheetSeparator } from '../../utils/csv';
import type { Entry } from '../../utils/entry';
import {
  backupFileName,
  backupJson,
  entriesFileName,
  packCsv,
  packJson,
} from '../../utils/exportFormat';
import { download } from './download';

/** Saves everything (settings, pins, hidden and own entries) as one dated JSON file. */
export async function downloadBackup(): Promise<void> {
  const backup = await collectBackup();
  const now = new Date();
  download(backupFileName(now), backupJson(backup, now), 'application/json');
}

/**
 * Saves the user's own entries: as JSON, to import elsewhere, or as CSV for a
 * spreadsheet, its separator the one the browser's language uses there.
 */
export function downloadEntries(entries: readonly Entry[], format: 'json' | 'csv'): void {
  const text =
    format === 'json'
      ? packJson(entries)
      : packCsv(entries, spreadsheetSeparator(navigator.language));
  download(entriesFileName(format), text, format === 'json' ? 'application/json' : 'text/csv');
}
