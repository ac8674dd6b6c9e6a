import { browser } from 'wxt/browser';
import { reasonOf, say } from '../../components/translate';
import { CORPUS, CORPUS_SOURCES } from '../../content/corpus';
import { applyAppearance, mirrorSettings, updateFirstPaint } from '../../storage/firstPaintMirror';
import { loadOwnEntries, watchOwnEntries } from '../../storage/ownEntriesStore';
import { changePins, loadPins, watchPins } from '../../storage/pinsStore';
import { TabRotation } from '../../storage/rotationStore';
import { loadSettings, watchSettings } from '../../storage/settingsStore';
import { type CorpusIndex, eligibleIds, indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import type { MirroredEntry } from '../../utils/firstPaint';
import { OWN_SOURCE } from '../../utils/ownEntries';
import { periodKey } from '../../utils/period';
import type { Settings } from '../../utils/settings';
import type { RotationState } from '../../utils/shuffleBag';
import { renderTab } from './renderTab';

// The new tab's second phase (see index.tsx): the corpus, storage and live updates.

/** Built once storage has said which of the user's own entries join the corpus. */
let index: CorpusIndex;

/** The built-in corpus with the user's own entries after it. */
const withOwn = (own: readonly Entry[]) =>
  indexCorpus([...CORPUS, ...own], [...CORPUS_SOURCES, OWN_SOURCE]);

let settings: Settings;
let pins: string[] = [];
let eligible: string[] = [];

function mirrored(id: string | undefined): MirroredEntry | undefined {
  const entry = id === undefined ? undefined : index.entries.get(id);
  if (!entry) return undefined;
  const source = index.sources.get(entry.source);
  return { entry, ...(source && { source }) };
}

/** Keeps in the mirror what the next tab will show, with its data. */
function mirrorRotation(state: RotationState) {
  const current = state.current && mirrored(state.current.id);
  updateFirstPaint({
    upcoming: mirrored(state.upcoming),
    current: current && state.current && { ...current, key: state.current.key },
  });
}

// The period is read at each step: a tab left open past the hour or midnight is in the new one.
export const rotation = new TabRotation(
  () => ({ eligible, period: periodKey(settings.period, new Date()) }),
  mirrorRotation,
);
export const openSettings = () => void browser.runtime.openOptionsPage();

/** Pins or unpins an entry; resolves to a sentence for the user when something went wrong. */
export async function togglePin(id: string): Promise<string | null> {
  try {
    const { syncProblem } = await changePins({ type: 'toggle', id });
    return syncProblem && say(syncProblem);
  } catch (error) {
    return reasonOf(error);
  }
}

/** Which entries may show, after settings, pins or own entries changed. */
function refilter() {
  eligible = eligibleIds(index, settings, pins);
}

function adopt(next: Settings) {
  settings = next;
  refilter();
  applyAppearance(document.documentElement, next);
  mirrorSettings(next);
}

export async function start(root: HTMLElement) {
  const show = (entryId: string | null) =>
    renderTab(root, {
      entryId,
      busy: false,
      entries: index.entries,
      sources: index.sources,
      eligible: new Set(eligible),
      settings,
      rotation,
      pinned: new Set(pins),
      togglePin,
      openSettings,
    });
  // The truth: settings and pins from sync, and the entry from the bag under
  // its lock. Unless another tab took it at the same moment, it is the one predicted.
  const [loaded, loadedPins, own] = await Promise.all([
    loadSettings(),
    loadPins(),
    loadOwnEntries(),
  ]);
  pins = loadedPins.pins;
  index = withOwn(own.entries);
  adopt(loaded.settings);
  const opened = (await rotation.open())?.id ?? null;
  show(opened);
  // Options or pins changed in another tab or on another device: follow them live.
  watchSettings((changed) => {
    adopt(changed.settings);
    show(opened);
  });
  watchPins((changed) => {
    pins = changed.pins;
    refilter();
    show(opened);
  });
  watchOwnEntries((changed) => {
    index = withOwn(changed.entries);
    refilter();
    show(opened);
  });
}
