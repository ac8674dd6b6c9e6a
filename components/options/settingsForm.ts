import type { Settings } from '../../utils/settings';

/** What a control of the settings form gets: the settings, which are locked, where changes go. */
export interface SettingsForm {
  settings: Settings;
  /** Settings the user's organisation has locked. */
  locked: ReadonlySet<keyof Settings>;
  onChange: (changes: Partial<Settings>) => void;
}
