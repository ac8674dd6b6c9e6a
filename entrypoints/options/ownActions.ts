import { topicLabel } from '../../components/labels';
import type { ImportDone } from '../../components/options/ImportExport';
import type { RenameOutcome } from '../../components/options/RenameNames';
import { reasonOf, say, t, tCount } from '../../components/translate';
import { TOPICS } from '../../content/topics';
import { restoreBackup } from '../../storage/backupStore';
import { changeOwnEntries, updateOwnEntries } from '../../storage/ownEntriesStore';
import { withLanguage } from '../../storage/textLanguage';
import type { Entry } from '../../utils/entry';
import { addedOutcome, restoredOutcome } from '../../utils/importOutcome';
import { type ImportPreview, parseImport } from '../../utils/importParse';
import { importBasis, prepareDraft, prepareNewName } from '../../utils/ownDraft';
import {
  applyOwnChange,
  type DraftProblem,
  type EntryDraft,
  isOwnEntry,
  newOwnId,
  type OwnChange,
  type PlacedEntry,
  placedEntries,
  toEntry,
} from '../../utils/ownEntries';
import {
  changedByRename,
  type NameKind,
  namedElsewhere,
  nameFilter,
  renameInFilters,
  tickedNames,
} from '../../utils/renameName';
import { changesNothing, type Settings } from '../../utils/settings';
import { UndoSlot } from '../../utils/undoSlot';
import type { OptionsState } from './pageState';

/** The built-in topics by their names on this page. */
const builtInTopics = () => TOPICS.map((topic) => [topicLabel(topic), topic] as const);

/**
 * What the options page does with the user's own entries: add, edit, delete
 * (with Undo), rename a topic or an author, import and restore. `reload`
 * reads everything again, after a backup has replaced it; `changeSettings`
 * keeps the filters on a renamed topic or author.
 */
export function ownActions(
  page: OptionsState,
  reload: () => Promise<void>,
  changeSettings: (changes: Partial<Settings>) => void,
) {
  const lastDeleted = new UndoSlot<readonly PlacedEntry[]>();

  async function changeOwn(change: OwnChange) {
    page.update({ own: await changeOwnEntries(change) });
  }

  /**
   * Changes the entries as stored, under the store's lock, and shows them:
   * what `apply` finds there counts one another tab stored a moment ago,
   * which this page may not list yet.
   */
  async function updateOwn(apply: (entries: readonly Entry[]) => readonly Entry[]) {
    page.update({ own: await updateOwnEntries(apply) });
  }

  /** Adds an entry (id null) or saves an edit begun from revision baseRev (throws EditConflictError). */
  async function saveEntry(
    id: string | null,
    draft: EntryDraft,
    baseRev = 0,
  ): Promise<DraftProblem[] | null> {
    const prepared = prepareDraft(draft, id, page.known.index, builtInTopics());
    if (!prepared.ok) return prepared.problems;
    const entry = await withLanguage(toEntry(id ?? newOwnId(), prepared.draft));
    // A refusal (e.g. entries from a newer version) is the form's to report.
    await changeOwn(id ? { type: 'update', entry, baseRev } : { type: 'add', entries: [entry] });
    return null;
  }

  /**
   * Deletes entries (one, or all those found), holding them and their places
   * for Undo. Returns how many it deleted: fewer than asked when another tab
   * deleted some a moment ago, none when it deleted them all (nothing to undo).
   */
  async function deleteEntries(ids: readonly string[]): Promise<number> {
    let deleted: PlacedEntry[] = [];
    await updateOwn((entries) => {
      deleted = placedEntries(entries, ids);
      return applyOwnChange(entries, { type: 'delete', ids });
    });
    lastDeleted.hold(deleted);
    return deleted.length;
  }

  async function undoDelete() {
    const deleted = lastDeleted.take();
    if (!deleted) return;
    try {
      await changeOwn({ type: 'restore', deleted });
    } catch (error) {
      // A put-back that failed loses nothing: Undo can try again.
      lastDeleted.giveBack(deleted);
      throw error;
    }
  }

  /** Renames a topic or an author in every entry of the user's, and in the filters; Undo puts both back. */
  async function renameName(kind: NameKind, from: string, typed: string): Promise<RenameOutcome> {
    const prepared = prepareNewName(kind, typed, from, page.known.index, builtInTopics());
    if (!prepared.ok) return { problem: say(prepared.message) };
    const to = prepared.name;
    let changed: { before: Entry; after: Entry }[] = [];
    try {
      await updateOwn((entries) => {
        const after = applyOwnChange(entries, { type: 'rename', kind, from, to });
        changed = changedByRename(entries, after);
        return after;
      });
    } catch (error) {
      return { problem: t('rename.failed', { reason: reasonOf(error) }) };
    }
    const keepFrom = namedElsewhere(page.known.index.all, kind, from, isOwnEntry);
    const ticked = tickedNames(page.state.settings, kind);
    const renamed = renameInFilters(page.state.settings, kind, { from, to, keepFrom });
    // A filter the organisation locked keeps its value, whatever the user's record says.
    const locked = page.state.team.locked.includes(kind === 'topic' ? 'topics' : 'authors');
    const filter = renamed && !locked ? { before: ticked, after: renamed } : null;
    if (filter) changeSettings(nameFilter(kind, filter.after));
    return {
      said: tCount('rename.done', changed.length, { from, to }),
      name: to,
      undo: () => undoRename(kind, { from: to, to: from }, changed, filter),
    };
  }

  /**
   * A rename's Undo: the entries it renamed, and the filter, as they were
   * (those changed since stay as they are). Exact where renaming back would
   * not be: a name that joined one in use would take the others along.
   */
  async function undoRename(
    kind: NameKind,
    back: { from: string; to: string },
    changed: { before: Entry; after: Entry }[],
    filter: { before: readonly string[]; after: readonly string[] } | null,
  ): Promise<RenameOutcome> {
    try {
      await changeOwn({ type: 'revert', changed });
    } catch (error) {
      return { problem: t('rename.failed', { reason: reasonOf(error) }) };
    }
    // Only while the filter is as the rename left it: a choice made since stays.
    if (filter && changesNothing(page.state.settings, nameFilter(kind, filter.after)))
      changeSettings(nameFilter(kind, filter.before));
    return { said: tCount('rename.done', changed.length, back), name: back.to };
  }

  function previewImport(text: string, fileName?: string): ImportPreview {
    return parseImport(text, {
      ...importBasis(page.known.index, builtInTopics()),
      ...(fileName && { fileName }),
    });
  }

  async function confirmImport(preview: ImportPreview): Promise<ImportDone> {
    if (preview.kind === 'entries') {
      const entries = await Promise.all(
        preview.accepted.map((draft) => withLanguage(toEntry(newOwnId(), draft))),
      );
      await changeOwn({ type: 'add', entries });
      const ids = entries.map((entry) => entry.id);
      return {
        said: addedOutcome(entries.length, page.state.own.notSynced).map(say).join(' '),
        undo: async () => {
          await changeOwn({ type: 'delete', ids });
          return tCount('import.undone', ids.length);
        },
      };
    }
    if (preview.kind === 'backup') {
      const problems = await restoreBackup(preview.backup);
      await reload();
      return { said: restoredOutcome(problems).map(say).join(' ') };
    }
    return { said: '' };
  }

  return { saveEntry, deleteEntries, undoDelete, renameName, previewImport, confirmImport };
}
