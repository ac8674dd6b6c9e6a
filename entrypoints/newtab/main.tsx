import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NewTab } from '../../components/NewTab';
import { CORPUS, CORPUS_SOURCES } from '../../content/corpus';
import { applyAppearance, writeAppearanceMirror } from '../../storage/appearanceMirror';
import { TabRotation } from '../../storage/rotationStore';
import { type LoadedSettings, loadSettings, watchSettings } from '../../storage/settingsStore';
import { appearanceOf } from '../../utils/appearance';
import { eligibleIds, indexCorpus } from '../../utils/corpusIndex';
import { periodKey } from '../../utils/period';
import type { Shown } from '../../utils/shuffleBag';

const index = indexCorpus(CORPUS, CORPUS_SOURCES);
const root = document.getElementById('app') as HTMLElement;
const optionsUrl = browser.runtime.getURL('/options.html');
const openSettings = () => void browser.runtime.openOptionsPage();

let eligible: string[] = [];
let period: string | null = null;
const rotation = new TabRotation(() => ({ eligible, period }));

function show({ settings }: LoadedSettings, initial: Shown | null) {
  applyAppearance(document.documentElement, appearanceOf(settings));
  writeAppearanceMirror(settings);
  render(
    <NewTab
      initial={initial}
      entries={index.entries}
      sources={index.sources}
      eligible={new Set(eligible)}
      settings={settings}
      rotation={rotation}
      optionsUrl={optionsUrl}
      openSettings={openSettings}
    />,
    root,
  );
}

function adopt({ settings }: LoadedSettings) {
  eligible = eligibleIds(index, settings);
  period = periodKey(settings.period, new Date());
}

const loaded = await loadSettings();
adopt(loaded);
const initial = await rotation.open();
show(loaded, initial);

// Options changed in another tab or on another device: follow them live.
watchSettings((changed) => {
  adopt(changed);
  show(changed, initial);
});
