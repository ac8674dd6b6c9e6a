import { type MessageKey, type Text, TextError, text } from './text';

/** What was being saved, as the messages name it. */
export type SyncedData = 'settings' | 'pins' | 'entries' | 'hidden';

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

/**
 * Why an action failed, as a sentence for the user: the reason a TextError
 * carries, storage full, or "something unexpected" (the browser's own words
 * are for the console, never for a person).
 */
export function failureReason(error: unknown): Text {
  if (error instanceof TextError) return error.text;
  const message = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES|kQuotaBytes/i.test(message)) return text('reason.storageFull');
  return text('reason.unexpected');
}
