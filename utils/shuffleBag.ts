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
  /**
   * The ids the next draws will give, in order, drawn in advance (see draw):
   * the pages paint them before reading storage, several tabs at once.
   */
  readonly upcoming: readonly string[];
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

/**
 * How many entries are drawn in advance: more than the tabs a person opens at
 * one moment (a saved window of 30), so each of them paints one of its own.
 */
export const UPCOMING_COUNT = 40;

export const EMPTY_ROTATION: RotationState = {
  seen: [],
  history: [],
  historyStart: 0,
  upcoming: [],
};

/** Returns a number in [0, 1), like Math.random; injectable for tests. */
export type Random = () => number;

export interface DrawOptions {
  random?: Random;
  /** With hourly or daily rotation, the current hour or day (see periodKey). */
  period?: string | null;
  /** The entry this page already painted from the mirror: drawn whenever it is eligible. */
  claim?: string | null;
  /** Entries other pages painted and have not confirmed yet: drawn only when nothing else is left. */
  claimed?: ReadonlySet<string>;
}

/** What a draw may pick from, in eligible order, with a quick test of one id. */
interface Bag {
  pool: string[];
  has: (id: string) => boolean;
  /** What stays of the cycle's seen list. */
  kept: string[];
  /** Every eligible id had been seen: this is a new cycle's bag. */
  refilled: boolean;
}

/**
 * What a draw may pick from: the eligible ids not yet seen in this cycle; when
 * every one has been seen, a new cycle's (all but the last shown, so nothing
 * repeats back to back).
 */
function candidates(state: RotationState, eligible: readonly string[]): Bag {
  const seen = new Set(state.seen);
  const allowed = new Set(eligible);
  const pool = eligible.filter((id) => !seen.has(id));
  if (pool.length > 0) {
    const has = (id: string) => allowed.has(id) && !seen.has(id);
    return { pool, has, kept: state.seen.filter((id) => allowed.has(id)), refilled: false };
  }
  const last = eligible.length > 1 ? state.history.at(-1) : undefined;
  return {
    pool: eligible.filter((id) => id !== last),
    has: (id) => allowed.has(id) && id !== last,
    kept: [],
    refilled: true,
  };
}

/**
 * The bag after `id` was drawn from `bag`, for the state `next` that holds
 * the draw: the same pool without it (with 10,000 entries, reading the bag
 * again took a draw twice as long), or a new cycle's when it was the last.
 */
function bagAfter(
  bag: Bag,
  id: string,
  next: RotationState,
  eligible: readonly string[],
): Pick<Bag, 'pool' | 'has'> {
  const pool = bag.refilled ? [] : bag.pool.filter((other) => other !== id);
  if (pool.length === 0) return candidates(next, eligible);
  return { pool, has: (other) => other !== id && bag.has(other) };
}

const pick = (pool: readonly string[], random: Random) =>
  pool[Math.floor(random() * pool.length)] as string;

/** The id a draw gives: the page's claim, else the first unclaimed upcoming one, else any. */
function choose(
  state: RotationState,
  eligible: readonly string[],
  bag: Bag,
  { random = Math.random, claim = null, claimed = new Set<string>() }: DrawOptions,
): string {
  if (claim !== null && eligible.includes(claim)) return claim;
  const queued = state.upcoming.find((id) => bag.has(id) && !claimed.has(id));
  if (queued !== undefined) return queued;
  const free = bag.pool.filter((id) => !claimed.has(id));
  return pick(free.length > 0 ? free : bag.pool, random);
}

/**
 * The ids drawn in advance after a draw: those still queued that remain in
 * the bag, in their order, then random others from the bag up to UPCOMING_COUNT.
 */
