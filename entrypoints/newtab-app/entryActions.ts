import { browser } from 'wxt/browser';
import type { NewTabProps } from '../../components/NewTab';
import { reasonOf, say } from '../../components/translate';
import { changeHidden } from '../../storage/hiddenStore';
import { changePins } from '../../storage/pinsStore';
import type { Entry } from '../../utils/entry';
import { isRecord } from '../../utils/guards';
import type { OwnEntryRequest } from '../../utils/ownEntryRequest';
import { isText, text } from '../../utils/text';

/**
 * What the new tab's buttons change in storage. Each keeps the change on this
 * browser at once (the background sends pins and hidden entries to sync) and
 * resolves to a sentence for the user when something went wrong.
 */

/** Resolves to whether the entry is pinned now (presses quicker than a page's re-render each count). */
export async function togglePin(id: string): Promise<boolean | string> {
  try {
    return (await changePins({ type: 'toggle', id })).pins.includes(id);
  } catch (error) {
    return reasonOf(error);
  }
}

/** Hides an entry on every browser, or shows it again. */
export async function setHidden(id: string, hide: boolean): Promise<string | null> {
  try {
    await changeHidden({ type: hide ? 'hide' : 'show', id });
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}

/** Asks the background to change the user's own entries: resolves to why it failed, or null. */
async function ask(request: OwnEntryRequest): Promise<string | null> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    const problem = isRecord(answer) ? answer.problem : undefined;
    if (problem === null) return null;
    return say(isText(problem) ? problem : text('reason.unexpected'));
  } catch (error) {
    return reasonOf(error);
  }
}

/** Deletes one of the user's entries (`own`, as last read), with what puts it back where it was. */
export async function deleteOwn(
  own: readonly Entry[],
  id: string,
): ReturnType<NewTabProps['deleteOwn']> {
  const at = own.findIndex((entry) => entry.id === id);
  const entry = own[at];
  if (!entry) return reasonOf(new Error(`No own entry ${id}`));
  const problem = await ask({ type: 'tabwise.deleteOwn', id });
  return problem ?? { undo: () => ask({ type: 'tabwise.putOwnBack', entry, at }) };
}
