import { browser } from 'wxt/browser';
import { viewsIn } from '../../components/labels';
import { PAINT_LABELS } from '../../components/paintTab';
import { lang, localizePage, t } from '../../components/translate';
import { loadBuiltInCorpus } from '../../storage/builtInCorpus';
import {
  applyAppearance,
  forgetClaims,
  readClaims,
  refreshMirror,
  updateFirstPaint,
} from '../../storage/firstPaintMirror';
import { loadHidden, watchHidden } from '../../storage/hiddenStore';
import { loadOwnEntries, watchOwnEntries } from '../../storage/ownEntriesStore';
import { loadPins, watchPins } from '../../storage/pinsStore';
import { TabRotation } from '../../storage/rotationStore';
import { loadSettings, watchSettings } from '../../storage/settingsStore';
import { loadTeamPolicy, watchTeamPolicy } from '../../storage/teamStore';
import type { CorpusFile } from '../../utils/corpusFile';
import { type CorpusIndex, eligibleIds, indexAll, indexCorpus } from '../../utils/corpusIndex';
import type { Entry, EntryView } from '../../utils/entry';
import {
  type Handover,
  type PaintSource,
  paintable,
  paintedIn,
  withRotation,
} from '../../utils/firstPaint';
import { corpusLanguage } from '../../utils/language';
import { isOwnEntry } from '../../utils/ownEntries';
import { periodKey } from '../../utils/period';
import type { Settings } from '../../utils/settings';
import { type Painted, type RotationState, stepBack } from '../../utils/shuffleBag';
import { NO_POLICY, type TeamPolicy } from '../../utils/team/policy';
import { deleteOwn, setHidden, togglePin } from './entryActions';
import { renderTab } from './renderTab';

// The new tab's second phase (see newtab-paint.ts): the corpus, storage and live updates.

/** Until storage answers, the settings the first paint used (see start). */
let settings: Settings;
let pins: ReadonlySet<string> = new Set();
let hidden: ReadonlySet<string> = new Set();
/** What the user's organisation pushes, if anything (usually nothing). */
let team: TeamPolicy = NO_POLICY;
let own: readonly Entry[] = [];
let index: CorpusIndex = indexCorpus([], []);
let eligible: string[] = [];
let eligibleSet: ReadonlySet<string> = new Set();
/** Nothing is eligible only because of what the user hid. */
let allHidden = false;
/** Entries as shown, built when first shown; emptied when the entries change. */
let views = new Map<string, EntryView>();

let corpus: CorpusFile = { entries: [], sources: [] };

/** The built-in corpus, then the organisation's entries, then the user's own. */
function adoptEntries(entries: readonly Entry[] = own) {
  own = entries;
  index = indexAll(corpus, team, own);
  views = new Map();
}

function viewOf(id: string): EntryView | undefined {
  let view = views.get(id);
  if (!view) {
    view = viewsIn(index)(id);
    if (view) views.set(id, view);
  }
  return view;
}

/** What this page knows to mirror entries for the next tabs. */
const paintSource = (): PaintSource => ({ eligible: eligibleSet, pinned: pins, viewOf });

/** The words the first paint shows, in the user's language. */
const paintWords = () => Object.fromEntries(PAINT_LABELS.map((key) => [key, t(key)]));

/**
 * Keeps in the mirror what the next tabs will show, with their data and
 * words, and forgets the claims the bag has recorded: in the step that saved
 * the bag, so no page paints from the mirror between the two.
 */
function mirrorRotation(state: RotationState, recorded: readonly Painted[]) {
  const { current } = state;
  const isEligible = (id: string) => eligibleSet.has(id);
  const currentEntry =
    current &&
    paintable(paintSource(), current.id, stepBack(state, current.seq, isEligible) !== null);
  const upcoming = state.upcoming.flatMap(
    (id) => paintable(paintSource(), id, state.history.length > 0) ?? [],
  );
  const labels = paintWords();
  updateFirstPaint((mirror) =>
    withRotation(
      { ...mirror, labels },
      {
        upcoming,
        ...(current && currentEntry && { current: { ...currentEntry, key: current.key } }),
      },
    ),
  );
  forgetClaims(recorded);
}

/**
 * Which entries may show, after settings, pins or own entries changed; the
 * mirror follows (with the settings, when they changed, in the same write).
 */
function refilter(changedSettings?: Settings) {
  eligible = eligibleIds(index, settings, [...pins], hidden);
  eligibleSet = new Set(eligible);
  allHidden = eligible.length === 0 && eligibleIds(index, settings, [...pins]).length > 0;
  refreshMirror(paintSource(), changedSettings);
}

