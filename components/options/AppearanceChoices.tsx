import type { Font, Settings, TextSize, Theme } from '../../utils/settings';
import { RadioGroup } from './RadioGroup';
import { Toggle } from './Toggle';

const THEME_OPTIONS: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const SIZE_OPTIONS: { value: TextSize; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'x-large', label: 'Extra large' },
];
const FONT_OPTIONS: { value: Font; label: string }[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans-serif' },
];

interface Props {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
}

export function AppearanceChoices({ settings, onChange }: Props) {
  return (
    <section aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <RadioGroup
        legend="Theme"
        name="theme"
        options={THEME_OPTIONS}
        value={settings.theme}
        onChange={(theme) => onChange({ theme })}
      />
      <RadioGroup
        legend="Text size"
        name="text-size"
        options={SIZE_OPTIONS}
        value={settings.textSize}
        onChange={(textSize) => onChange({ textSize })}
      />
      <RadioGroup
        legend="Typeface"
        name="font"
        options={FONT_OPTIONS}
        value={settings.font}
        onChange={(font) => onChange({ font })}
      />
      <fieldset class="choice-group">
        <legend>On the new tab</legend>
        <Toggle
          label="Show the author or source"
          checked={settings.showAuthor}
          onChange={(showAuthor) => onChange({ showAuthor })}
        />
        <Toggle
          label="Show topic tags"
          checked={settings.showTopics}
          onChange={(showTopics) => onChange({ showTopics })}
        />
      </fieldset>
    </section>
  );
}
