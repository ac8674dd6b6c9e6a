import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { CORPUS, CORPUS_SOURCES } from '../../content/corpus';
import { applyAppearance, readFirstPaint } from '../../storage/firstPaintMirror';
import {
  catchUpPins,
  changePins,
  type LoadedPins,
  loadPins,
  watchPins,
} from '../../storage/pinsStore';
import {
  loadSettings,
  persistMigration,
  SettingsWriter,
  watchSettings,
} from '../../storage/settingsStore';
import { indexCorpus } from '../../utils/corpusIndex';
import type { PinChange } from '../../utils/pins';
import type { Settings } from '../../utils/settings';

const index = indexCorpus(CORPUS, CORPUS_SOURCES);
const root = document.getElementById('app') as HTMLElement;
// The theme before the first paint, from the mirror the pages keep.
applyAppearance(document.documentElement, readFirstPaint().settings);

let settings: Settings;
let settingsProblem: string | null = null;
let pins: LoadedPins;
let pinStatus = '';

function show() {
  applyAppearance(document.documentElement, settings);
  render(
    <OptionsPage
      index={index}
      settings={settings}
      pins={pins.pins}
      syncProblems={[settingsProblem, pins.syncProblem].filter((p): p is string => p !== null)}
      pinStatus={pinStatus}
      onChange={change}
      onPinChange={changePin}
    />,
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

async function changePin(change: PinChange) {
  try {
    pins = await changePins(change);
    pinStatus = change.type === 'unpin' ? 'Unpinned.' : '';
  } catch (error) {
    pinStatus = error instanceof Error ? error.message : String(error);
  }
  show();
}

await persistMigration().catch(() => false);
const [loaded, loadedPins] = await Promise.all([loadSettings(), loadPins()]);
settings = loaded.settings;
settingsProblem = loaded.syncProblem;
pins = loadedPins;
show();
// Changes this browser kept while sync was unavailable catch up now.
void writer.flush();
void catchUpPins().catch(() => {});

watchSettings((changed) => {
  // Echoes of our own writes still in progress are older than what is shown.
  if (writer.isSaving()) return;
  settings = changed.settings;
  settingsProblem = changed.syncProblem ?? settingsProblem;
  show();
});
watchPins((changed) => {
  pins = changed;
  show();
});
addEventListener('pagehide', () => void writer.flush());
