import type { EntryView } from './entry';
import { isBoolean, isRecord, isStringArray } from './guards';
import { periodKey } from './period';
import { readSettingsCopy, type Settings } from './settings';
import type { ShortcutAction } from './shortcuts';
import type { Painted } from './shuffleBag';

/** An entry ready to paint, with the state of the controls beside it. */
export interface PaintedEntry {
  view: EntryView;
  pinned: boolean;
  /** Whether Previous has an earlier entry to go to from it. */
  canGoBack: boolean;
}

/**
 * What a new tab needs to paint its entry before it has loaded the corpus or
 * read any storage. Kept as a mirror in localStorage, the one store a page
 * reads synchronously; the extension's pages share it and, running on one
 * thread, read and write it one after another.
 */
export interface FirstPaint {
  settings: Settings;
  /** The interface words the first paint shows, in the user's language (see PAINT_LABELS). */
  labels: Record<string, string>;
  /** The entries the rotation will give next, in order (its bag's `upcoming`). */
  upcoming: PaintedEntry[];
  /** With hourly or daily rotation, the period's entry. */
  current?: PaintedEntry & { key: string };
}

/**
 * Upcoming entries that pages have painted and the bag has not recorded yet,
 * with when (ms since the epoch): no other page paints them. Kept apart from
 * the mirror, so that a tab's claim writes a few bytes, not the mirror. The
 * app records them in the bag in batches (see claimEntry), then forgets them.
 */
export type Claims = Record<string, number>;

/**
 * How many claims wait before a tab loads the app to record them: most tabs
 * paint from the mirror and never load it (until the user presses a key).
 */
export const RECORD_AFTER_CLAIMS = 10;

/** Absent, or passes `test`. */
const optional = (value: unknown, test: (value: unknown) => boolean) =>
  value === undefined || test(value);
const isString = (value: unknown): value is string => typeof value === 'string';
/** A record with a string at each of `keys`, and at each of `maybe` a string or nothing. */
const hasStrings = (value: unknown, keys: string[], maybe: string[] = []) =>
  isRecord(value) &&
  keys.every((key) => isString(value[key])) &&
  maybe.every((key) => optional(value[key], isString));

function isView(value: unknown): value is EntryView {
  const view = value as Partial<Record<keyof EntryView, unknown>>;
  return (
    hasStrings(
      view,
      ['id', 'kindLabel', 'text', 'credit'],
      ['title', 'sourceLabel', 'citation', 'origin', 'lang'],
    ) &&
    isStringArray(view.topics) &&
    optional(view.original, (original) => hasStrings(original, ['text', 'lang'])) &&
    optional(view.work, (work) => hasStrings(work, ['title'], ['lang'])) &&
    optional(view.part, (part) => hasStrings(part, ['title', 'lang']))
  );
}

function isPainted(value: unknown): value is PaintedEntry {
  const painted = value as Partial<Record<keyof PaintedEntry, unknown>> | null;
  return (
    typeof painted === 'object' &&
    painted !== null &&
    isView(painted.view) &&
    isBoolean(painted.pinned) &&
    isBoolean(painted.canGoBack)
  );
}

/** The entries of a record whose values pass `valid`; {} for anything else. */
function readRecord<T>(raw: unknown, valid: (value: unknown) => value is T): Record<string, T> {
  if (!isRecord(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, T] => valid(entry[1])),
  );
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Reads the mirror; whatever is missing or damaged reads as absent (it only costs the head start). */
export function parseFirstPaint(json: string | null): FirstPaint {
  let raw: Partial<Record<keyof FirstPaint, unknown>> = {};
  try {
    const parsed: unknown = json === null ? null : JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null) raw = parsed;
  } catch {
    // Damaged: read as empty.
  }
  const current = raw.current as { key?: unknown } | undefined;
  return {
    settings: readSettingsCopy(raw.settings),
    labels: readRecord(raw.labels, isString),
    upcoming: Array.isArray(raw.upcoming) ? raw.upcoming.filter(isPainted) : [],
    ...(isPainted(current) &&
      typeof current.key === 'string' && { current: current as FirstPaint['current'] & {} }),
  };
}

