import type { Settings } from './settings';

/** The settings a page needs before its first paint. */
export type Appearance = Pick<Settings, 'theme' | 'textSize' | 'font'>;

export function appearanceOf(settings: Settings): Appearance {
  return { theme: settings.theme, textSize: settings.textSize, font: settings.font };
}

/** The attributes on <html> that the stylesheets key on. */
export function appearanceAttributes(appearance: Appearance): Record<string, string> {
  return {
    'data-theme': appearance.theme,
    'data-size': appearance.textSize,
    'data-font': appearance.font,
  };
}