function upcomingAfter(
  queued: readonly string[],
  bag: Pick<Bag, 'pool' | 'has'>,
  random: Random,
): string[] {
  const upcoming = queued.filter((id) => bag.has(id)).slice(0, UPCOMING_COUNT);
  const taken = new Set(upcoming);
  const rest = bag.pool.filter((id) => !taken.has(id));
  // A partial Fisher–Yates shuffle: random picks without repeats.
  for (let i = 0; i < rest.length && upcoming.length < UPCOMING_COUNT; i++) {
    const j = i + Math.floor(random() * (rest.length - i));
    [rest[i], rest[j]] = [rest[j] as string, rest[i] as string];
    upcoming.push(rest[i] as string);
  }
  return upcoming;
}

/**
 * Draws the next entry: the page's claim when it is eligible, else the first
 * id drawn in advance that no other page has claimed, else a random one not
 * yet seen in this cycle. Also tops up the entries drawn in advance, so pages
 * can paint them before they have read storage. Returns null when nothing is
 * eligible.
 */
export function draw(
  state: RotationState,
  eligible: readonly string[],
  options: DrawOptions = {},
): { state: RotationState; shown: Shown } | null {
  if (eligible.length === 0) return null;
  const bag = candidates(state, eligible);
  const id = choose(state, eligible, bag, options);
  const appended = [...state.history, id];
  const dropped = Math.max(0, appended.length - HISTORY_LIMIT);
  const historyStart = state.historyStart + dropped;
  const history = appended.slice(dropped);
  const shown = { id, seq: historyStart + history.length - 1 };
  const { period = null, random = Math.random } = options;
  const next: RotationState = {
    seen: [...bag.kept.filter((seen) => seen !== id), id],
    history,
    historyStart,
    upcoming: [],
    ...(period !== null && { current: { ...shown, key: period } }),
  };
  const upcoming = upcomingAfter(state.upcoming, bagAfter(bag, id, next, eligible), random);
  return { state: { ...next, upcoming }, shown };
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
  options: DrawOptions = {},
): { state: RotationState; shown: Shown } | null {
  const current = state.current;
  const period = options.period ?? null;
  if (period !== null && current?.key === period && eligible.includes(current.id)) {
    return { state, shown: { id: current.id, seq: current.seq } };
  }
  return draw(state, eligible, options);
}

/** An entry a page painted from the mirror before the bag recorded it (see utils/firstPaint). */
export interface Painted {
  readonly id: string;
  /** The hour or day it was painted in, with hourly or daily rotation (see periodKey). */
  readonly period: string | null;
}

/**
 * The bag once it has recorded the entries pages painted from the mirror
 * without loading it, in the order painted: each is drawn as its page's
 * claim, so history and the no-repeat cycle hold it as if that page had
 * drawn it. An entry the filters no longer let through is left out.
 */
export function recordPainted(
  state: RotationState,
  eligible: readonly string[],
  painted: readonly Painted[],
  random: Random = Math.random,
): RotationState {
  const allowed = new Set(eligible);
  return painted.reduce(
    (next, { id, period }) =>
      allowed.has(id) ? (draw(next, eligible, { claim: id, period, random })?.state ?? next) : next,
    state,
  );
}

/** Where the device history last showed `id`, or null when it holds no such entry. */
export function lastShown(state: RotationState, id: string): Shown | null {
  const index = state.history.lastIndexOf(id);
  return index < 0 ? null : { id, seq: state.historyStart + index };
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
  // Walks indexes, not sequence numbers: a loop over numbers too large to
  // step by one would never end.
  const from = Math.min(seq - 1 - state.historyStart, state.history.length - 1);
  for (let i = from; i >= 0; i--) {
    const id = state.history[i] as string;
    if (isValid(id)) return { id, seq: state.historyStart + i };
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
  const end = Math.min(limit - state.historyStart, state.history.length - 1);
  for (let i = Math.max(seq + 1 - state.historyStart, 0); i <= end; i++) {
    const id = state.history[i] as string;
    if (isValid(id)) return { id, seq: state.historyStart + i };
  }
  return null;
}
