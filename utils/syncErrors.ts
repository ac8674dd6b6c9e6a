import { type MessageKey, type Text, text } from './text';

/** What was being saved, as the messages name it. */
export type SyncedData = 'settings' | 'pins' | 'entries';

function problemKind(error: unknown): 'tooLarge' | 'full' | 'tooFast' | 'unavailable' {
  const message = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES_PER_ITEM|kQuotaBytesPerItem/i.test(message)) return 'tooLarge';
  if (/QUOTA_BYTES|kQuotaBytes\b/i.test(message)) return 'full';
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return 'tooFast';
  return 'unavailable';
}

/** Why data could not be written to (or read from) sync storage, as one sentence for the user. */
export function syncProblemMessage(error: unknown, what: SyncedData = 'settings'): Text {
  return text(`sync.${what}.${problemKind(error)}` as MessageKey);
}
