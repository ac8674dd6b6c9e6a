import { appearanceAttributes, appearanceOf } from '../utils/appearance';
import {
  type Claim,
  type Claims,
  claimEntry,
  type FirstPaint,
  forgetRecorded,
  type PaintSource,
  paintable,
  parseClaims,
  parseFirstPaint,
  refreshed,
} from '../utils/firstPaint';
import type { Settings } from '../utils/settings';
import type { Painted } from '../utils/shuffleBag';
import { CLAIMS_KEY, FIRST_PAINT_KEY, FIRST_PAINT_KEYS_BEFORE } from '../utils/storageKeys';

/**
 * The first-paint mirror lives in localStorage: shared by the extension's
 * pages and read synchronously. Nothing here may import the browser API
 * wrapper or the corpus: the new tab's first-paint script reads it before
 * loading either.
 */

/** The mirror as stored; an empty one when it is missing, damaged or unreadable. */
export function readFirstPaint(): FirstPaint {
  try {
    return parseFirstPaint(localStorage.getItem(FIRST_PAINT_KEY));
  } catch {
    return parseFirstPaint(null);
  }
}

export function readClaims(): Claims {
  try {
    return parseClaims(localStorage.getItem(CLAIMS_KEY));
  } catch {
    return {};
  }
}

/**
 * Claims the entry a tab opened at `now` paints from `mirror` (just read, in
 * the same synchronous step: no other page comes between). Writes the small
 * claims record, and the mirror only when a new hour or day takes the claim
 * as its entry. Should storage refuse, the tab still paints the entry.
 */
export function claimFirstPaint(
  mirror: FirstPaint,
  now: number,
): Pick<Claim, 'painted' | 'record'> {
  const claims = readClaims();
  const claim = claimEntry(mirror, claims, now);
  try {
    if (claim.claims !== claims) localStorage.setItem(CLAIMS_KEY, JSON.stringify(claim.claims));
    if (claim.mirror !== mirror)
      localStorage.setItem(FIRST_PAINT_KEY, JSON.stringify(claim.mirror));
  } catch {
    // Full or missing: other tabs may paint the same entry first, nothing worse.
  }
  return claim;
}

/** Forgets the claims the bag has just recorded (in the same synchronous step as the mirror's update). */
export function forgetClaims(recorded: readonly Painted[]): void {
  if (recorded.length === 0) return;
  try {
    localStorage.setItem(CLAIMS_KEY, JSON.stringify(forgetRecorded(readClaims(), recorded)));
  } catch {
    // Full or missing: the entries stay claimed, and are recorded once more (a repeat in history).
  }
}

/**
 * Replaces the mirror with what `change` makes of it. Read and write happen
 * in one synchronous step, so no other page of the extension comes between.
 */
export function updateFirstPaint(change: (mirror: FirstPaint) => FirstPaint): void {
  try {
    const mirror = readFirstPaint();
    const next = change(mirror);
    if (next === mirror) return;
    localStorage.setItem(FIRST_PAINT_KEY, JSON.stringify(next));
    for (const key of FIRST_PAINT_KEYS_BEFORE) localStorage.removeItem(key);
  } catch {
    // No localStorage here (the background worker) or it is full: pages then
    // paint a little later, from storage, and nothing is lost.
  }
}

export const mirrorSettings = (settings: Settings) =>
  updateFirstPaint((mirror) => ({ ...mirror, settings }));

/**
 * After the filters, pins or entries changed: the entries the next tabs
 * would paint as they now look, without those that may no longer show; and
 * the settings, when they are what changed (one write for both).
 */
export const refreshMirror = (from: PaintSource, settings?: Settings) =>
  updateFirstPaint((mirror) =>
    refreshed(settings ? { ...mirror, settings } : mirror, (entry) =>
      paintable(from, entry.view.id, entry.canGoBack),
    ),
  );

export function applyAppearance(root: HTMLElement, settings: Settings): void {
  for (const [name, value] of Object.entries(appearanceAttributes(appearanceOf(settings)))) {
    root.setAttribute(name, value);
  }
}

/** The page's theme, text size and typeface from the mirror, before a page has read storage. */
export const applyMirroredAppearance = (): void =>
  applyAppearance(document.documentElement, readFirstPaint().settings);
