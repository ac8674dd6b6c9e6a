import type { Font, TextSize, Theme } from '../../utils/settings';
import type { MessageKey } from '../../utils/text';
import { t } from '../translate';
import { Locked } from './Locked';
import { RadioGroup } from './RadioGroup';
import { SettingToggle } from './SettingToggle';
import type { SettingsForm } from './settingsForm';

const THEMES: Record<Theme, MessageKey> = {
  system: 'appearance.system',
  light: 'appearance.light',
  dark: 'appearance.dark',
};
const SIZES: Record<TextSize, MessageKey> = {
  small: 'appearance.small',
  medium: 'appearance.medium',
  large: 'appearance.large',
  'x-large': 'appearance.xLarge',
};
const FONTS: Record<Font, MessageKey> = { serif: 'appearance.serif', sans: 'appearance.sans' };

/** Radio options from values and the messages that name them. */
const optionsOf = <T extends string>(labels: Record<T, MessageKey>) =>
  (Object.entries(labels) as [T, MessageKey][]).map(([value, key]) => ({ value, label: t(key) }));

export function AppearanceChoices(form: SettingsForm) {
  const { settings, locked, onChange } = form;
  return (
    <section id="appearance" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t('appearance.title')}</h2>
      <Locked locked={locked.has('theme')}>
        <RadioGroup
          legend={t('appearance.theme')}
          name="theme"
          options={optionsOf(THEMES)}
          value={settings.theme}
          onChange={(theme) => onChange({ theme })}
        />
      </Locked>
      <Locked locked={locked.has('textSize')}>
        <RadioGroup
          legend={t('appearance.textSize')}
          name="text-size"
          options={optionsOf(SIZES)}
          value={settings.textSize}
          onChange={(textSize) => onChange({ textSize })}
        />
      </Locked>
      <Locked locked={locked.has('font')}>
        <RadioGroup
          legend={t('appearance.typeface')}
          name="font"
          options={optionsOf(FONTS)}
          value={settings.font}
          onChange={(font) => onChange({ font })}
        />
      </Locked>
      <fieldset class="choice-group">
        <legend>{t('appearance.onNewTab')}</legend>
        <SettingToggle name="showAuthor" label={t('appearance.showAuthor')} form={form} />
        <SettingToggle name="showTopics" label={t('appearance.showTopics')} form={form} />
      </fieldset>
    </section>
  );
}
