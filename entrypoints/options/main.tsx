import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { CORPUS, CORPUS_SOURCES } from '../../content/corpus';
import { applyAppearance, readFirstPaint } from '../../storage/firstPaintMirror';
import {
  loadSettings,
  persistMigration,
  SettingsWriter,
  watchSettings,
} from '../../storage/settingsStore';
import { indexCorpus } from '../../utils/corpusIndex';
import type { Settings } from '../../utils/settings';

const index = indexCorpus(CORPUS, CORPUS_SOURCES);
const root = document.getElementById('app') as HTMLElement;
// The theme before the first paint, from the mirror the pages keep.
applyAppearance(document.documentElement, readFirstPaint().settings);

let settings: Settings;
let syncProblem: string | null = null;

function show() {
  applyAppearance(document.documentElement, settings);
  render(
    <OptionsPage index={index} settings={settings} syncProblem={syncProblem} onChange={change} />,
    root,
  );
}

const writer = new SettingsWriter((problem) => {
  syncProblem = problem;
  show();
});

function change(changes: Partial<Settings>) {
  settings = { ...settings, ...changes };
  show();
  void writer.change(changes);
}

await persistMigration().catch(() => false);
const loaded = await loadSettings();
settings = loaded.settings;
syncProblem = loaded.syncProblem;
show();
// Changes this browser kept while sync was unavailable catch up now.
void writer.flush();

watchSettings((changed) => {
  // Echoes of our own writes still in progress are older than what is shown.
  if (writer.isSaving()) return;
  settings = changed.settings;
  syncProblem = changed.syncProblem ?? syncProblem;
  show();
});
addEventListener('pagehide', () => void writer.flush());
