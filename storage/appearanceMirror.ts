import {
  type Appearance,
  appearanceAttributes,
  appearanceOf,
  parseAppearance,
} from '../utils/appearance';
import type { Settings } from '../utils/settings';

/**
 * A copy of the appearance settings in localStorage: the one store a page can
 * read synchronously, before its first paint (extension pages share it).
 */
const MIRROR_KEY = 'tabwise:appearance';

export function readAppearanceMirror(): Appearance {
  try {
    return parseAppearance(localStorage.getItem(MIRROR_KEY));
  } catch {
    return parseAppearance(null);
  }
}

export function writeAppearanceMirror(settings: Settings): void {
  try {
    localStorage.setItem(MIRROR_KEY, JSON.stringify(appearanceOf(settings)));
  } catch {
    // No localStorage (a worker) or it is full: the page still paints, with defaults first.
  }
}

export function applyAppearance(root: HTMLElement, appearance: Appearance): void {
  for (const [name, value] of Object.entries(appearanceAttributes(appearance))) {
    root.setAttribute(name, value);
  }
}
