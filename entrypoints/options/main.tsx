import { render } from 'preact';
import { topicLabel, viewsIn } from '../../components/labels';
import { type ImportDone, ImportExport } from '../../components/options/ImportExport';
import { OptionsPage } from '../../components/options/OptionsPage';
import { goToLinkedSection } from '../../components/options/sectionLink';
import { YourEntries } from '../../components/options/YourEntries';
import { sayAgain } from '../../components/sayAgain';
import { lang, localizePage, reasonOf, say, t, tCount } from '../../components/translate';
import { TOPICS } from '../../content/topics';
import { restoreBackup } from '../../storage/backupStore';
import { loadBuiltInCorpus } from '../../storage/builtInCorpus';
import { catchUpAll } from '../../storage/catchUp';
import { setAsideDamaged } from '../../storage/damageStore';
import { applyAppearance, readFirstPaint, refreshMirror } from '../../storage/firstPaintMirror';
import {
  changeHidden,
  type LoadedHidden,
  loadHidden,
  watchHidden,
} from '../../storage/hiddenStore';
import {
  changeOwnEntries,
  type LoadedOwn,
  loadOwnEntries,
  watchOwnEntries,
} from '../../storage/ownEntriesStore';
import { changePins, type LoadedPins, loadPins, watchPins } from '../../storage/pinsStore';
import {
  loadSettings,
  persistMigration,
  SettingsWriter,
  watchSettings,
} from '../../storage/settingsStore';
import { loadTeamPolicy, watchTeamPolicy } from '../../storage/teamStore';
import { withLanguage } from '../../storage/textLanguage';
import {
  authorsInUse,
  byName,
  type CorpusIndex,
  eligibleIds,
  indexCorpus,
  topicsInUse,
} from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import type { HideOrShow } from '../../utils/hidden';
import { addedOutcome, restoredOutcome } from '../../utils/importOutcome';
import { type ImportPreview, parseImport } from '../../utils/importParse';
import { corpusLanguage } from '../../utils/language';
import { importBasis, prepareDraft } from '../../utils/ownDraft';
import {
  type DraftProblem,
  type EntryDraft,
  newOwnId,
  OWN_SOURCE,
  type OwnChange,
  toEntry,
} from '../../utils/ownEntries';
import type { PinChange } from '../../utils/pins';
import type { Settings } from '../../utils/settings';
import type { TeamPolicy } from '../../utils/team/policy';
import { type Text, text } from '../../utils/text';
import { UndoSlot } from '../../utils/undoSlot';
import { downloadBackup, downloadEntries } from './exports';
import { teamProblemSentence } from './teamProblems';

const root = document.getElementById('app') as HTMLElement;
localizePage('options.title');
// The theme before the first paint, from the mirror the pages keep.
applyAppearance(document.documentElement, readFirstPaint().settings);

let settings: Settings;
let settingsProblem: Text | null = null;
/** Damaged records found (and set aside) when the page loaded: one sentence. */
let damageProblem: Text | null = null;
let pins: LoadedPins;
let pinStatus = '';
let hidden: LoadedHidden;
let hiddenStatus = '';
/** What the user's organisation pushes (usually nothing). */
let team: TeamPolicy;
let own: LoadedOwn;
/** The built-in corpus in the user's language, loaded once. */
const builtIn = loadBuiltInCorpus(corpusLanguage(lang()));
let corpus: Awaited<typeof builtIn>;
let index: CorpusIndex;
/** Topics offered as filters and in the entry form: changes only with own entries. */
let topics: string[];
/** Authors offered as the entry form's author is typed, sorted: changes only with the entries. */
let authors: string[];
const lastDeleted = new UndoSlot<Entry>();

function adoptOwn(loaded: LoadedOwn = own) {
  own = loaded;
  index = indexCorpus(
    [...corpus.entries, ...team.entries, ...own.entries],
    [...corpus.sources, ...team.sources, OWN_SOURCE],
  );
  topics = topicsInUse(index, TOPICS);
  authors = authorsInUse(index).sort(byName);
}

/** What the next new tabs paint follows the filters, pins and entries as they change here. */
let mirrored: unknown[] = [];
function followInMirror() {
  const basis = [settings, pins.pins, hidden.ids, index];
  if (basis.every((part, i) => part === mirrored[i])) return;
  mirrored = basis;
  refreshMirror({
    eligible: new Set(eligibleIds(index, settings, pins.pins, new Set(hidden.ids))),
    pinned: new Set(pins.pins),
    viewOf: viewsIn(index),
  });
}

function show() {
  applyAppearance(document.documentElement, settings);
  followInMirror();
  const problems = [
    damageProblem,
    settingsProblem,
    pins.syncProblem,
    hidden.syncProblem,
    own.syncProblem,
  ];
  const sentences = problems.flatMap((problem) => (problem ? [say(problem)] : []));
  const teamProblem = teamProblemSentence(team.problems);
  render(
    <OptionsPage
      index={index}
      topics={topics}
      settings={settings}
      pins={pins.pins}
      hidden={hidden.ids}
      team={team}
      syncProblems={teamProblem ? [...sentences, teamProblem] : sentences}
      pinStatus={pinStatus}
      hiddenStatus={hiddenStatus}
      onChange={change}
      onPinChange={changePin}
      onHiddenChange={changeHiddenEntry}
    >
      <YourEntries
        entries={own.entries}
        topics={topics}
        authors={authors}
        notSynced={own.notSynced}
        onSave={saveEntry}
        onDelete={deleteEntry}
        onUndoDelete={undoDelete}
      />
      <ImportExport
        preview={previewImport}
        onConfirm={confirmImport}
        onBackup={() => void downloadBackup()}
        onExportEntries={(format) => downloadEntries(own.entries, format)}
      />
    </OptionsPage>,
    root,
  );
}

