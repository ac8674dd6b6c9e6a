import type { Backup } from '../utils/exportFormat';
import { isRecord } from '../utils/guards';
import { restoreProblem } from '../utils/restorePlan';
import type { StoredSettings } from '../utils/settings';
import { failureReason, syncProblemText } from '../utils/syncErrors';
import { type Text, TextError, text } from '../utils/text';
import { damagedKept } from './damageStore';
import { changeHidden, loadHidden, sendHidden } from './hiddenStore';
import { changeOwnEntries, loadOwnEntries } from './ownEntriesStore';
import { changePins, loadPins, sendPins } from './pinsStore';
import { loadSettings, replaceSettings } from './settingsStore';

/** Everything a full backup holds, read from storage. */
export async function collectBackup() {
  const [settings, pins, hidden, own, damaged] = await Promise.all([
    loadSettings(),
    loadPins(),
    loadHidden(),
    loadOwnEntries(),
    damagedKept(),
  ]);
  return {
    settings: settings.record ?? {},
    pins: pins.pins,
    hidden: hidden.ids,
    entries: own.entries,
    damaged,
  };
}

/**
 * Restores a backup, all or nothing: settings, pins, hidden and own entries replace
 * what is stored. Throws a TextError, having written nothing, when a part
 * would not fit or may not be replaced; if a write fails midway, what was
 * there is put back before it throws. Resolves to the sentences to show about
 * sync (empty when all synced; a part sync refused waits on this browser).
 */
export async function restoreBackup(backup: Backup): Promise<Text[]> {
  const [pins, hidden, own, settings] = await Promise.all([
    loadPins(),
    loadHidden(),
    loadOwnEntries(),
    loadSettings(),
  ]);
  const problem = restoreProblem(backup, {
    pinsNewer: pins.newer,
    hiddenNewer: hidden.newer,
    entriesNewer: own.newer,
  });
  if (problem) throw new TextError(problem);
  try {
    // Entries first, so pins on them never point at nothing.
    const ownDone = await changeOwnEntries({ type: 'replace', entries: backup.entries });
    await changePins({ type: 'replace', ids: backup.pins });
    const pinsRefused = await sendPins();
    await changeHidden({ type: 'replace', ids: backup.hidden });
    const hiddenRefused = await sendHidden();
    const settingsDone = await replaceSettings(backup.settings);
    return [
      ownDone.syncProblem,
      pinsRefused && syncProblemText(pinsRefused, 'pins'),
      hiddenRefused && syncProblemText(hiddenRefused, 'hidden'),
      settingsDone,
    ].filter((p): p is Text => p !== null);
  } catch (error) {
    await Promise.allSettled([
      changeOwnEntries({ type: 'replace', entries: own.entries }),
      changePins({ type: 'replace', ids: pins.pins }).then(sendPins),
      changeHidden({ type: 'replace', ids: hidden.ids }).then(sendHidden),
      isRecord(settings.record) ? replaceSettings(settings.record as StoredSettings) : null,
    ]);
    const full = failureReason(error).key === 'reason.storageFull';
    throw new TextError(
      text(full ? 'import.notRestored.storageFull' : 'import.notRestored.failed'),
    );
  }
}
