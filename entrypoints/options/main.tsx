import { render } from 'preact';
import { viewsIn } from '../../components/labels';
import { ImportExport } from '../../components/options/ImportExport';
import { OptionsPage } from '../../components/options/OptionsPage';
import { RenameNames } from '../../components/options/RenameNames';
import { goToLinkedSection } from '../../components/options/sectionLink';
import { YourEntries } from '../../components/options/YourEntries';
import { lang, localizePage, say } from '../../components/translate';
import { loadBuiltInCorpus } from '../../storage/builtInCorpus';
import { catchUpAll } from '../../storage/catchUp';
import { setAsideDamaged } from '../../storage/damageStore';
import {
  applyAppearance,
  applyMirroredAppearance,
  refreshMirror,
} from '../../storage/firstPaintMirror';
import { loadHidden, watchHidden } from '../../storage/hiddenStore';
import { loadOwnEntries, watchOwnEntries } from '../../storage/ownEntriesStore';
import { loadPins, watchPins } from '../../storage/pinsStore';
import {
  loadSettings,
  persistMigration,
  SettingsWriter,
  watchSettings,
} from '../../storage/settingsStore';
import { loadTeamPolicy, watchTeamPolicy } from '../../storage/teamStore';
import { eligibleIds } from '../../utils/corpusIndex';
import { corpusLanguage } from '../../utils/language';
import type { Settings } from '../../utils/settings';
import { text } from '../../utils/text';
import { downloadBackup, downloadEntries } from './exports';
import { hiddenChanger, pinChanger } from './listActions';
import { ownActions } from './ownActions';
import { OptionsState, pageProblems } from './pageState';
import { teamProblemSentence } from './teamProblems';

const root = document.getElementById('app') as HTMLElement;
localizePage('options.title');
// The theme before the first paint, from the mirror the pages keep.
applyMirroredAppearance();

const page = new OptionsState(show);
const own = ownActions(page, reload, change);
const changePin = pinChanger(page);
const changeHiddenEntry = hiddenChanger(page);
/** The built-in corpus in the user's language, loaded once. */
const builtIn = loadBuiltInCorpus(corpusLanguage(lang()));

/** What the next new tabs paint follows the filters, pins and entries as they change here. */
let mirrored: unknown[] = [];
function followInMirror() {
  const { settings, pins, hidden } = page.state;
  const { index } = page.known;
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
  const { state, known } = page;
  applyAppearance(document.documentElement, state.settings);
  followInMirror();
  const sentences = pageProblems(state).map(say);
  const teamProblem = teamProblemSentence(state.team.problems);
  render(
    <OptionsPage
      index={known.index}
      topics={known.topics}
      settings={state.settings}
      pins={state.pins.pins}
      hidden={state.hidden.ids}
      team={state.team}
      syncProblems={teamProblem ? [...sentences, teamProblem] : sentences}
      pinStatus={state.pinStatus}
      hiddenStatus={state.hiddenStatus}
      onChange={change}
      onPinChange={changePin}
      onHiddenChange={changeHiddenEntry}
    >
      <YourEntries
        entries={state.own.entries}
        topics={known.topics}
        authors={known.authors}
        notSynced={state.own.notSynced}
        onSave={own.saveEntry}
        onDelete={own.deleteEntries}
        onUndoDelete={own.undoDelete}
      >
        <RenameNames names={known.renameable} onRename={own.renameName} />
      </YourEntries>
      <ImportExport
        preview={own.previewImport}
        onConfirm={own.confirmImport}
        onBackup={() => void downloadBackup()}
        onExportEntries={(format) => downloadEntries(state.own.entries, format)}
      />
    </OptionsPage>,
    root,
  );
}

const writer = new SettingsWriter((settingsProblem) => page.update({ settingsProblem }));
writer.watchSentElsewhere();

function change(changes: Partial<Settings>) {
  page.update({ settings: { ...page.state.settings, ...changes } });
  void writer.change(changes);
}

async function reload() {
  const [loaded, pins, hidden, ownEntries, corpus, team] = await Promise.all([
    loadSettings(),
    loadPins(),
    loadHidden(),
    loadOwnEntries(),
    builtIn,
    loadTeamPolicy(),
  ]);
  page.load({
    settings: loaded.settings,
    settingsProblem: loaded.syncProblem,
    pins,
    hidden,
    corpus,
    team,
    own: ownEntries,
  });
  void findDamage();
}

/**
 * Only once the page is drawn (and at its linked section): this reads all of
 * storage again, and read beside the first loads, 10,000 own entries (2 MB)
 * held the first paint back (some 40 ms of 580). Its read is still asked for
 * before any change made on the page, so what it sets aside is the damage as
 * it was.
 */
async function findDamage() {
  const damaged = await setAsideDamaged();
  if (damaged > 0 || page.state.damageProblem) {
    page.update({
      damageProblem: damaged > 0 ? text('sync.damaged', { n: damaged }, damaged) : null,
    });
  }
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
    page.update({
      settings: changed.settings,
      settingsProblem: changed.syncProblem ?? page.state.settingsProblem,
    });
  }),
);
watchPins(afterFirstLoad((pins) => page.update({ pins })));
watchHidden(afterFirstLoad((hidden) => page.update({ hidden })));
watchOwnEntries(afterFirstLoad((ownEntries) => page.update({ own: ownEntries })));
// The administrator changed the policy: its entries, defaults and locks.
watchTeamPolicy(
  afterFirstLoad(async (team) => {
    const { settings } = await loadSettings();
    page.update({ team, settings });
  }),
);

await firstLoad;
goToLinkedSection(location.hash);
// Changes this browser kept while sync was unavailable catch up now.
void catchUpAll(() => writer.flush());
addEventListener('pagehide', () => void writer.flush());
