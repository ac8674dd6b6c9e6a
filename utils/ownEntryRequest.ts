import type { Entry } from './entry';
import { isRecord } from './guards';
import { parseOwnEntry } from './ownEntries';

/**
 * What the new tab asks the background to do with the user's own entries:
 * delete one (the answer to "Delete it?" when one is hidden), or put it back
 * where it was (its Undo). The background writes them, so the new tab loads
 * none of the code that stores own entries, for an action it rarely takes.
 */
export type OwnEntryRequest =
  | { type: 'tabwise.deleteOwn'; id: string }
  | { type: 'tabwise.putOwnBack'; entry: Entry; at: number };

/** A message as a request, or null when it is none (or not a whole one). */
export function parseOwnEntryRequest(message: unknown): OwnEntryRequest | null {
  if (!isRecord(message)) return null;
  const { type, id, entry, at } = message;
  if (type === 'tabwise.deleteOwn') return typeof id === 'string' ? { type, id } : null;
  if (type !== 'tabwise.putOwnBack' || typeof at !== 'number' || !Number.isInteger(at)) return null;
  const parsed = parseOwnEntry(entry);
  return parsed && { type, entry: parsed, at };
}
