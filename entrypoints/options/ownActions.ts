import { topicLabel } from '../../components/labels';
import type { ImportDone } from '../../components/options/ImportExport';
import type { RenameOutcome } from '../../components/options/RenameNames';
import { reasonOf, say, t, tCount } from '../../components/translate';
import { TOPICS } from '../../content/topics';
import { restoreBackup } from '../../storage/backupStore';
import { changeOwnEntries } from '../../storage/ownEntriesStore';
import { withLanguage } from '../../storage/textLanguage';
import type { Entry } from '../../utils/entry';
import { addedOutcome, restoredOutcome } from '../../utils/importOutcome';
import { type ImportPreview, parseImport } from '../../utils/importParse';
import { importBasis, prepareDraft, prepareNewName } from '../../utils/ownDraft';
import {
  type DraftProblem,
  type EntryDraft,
  isOwnEntry,
  newOwnId,
  type OwnChange,
  toEntry,
} from '../../utils/ownEntries';
import {
  entriesNamed,
  type NameKind,
  namedElsewhere,
  renameInFilters,
} from '../../utils/renameName';
import type { Settings } from '../../utils/settings';
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
  const lastDeleted = new UndoSlot<Entry>();

  async function changeOwn(change: OwnChange) {
    page.update({ own: await changeOwnEntries(change) });
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

  async function deleteEntry(id: string) {
    const { entries } = page.state.own;
    const at = entries.findIndex((entry) => entry.id === id);
    const entry = entries[at];
    if (!entry) return;
    lastDeleted.hold(entry, at);
    await changeOwn({ type: 'delete', id });
  }

  async function undoDelete() {
    const deleted = lastDeleted.take();
    if (!deleted) return;
    try {
      await changeOwn({ type: 'restore', entry: deleted.item, at: deleted.at });
    } catch (error) {
      // A put-back that failed loses nothing: Undo can try again.
      lastDeleted.giveBack(deleted);
      throw error;
    }
  }

  /** Renames a topic or an author in every entry of the user's, and in the filters. */
  async function renameName(kind: NameKind, from: string, typed: string): Promise<RenameOutcome> {
    const prepared = prepareNewName(kind, typed, from, page.known.index, builtInTopics());
    if (!prepared.ok) return { problem: say(prepared.message) };
    const to = prepared.name;
    const renamed = entriesNamed(page.state.own.entries, kind, from);
    // Joined to a name in use, the entries could not be told apart again by renaming back.
    const joins = entriesNamed(page.known.index.all, kind, to) > 0;
    try {
      await changeOwn({ type: 'rename', kind, from, to });
    } catch (error) {
      return { problem: t('rename.failed', { reason: reasonOf(error) }) };
    }
    const keepFrom = namedElsewhere(page.known.index.all, kind, from, isOwnEntry);
    const filters = renameInFilters(page.state.settings, kind, { from, to, keepFrom });
    // A filter the organisation locked keeps its value, whatever the user's record says.
    const locked = page.state.team.locked.includes(kind === 'topic' ? 'topics' : 'authors');
    if (filters && !locked) changeSettings(filters);
    const said = tCount('rename.done', renamed, { from, to });
    return joins ? { said, name: to } : { said, name: to, undo: () => renameBack(kind, to, from) };
  }

  /** A rename's Undo: the same rename the other way, not offering an Undo of its own. */
  async function renameBack(kind: NameKind, from: string, to: string): Promise<RenameOutcome> {
    const outcome = await renameName(kind, from, to);
    return 'problem' in outcome ? outcome : { said: outcome.said, name: outcome.name };
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
          await changeOwn({ type: 'deleteAdded', ids });
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

  return { saveEntry, deleteEntry, undoDelete, renameName, previewImport, confirmImport };
}
