import type { Backup } from '../utils/exportFormat';
import type { Text } from '../utils/text';
import { changeOwnEntries, loadOwnEntries } from './ownEntriesStore';
import { changePins, loadPins } from './pinsStore';
import { loadSettings, replaceSettings } from './settingsStore';

/** Everything a full backup holds, read from storage. */
export async function collectBackup() {
  const [settings, pins, own] = await Promise.all([loadSettings(), loadPins(), loadOwnEntries()]);
  return { settings: settings.record ?? {}, pins: pins.pins, entries: own.entries };
}

/**
 * Restores a backup: settings, pins and own entries replace what is stored.
 * Resolves to the sentences to show about sync (empty when all synced).
 */
export async function restoreBackup(backup: Backup): Promise<Text[]> {
  // Entries first, so pins on them never point at nothing.
  const own = await changeOwnEntries({ type: 'replace', entries: backup.entries });
  const pins = await changePins({ type: 'replace', ids: backup.pins });
  const settings = await replaceSettings(backup.settings);
  return [own.syncProblem, pins.syncProblem, settings].filter((p): p is Text => p !== null);
}
