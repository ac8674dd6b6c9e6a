import { PERIODS, type Settings } from '../../utils/settings';
import { t } from '../translate';
import { RadioGroup } from './RadioGroup';

interface Props {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
}

export function RotationChoice({ settings, onChange }: Props) {
  return (
    <section id="rotation" aria-labelledby="rotation-title">
      <h2 id="rotation-title">{t('rotation.title')}</h2>
      <RadioGroup
        legend={t('rotation.legend')}
        name="period"
        options={PERIODS.map((value) => ({ value, label: t(`rotation.${value}`) }))}
        value={settings.period}
        onChange={(period) => onChange({ period })}
      />
      <p class="hint">{t('rotation.hint')}</p>
    </section>
  );
}