/** Reads the claims; whatever is missing or damaged reads as none. */
export function parseClaims(json: string | null): Claims {
  try {
    return readRecord(json === null ? null : JSON.parse(json), isTime);
  } catch {
    return {};
  }
}

/** A claim, with the mirror and claims to store (the very objects given when unchanged). */
export interface Claim {
  painted: PaintedEntry | null;
  mirror: FirstPaint;
  claims: Claims;
  /** Whether this tab loads the app to record the claims and draw more: enough are waiting. */
  record: boolean;
}

/**
 * The entry a tab opened at `now` paints, claimed so that tabs opened at the
 * same moment each paint a different one: with hourly or daily rotation the
 * period's entry (the first tab of a new period makes its claim the period's
 * entry, in the mirror), else the first upcoming entry no page has claimed.
 * Null when the mirror has none to give.
 */
export function claimEntry(mirror: FirstPaint, claims: Claims, now: number): Claim {
  const key = periodKey(mirror.settings.period, new Date(now));
  if (key !== null && mirror.current?.key === key)
    return { painted: mirror.current, mirror, claims, record: false };
  const painted = mirror.upcoming.find((entry) => !(entry.view.id in claims)) ?? null;
  if (!painted) return { painted, mirror, claims, record: true };
  const next = { ...claims, [painted.view.id]: now };
  const waiting = Object.keys(next).length;
  return {
    painted,
    claims: next,
    mirror: key === null ? mirror : { ...mirror, current: { ...painted, key } },
    record: waiting >= RECORD_AFTER_CLAIMS || waiting >= mirror.upcoming.length,
  };
}

/** The claimed entries in the order painted, each with its hour or day (see periodKey). */
export function paintedIn(claims: Claims, period: Settings['period']): Painted[] {
  return Object.entries(claims)
    .sort(([, a], [, b]) => a - b)
    .map(([id, at]) => ({ id, period: periodKey(period, new Date(at)) }));
}

/** The claims once the bag has recorded `recorded`. */
export function forgetRecorded(claims: Claims, recorded: readonly Painted[]): Claims {
  const gone = new Set(recorded.map(({ id }) => id));
  return Object.fromEntries(Object.entries(claims).filter(([id]) => !gone.has(id)));
}

/** The mirror after the bag was saved: its upcoming entries and the period's entry. */
export function withRotation(
  mirror: FirstPaint,
  rotation: Pick<FirstPaint, 'upcoming' | 'current'>,
): FirstPaint {
  const { current: _, ...rest } = mirror;
  return {
    ...rest,
    upcoming: rotation.upcoming,
    ...(rotation.current && { current: rotation.current }),
  };
}

/**
 * The mirror after the user's filters, pins or entries changed: each entry
 * as `refresh` now gives it, or dropped when it may no longer be shown.
 */
export function refreshed(
  mirror: FirstPaint,
  refresh: (entry: PaintedEntry) => PaintedEntry | null,
): FirstPaint {
  const current = mirror.current && refresh(mirror.current);
  const { current: _, ...rest } = mirror;
  return {
    ...rest,
    upcoming: mirror.upcoming.flatMap((entry) => refresh(entry) ?? []),
    ...(current && mirror.current && { current: { ...current, key: mirror.current.key } }),
  };
}

/** What a page knows to mirror an entry: which may show, which are pinned, and how each looks. */
export interface PaintSource {
  eligible: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  viewOf: (id: string) => EntryView | undefined;
}

/** An entry as the mirror keeps it for the next tabs; null when it may not be shown. */
export function paintable(from: PaintSource, id: string, canGoBack: boolean): PaintedEntry | null {
  const view = from.eligible.has(id) ? from.viewOf(id) : undefined;
  return view ? { view, pinned: from.pinned.has(id), canGoBack } : null;
}

/**
 * What the first-paint script hands the app that then takes the page over
 * (as `window.tabwiseFirstPaint`: the two are separate scripts).
 */
export interface Handover {
  /** The entry painted, or null when the mirror had none to give. */
  painted: PaintedEntry | null;
  /** The settings it was painted with (the mirror's), until storage answers. */
  settings: Settings;
  /** Ends the first paint's own key and click handling; returns what the user asked for meanwhile, once. */
  takeOver(): ShortcutAction[];
}

declare global {
  interface Window {
    tabwiseFirstPaint?: Handover;
  }
}
