import type { NewTabProps } from '../../components/NewTab';
import { reasonOf } from '../../components/translate';
import { changeHidden } from '../../storage/hiddenStore';
import { updateOwnEntries } from '../../storage/ownEntriesStore';
import { changePins } from '../../storage/pinsStore';
import type { Entry } from '../../utils/entry';
import { entriesPutBack, withoutEntries } from '../../utils/ownEntries';

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

/** Deletes one of the user's entries (`own`, as last read), with what puts it back where it was. */
export async function deleteOwn(
  own: readonly Entry[],
  id: string,
): ReturnType<NewTabProps['deleteOwn']> {
  const at = own.findIndex((entry) => entry.id === id);
  const entry = own[at];
  if (!entry) return reasonOf(new Error(`No own entry ${id}`));
  try {
    // Not changeOwnEntries: its other changes (edits, renames) are the options
    // page's, and would only weigh on the new tab.
    await updateOwnEntries((entries) => withoutEntries(entries, [id]));
  } catch (error) {
    return reasonOf(error);
  }
  return {
    undo: () =>
      updateOwnEntries((entries) => entriesPutBack(entries, [{ entry, at }])).then(
        () => null,
        (error: unknown) => reasonOf(error),
      ),
  };
}
