/** Why settings could not be written to sync storage, as one sentence for the user. */
export function syncProblemMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES_PER_ITEM|kQuotaBytesPerItem/i.test(text)) {
    return 'Your settings are too large to sync, so they are saved on this browser only: tick fewer authors or topics to sync them again.';
  }
  if (/QUOTA_BYTES|kQuotaBytes\b/i.test(text)) {
    return 'Sync storage is full, so your settings are saved on this browser only until there is room again.';
  }
  if (/MAX_WRITE_OPERATIONS/i.test(text)) {
    return 'Too many changes reached sync at once, so they are saved on this browser and will sync within a minute.';
  }
  return 'Sync storage is not available, so your settings are saved on this browser only and will sync when it is back.';
}
