import type { Settings } from '../../utils/settings';
import { Locked } from './Locked';
import type { SettingsForm } from './settingsForm';

/** The settings that are either on or off. */
type OnOffSetting = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];

interface Props {
  name: OnOffSetting;
  label: string;
  form: SettingsForm;
  class?: string;
}

/** One labelled checkbox for an on/off setting, disabled if the organisation locked it. */
export function SettingToggle({ name, label, form, class: className }: Props) {
  const { settings, locked, onChange } = form;
  const toggle = (on: boolean) => {
    const change: Partial<Settings> = {};
    change[name] = on;
    onChange(change);
  };
  return (
    <Locked locked={locked.has(name)}>
      <label class={className}>
        <input
          type="checkbox"
          checked={settings[name]}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />{' '}
        {label}
      </label>
    </Locked>
  );
}
