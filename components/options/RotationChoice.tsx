import { PERIODS } from '../../utils/settings';
import { t } from '../translate';
import { Locked } from './Locked';
import { RadioGroup } from './RadioGroup';
import type { SettingsForm } from './settingsForm';

export function RotationChoice({ settings, locked, onChange }: SettingsForm) {
  return (
    <section id="rotation" aria-labelledby="rotation-title">
      <h2 id="rotation-title">{t('rotation.title')}</h2>
      <Locked locked={locked.has('period')}>
        <RadioGroup
          legend={t('rotation.legend')}
          name="period"
          options={PERIODS.map((value) => ({ value, label: t(`rotation.${value}`) }))}
          value={settings.period}
          onChange={(period) => onChange({ period })}
        />
      </Locked>
      <p class="hint">{t('rotation.hint')}</p>
    </section>
  );
}
