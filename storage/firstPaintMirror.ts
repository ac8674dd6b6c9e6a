import { appearanceAttributes, appearanceOf } from '../utils/appearance';
import { type FirstPaint, parseFirstPaint } from '../utils/firstPaint';
import type { Settings } from '../utils/settings';

/**
 * The first-paint mirror lives in localStorage: shared by the extension's
 * pages and read synchronously. Nothing here may import the browser API
 * wrapper or the corpus: the new tab reads it before loading either.
 */
const MIRROR_KEY = 'tabwise:first-paint';

export function readFirstPaint(): FirstPaint {
  try {
    return parseFirstPaint(localStorage.getItem(MIRROR_KEY));
  } catch {
    return parseFirstPaint(null);
  }
}

/** Replaces parts of the mirror; a part given as undefined is removed. */
export function updateFirstPaint(change: Partial<FirstPaint>): void {
  try {
    localStorage.setItem(MIRROR_KEY, JSON.stringify({ ...readFirstPaint(), ...change }));
  } catch {
    // No localStorage here (the background worker) or it is full: pages then
    // paint a little later, from storage, and nothing is lost.
  }
}

export const mirrorSettings = (settings: Settings) => updateFirstPaint({ settings });

export function applyAppearance(root: HTMLElement, settings: Settings): void {
  for (const [name, value] of Object.entries(appearanceAttributes(appearanceOf(settings)))) {
    root.setAttribute(name, value);
  }
}
