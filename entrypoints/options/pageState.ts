import { TOPICS } from '../../content/topics';
import type { LoadedHidden } from '../../storage/hiddenStore';
import type { LoadedOwn } from '../../storage/ownEntriesStore';
import type { LoadedPins } from '../../storage/pinsStore';
import type { CorpusFile } from '../../utils/corpusFile';
import {
  authorsInUse,
  byName,
  type CorpusIndex,
  indexAll,
  topicsInUse,
} from '../../utils/corpusIndex';
import { type NameKind, renameableNames } from '../../utils/renameName';
import type { Settings } from '../../utils/settings';
import type { TeamPolicy } from '../../utils/team/policy';
import type { Text } from '../../utils/text';

/** What the options page knows: everything read from storage, and what it last said. */
export interface PageState extends StoredState {
  pinStatus: string;
  hiddenStatus: string;
  /** Damaged records found (and set aside) after the page loaded: one sentence. */
  damageProblem: Text | null;
}

/** Everything the options page reads from storage. */
export interface StoredState {
  settings: Settings;
  settingsProblem: Text | null;
  pins: LoadedPins;
  hidden: LoadedHidden;
  /** The built-in corpus in the user's language. */
  corpus: CorpusFile;
  /** What the user's organisation pushes (usually nothing). */
  team: TeamPolicy;
  own: LoadedOwn;
}

/** What follows from the entries: rebuilt only when they change. */
export interface KnownEntries {
  index: CorpusIndex;
  /** Topics offered as filters and in the entry form. */
  topics: string[];
  /** Authors offered as the entry form's author is typed, sorted. */
  authors: string[];
  /** The user's own topics and their entries' authors, which they may rename. */
  renameable: Record<NameKind, string[]>;
}

const BUILT_IN_TOPICS: ReadonlySet<string> = new Set(TOPICS);

function knownEntries({ corpus, team, own }: StoredState): KnownEntries {
  const index = indexAll(corpus, team, own.entries);
  return {
    index,
    topics: topicsInUse(index, TOPICS),
    authors: authorsInUse(index).sort(byName),
    renameable: renameableNames(own.entries, BUILT_IN_TOPICS, byName),
  };
}

const ENTRY_PARTS = ['corpus', 'team', 'own'] as const satisfies readonly (keyof PageState)[];

/**
 * The page's state, in one place: each change is drawn at once (`show`), and
 * what follows from the entries is rebuilt only when they change, so its
 * index keeps its identity across other changes (the mirror follows it).
 */
export class OptionsState {
  #current: { state: PageState; known: KnownEntries } | undefined;

  constructor(private readonly show: () => void) {}

  get #loaded() {
    if (!this.#current) throw new Error('The options page was read before storage answered.');
    return this.#current;
  }

  get state(): PageState {
    return this.#loaded.state;
  }

  get known(): KnownEntries {
    return this.#loaded.known;
  }

  /** Everything as read from storage (again, after a restore: what the page said stays). */
  load(stored: StoredState): void {
    const { pinStatus = '', hiddenStatus = '', damageProblem = null } = this.#current?.state ?? {};
    const state = { ...stored, pinStatus, hiddenStatus, damageProblem };
    this.#current = { state, known: knownEntries(state) };
    this.show();
  }

  update(change: Partial<PageState>): void {
    const state = { ...this.state, ...change };
    const entriesChanged = ENTRY_PARTS.some((part) => part in change);
    this.#current = { state, known: entriesChanged ? knownEntries(state) : this.known };
    this.show();
  }
}

/** The problems to show at the top of the page, in order, as one list. */
export const pageProblems = (state: PageState): Text[] =>
  [
    state.damageProblem,
    state.settingsProblem,
    state.pins.syncProblem,
    state.hidden.syncProblem,
    state.own.syncProblem,
  ].filter((problem): problem is Text => problem !== null);
