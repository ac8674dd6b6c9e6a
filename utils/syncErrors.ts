import { type MessageKey, type Text, TextError, text } from './text';

/** What was being saved, as the messages name it. */
export type SyncedData = 'settings' | 'pins' | 'entries' | 'hidden';

/** Why sync refused a write (or could not be read). */
export const SYNC_PROBLEMS = ['tooLarge', 'full', 'tooFast', 'unavailable'] as const;
export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

export function problemKind(error: unknown): SyncProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES_PER_ITEM|kQuotaBytesPerItem/i.test(message)) return 'tooLarge';
  if (/QUOTA_BYTES|kQuotaBytes\b/i.test(message)) return 'full';
  if (/MAX_WRITE_OPERATIONS/i.test(message)) return 'tooFast';
  return 'unavailable';
}

/** A sync problem as one sentence for the user, for the data it kept from sync. */
export const syncProblemText = (problem: SyncProblem, what: SyncedData): Text =>
  text(`sync.${what}.${problem}` as MessageKey);

/** Why data could not be written to (or read from) sync storage, as one sentence for the user. */
export const syncProblemMessage = (error: unknown, what: SyncedData = 'settings'): Text =>
  syncProblemText(problemKind(error), what);

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