function adoptSettings(next: Settings) {
  settings = next;
  refilter(next);
  applyAppearance(document.documentElement, next);
}

let markReady: () => void = () => {};
/** Settles once storage has been read and the tab's entry confirmed. */
const ready = new Promise<void>((resolve) => {
  markReady = resolve;
});

// The period is read at each step: a tab left open past the hour or midnight is in the new one.
const rotation = new TabRotation(
  () => ({
    eligible,
    period: periodKey(settings.period, new Date()),
    painted: () => paintedIn(readClaims(), settings.period),
  }),
  mirrorRotation,
  ready,
);
const openSettings = () => void browser.runtime.openOptionsPage();

/**
 * A change asked for before storage has answered (a key pressed as the app
 * loads) waits for it. Made at once, it could take the painted entry away
 * before the bag confirms it: the tab would start again on another entry,
 * without its status and Undo.
 */
const afterReady =
  <A extends unknown[], R>(change: (...args: A) => Promise<R>) =>
  async (...args: A) => {
    await ready;
    return change(...args);
  };

const isOwn = (id: string) => {
  const entry = index.entries.get(id);
  return entry !== undefined && isOwnEntry(entry);
};

export async function start(root: HTMLElement, handover: Handover) {
  localizePage('newtab.title');
  const { painted } = handover;
  settings = handover.settings;
  let shown = painted?.view.id ?? null;
  let busy = true;
  const show = () =>
    renderTab(root, {
      entryId: shown,
      busy,
      canGoBack: painted?.canGoBack ?? false,
      viewOf,
      eligible: eligibleSet,
      allHidden,
      settings,
      rotation,
      pinned: pins,
      togglePin: afterReady(togglePin),
      setHidden: afterReady(setHidden),
      isOwn,
      deleteOwn: afterReady((id) => deleteOwn(own, id)),
      openSettings,
      takeOver: handover.takeOver,
    });
  // Take over the painted nodes at once: keys and clicks work from now on
  // (Next waits for storage, then moves on).
  if (painted) {
    views.set(painted.view.id, painted.view);
    eligibleSet = new Set([painted.view.id]);
    if (painted.pinned) pins = new Set([painted.view.id]);
    show();
  }

  // Watch before reading: a change made while the first reads are under way
  // is delivered by a read that started after it, so it is applied after them.
  // Until the bag has confirmed the tab's entry, a change is applied but not
  // drawn: a tab with nothing painted would otherwise move on by itself (the
  // entries arriving under no entry) while the bag gives it one too.
  let loaded = false;
  const pending: (() => void)[] = [];
  const whenLoaded = (apply: () => void) => {
    if (!loaded) pending.push(apply);
    else {
      apply();
      if (!busy) show();
    }
  };
  watchSettings((changed) => whenLoaded(() => adoptSettings(changed.settings)));
  watchPins((changed) =>
    whenLoaded(() => {
      pins = new Set(changed.pins);
      refilter();
    }),
  );
  watchHidden((changed) =>
    whenLoaded(() => {
      hidden = new Set(changed.ids);
      refilter();
    }),
  );
  watchOwnEntries((changed) =>
    whenLoaded(() => {
      adoptEntries(changed.entries);
      refilter();
    }),
  );
  // The administrator changed the policy: its entries, defaults and locks.
  watchTeamPolicy(async (policy) => {
    const next = await loadSettings();
    whenLoaded(() => {
      team = policy;
      adoptEntries();
      adoptSettings(next.settings);
    });
  });
  const [loadedSettings, loadedPins, loadedHidden, loadedOwn, builtIn, policy] = await Promise.all([
    loadSettings(),
    loadPins(),
    loadHidden(),
    loadOwnEntries(),
    loadBuiltInCorpus(corpusLanguage(lang())),
    loadTeamPolicy(),
  ]);
  loaded = true;
  corpus = builtIn;
  team = policy;
  pins = new Set(loadedPins.pins);
  hidden = new Set(loadedHidden.ids);
  adoptEntries(loadedOwn.entries);
  adoptSettings(loadedSettings.settings);
  for (const apply of pending) apply();
  // The bag confirms the painted entry under its lock (it changes only when
  // the filters no longer let it through).
  shown = (await rotation.open(painted?.view.id ?? null))?.id ?? null;
  busy = false;
  show();
  markReady();
}
