import { sendHidden } from './hiddenStore';
import { catchUpOwnEntries } from './ownEntriesStore';
import { sendPins } from './pinsStore';

/**
 * Sends to sync what this browser kept while sync was unavailable: settings,
 * pins, hidden entries and own entries. What still fails waits for the next try (a later
 * start-up, or the options page, which says why).
 */
export async function catchUpAll(settings: () => Promise<unknown>): Promise<void> {
  const quietly = (work: Promise<unknown>) => work.catch(() => {});
  await Promise.all([settings(), sendPins(), sendHidden(), catchUpOwnEntries()].map(quietly));
}
