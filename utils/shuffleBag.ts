/**
 * No-repeat rotation over a changing set of eligible ids.
 *
 * The bag is stored as the ids already drawn in the current cycle: what is
 * left in the bag is "eligible minus seen". Storing it that way means a corpus
 * or filter change never needs repair: removed ids simply stop counting and
 * new ids are in the bag at once.
 */
export interface RotationState {
  /** Ids drawn since the bag was last refilled. */
  readonly seen: readonly string[];
  /** Ids shown on this device, oldest first (capped at HISTORY_LIMIT). */
  readonly history: readonly string[];
  /** Sequence number of history[0]; grows as old history is dropped. */
  readonly historyStart: number;
  /** With hourly or daily rotation: the entry of the current period. */
  readonly current?: PeriodEntry;
  /** The id the next draw will give, drawn in advance (see draw). */
  readonly upcoming?: string;
}

/** The entry every tab of one hour or day shows. */
export interface PeriodEntry extends Shown {
  /** The period it belongs to (see periodKey). */
  readonly key: string;
}

/** A position in the device history that a tab is showing. */
export interface Shown {
  readonly id: string;
  readonly seq: number;
}

export const HISTORY_LIMIT = 200;

export const EMPTY_ROTATION: RotationState = { seen: [], history: [], historyStart: 0 };

/** Returns a number in [0, 1), like Math.random; injectable for tests. */
export type Random = () => number;

/**
 * What a draw may pick from: the eligible ids not yet seen in this cycle; when
 * every one has been seen, a new cycle's (all but the last shown, so nothing
 * repeats back to back). `kept` is what stays of the cycle's seen list.
 */
function candidates(
  state: RotationState,
  eligible: readonly string[],
): { pool: string[]; kept: string[] } {
  const seen = new Set(state.seen);
  const pool = eligible.filter((id) => !seen.has(id));
  if (pool.length > 0) {
    const allowed = new Set(eligible);
    return { pool, kept: state.seen.filter((id) => allowed.has(id)) };
  }
  const last = state.history.at(-1);
  return {
    pool: eligible.length > 1 ? eligible.filter((id) => id !== last) : [...eligible],
    kept: [],
  };
}

const pick = (pool: readonly string[], random: Random) =>
  pool[Math.floor(random() * pool.length)] as string;

/**
 * Draws the next entry: a random id not yet seen in this cycle (the one drawn
 * in advance as `upcoming`, when it still qualifies). Also draws the following
 * one in advance, so a page can show it before it has read storage. Returns
 * null when nothing is eligible.
 */
export function draw(
  state: RotationState,
  eligible: readonly string[],
  random: Random = Math.random,
  period: string | null = null,
): { state: RotationState; shown: Shown } | null {
  if (eligible.length === 0) return null;
  const { pool, kept } = candidates(state, eligible);
  const id = state.upcoming && pool.includes(state.upcoming) ? state.upcoming : pick(pool, random);
  const appended = [...state.history, id];
  const dropped = Math.max(0, appended.length - HISTORY_LIMIT);
  const historyStart = state.historyStart + dropped;
  const history = appended.slice(dropped);
  const shown = { id, seq: historyStart + history.length - 1 };
  const next: RotationState = {
    seen: [...kept, id],
    history,
    historyStart,
    ...(period !== null && { current: { ...shown, key: period } }),
  };
  return { state: { ...next, upcoming: pick(candidates(next, eligible).pool, random) }, shown };
}

/**
 * The entry for a newly opened tab. With hourly or daily rotation (`period`
 * names the current hour or day), every tab of the period shows the same
 * entry, which costs no write (`state` comes back unchanged); otherwise, or
 * when the period's entry is no longer eligible, a fresh draw.
 */
export function openTab(
  state: RotationState,
  eligible: readonly string[],
  period: string | null,
  random: Random = Math.random,
): { state: RotationState; shown: Shown } | null {
  const current = state.current;
  if (period !== null && current?.key === period && eligible.includes(current.id)) {
    return { state, shown: { id: current.id, seq: current.seq } };
  }
  return draw(state, eligible, random, period);
}

/**
 * The nearest history entry before seq that is still valid (its entry may have
 * been deleted or filtered out since), or null at the start of history.
 */
export function stepBack(
  state: RotationState,
  seq: number,
  isValid: (id: string) => boolean,
): Shown | null {
  for (let s = Math.min(seq - 1, lastSeq(state)); s >= state.historyStart; s--) {
    const id = state.history[s - state.historyStart] as string;
    if (isValid(id)) return { id, seq: s };
  }
  return null;
}

/**
 * The nearest valid history entry after seq and no later than limit: where a
 * tab that went back returns to before it draws anything new.
 */
export function stepForward(
  state: RotationState,
  seq: number,
  limit: number,
  isValid: (id: string) => boolean,
): Shown | null {
  const end = Math.min(limit, lastSeq(state));
  for (let s = Math.max(seq + 1, state.historyStart); s <= end; s++) {
    const id = state.history[s - state.historyStart] as string;
    if (isValid(id)) return { id, seq: s };
  }
  return null;
}

function lastSeq(state: RotationState): number {
  return state.historyStart + state.history.length - 1;
}