const writer = new SettingsWriter((problem) => {
  settingsProblem = problem;
  show();
});

function change(changes: Partial<Settings>) {
  settings = { ...settings, ...changes };
  show();
  void writer.change(changes);
}

/** Makes a change to the pins and says so; resolves whether it was made. */
async function changePin(change: PinChange): Promise<boolean> {
  try {
    pins = await changePins(change);
    // A pin from this page is an unpin undone: pins are made on the new tab.
    const said: Partial<Record<PinChange['type'], string>> = {
      unpin: t('pinned.unpinned'),
      pin: t('pinned.pinnedAgain'),
    };
    pinStatus = sayAgain(said[change.type] ?? '')(pinStatus);
    return true;
  } catch (error) {
    pinStatus = sayAgain(reasonOf(error))(pinStatus);
    return false;
  } finally {
    show();
  }
}

/** Hides an entry or shows it again, and says so; resolves whether it was done. */
async function changeHiddenEntry(change: HideOrShow): Promise<boolean> {
  try {
    hidden = await changeHidden(change);
    // Hidden at a place: Show again undone.
    const said =
      change.type === 'show'
        ? t('hidden.shownAgain')
        : t(change.at === undefined ? 'newtab.hidden' : 'hidden.hiddenAgain');
    hiddenStatus = sayAgain(said)(hiddenStatus);
    return true;
  } catch (error) {
    hiddenStatus = sayAgain(reasonOf(error))(hiddenStatus);
    return false;
  } finally {
    show();
  }
}

async function changeOwn(change: OwnChange) {
  adoptOwn(await changeOwnEntries(change));
  show();
}

/** Adds an entry (id null) or saves an edit begun from revision baseRev (throws EditConflictError). */
async function saveEntry(
  id: string | null,
  draft: EntryDraft,
  baseRev = 0,
): Promise<DraftProblem[] | null> {
  const prepared = prepareDraft(draft, id, index, builtInTopics());
  if (!prepared.ok) return prepared.problems;
  const entry = await withLanguage(toEntry(id ?? newOwnId(), prepared.draft));
  // A refusal (e.g. entries from a newer version) is the form's to report.
  await changeOwn(id ? { type: 'update', entry, baseRev } : { type: 'add', entries: [entry] });
  return null;
}

async function deleteEntry(id: string) {
  const at = own.entries.findIndex((entry) => entry.id === id);
  const entry = own.entries[at];
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

function previewImport(text: string, fileName?: string): ImportPreview {
  return parseImport(text, {
    ...importBasis(index, builtInTopics()),
    ...(fileName && { fileName }),
  });
}

/** The built-in topics by their names on this page. */
const builtInTopics = () => TOPICS.map((topic) => [topicLabel(topic), topic] as const);

async function confirmImport(preview: ImportPreview): Promise<ImportDone> {
  if (preview.kind === 'entries') {
    const entries = await Promise.all(
      preview.accepted.map((draft) => withLanguage(toEntry(newOwnId(), draft))),
    );
    await changeOwn({ type: 'add', entries });
    const ids = entries.map((entry) => entry.id);
    return {
      said: addedOutcome(entries.length, own.notSynced).map(say).join(' '),
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

async function reload() {
  const [loaded, loadedPins, loadedHidden, loadedOwn, loadedCorpus, policy, damaged] =
    await Promise.all([
      loadSettings(),
      loadPins(),
      loadHidden(),
      loadOwnEntries(),
      builtIn,
      loadTeamPolicy(),
      setAsideDamaged(),
    ]);
  corpus = loadedCorpus;
  team = policy;
  hidden = loadedHidden;
  damageProblem = damaged > 0 ? text('sync.damaged', { n: damaged }, damaged) : null;
  settings = loaded.settings;
  settingsProblem = loaded.syncProblem;
  pins = loadedPins;
  adoptOwn(loadedOwn);
  show();
}

// Watch before reading: a change made while the page loads (the organisation's
// policy, say, which answers seconds late just after the browser starts) is
// applied after the first read, never lost or overwritten by it.
const firstLoad = persistMigration()
  .catch(() => false)
  .then(reload);
const afterFirstLoad =
  <T,>(apply: (changed: T) => unknown) =>
  (changed: T) =>
    void firstLoad.then(() => apply(changed));

watchSettings(
  afterFirstLoad((changed) => {
    // Echoes of our own writes still in progress are older than what is shown.
    if (writer.isSaving()) return;
    settings = changed.settings;
    settingsProblem = changed.syncProblem ?? settingsProblem;
    show();
  }),
);
watchPins(
  afterFirstLoad((changed: LoadedPins) => {
    pins = changed;
    show();
  }),
);
watchHidden(
  afterFirstLoad((changed: LoadedHidden) => {
    hidden = changed;
    show();
  }),
);
watchOwnEntries(
  afterFirstLoad((changed: LoadedOwn) => {
    adoptOwn(changed);
    show();
  }),
);
// The administrator changed the policy: its entries, defaults and locks.
watchTeamPolicy(
  afterFirstLoad(async (policy: TeamPolicy) => {
    const loaded = await loadSettings();
    team = policy;
    settings = loaded.settings;
    adoptOwn();
    show();
  }),
);

await firstLoad;
goToLinkedSection(location.hash);
// Changes this browser kept while sync was unavailable catch up now.
void catchUpAll(() => writer.flush());
addEventListener('pagehide', () => void writer.flush());
