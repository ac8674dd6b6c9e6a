/** What was being saved, as the messages name it. */
export type SyncedData = 'settings' | 'pins' | 'entries';

/** Why data could not be written to (or read from) sync storage, as one sentence for the user. */
export function syncProblemMessage(error: unknown, what: SyncedData = 'settings'): string {
  const text = error instanceof Error ? error.message : String(error);
  const yours = `Your ${what}`;
  if (/QUOTA_BYTES_PER_ITEM|kQuotaBytesPerItem/i.test(text)) {
    const fixes = {
      settings: 'tick fewer authors or topics',
      pins: 'unpin some entries',
      entries: 'shorten or delete some entries',
    };
    const fix = fixes[what];
    return `${yours} are too large to sync, so they are saved on this browser only: ${fix} to sync them again.`;
  }
  if (/QUOTA_BYTES|kQuotaBytes\b/i.test(text)) {
    return `Sync storage is full, so ${what} are saved on this browser only until there is room again.`;
  }
  if (/MAX_WRITE_OPERATIONS/i.test(text)) {
    return `Too many changes reached sync at once, so ${what} are saved on this browser and will sync within a minute.`;
  }
  return `Sync storage is not available, so ${what} are saved on this browser only and will sync when it is back.`;
}
