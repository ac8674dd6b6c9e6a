import type { Period, Settings } from '../../utils/settings';
import { RadioGroup } from './RadioGroup';

const PERIOD_OPTIONS: { value: Period; label: string }[] = [
  { value: 'tab', label: 'Every new tab' },
  { value: 'hour', label: 'Every hour' },
  { value: 'day', label: 'Every day' },
];

interface Props {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
}

export function RotationChoice({ settings, onChange }: Props) {
  return (
    <section aria-labelledby="rotation-title">
      <h2 id="rotation-title">Rotation</h2>
      <RadioGroup
        legend="Show a new entry"
        name="period"
        options={PERIOD_OPTIONS}
        value={settings.period}
        onChange={(period) => onChange({ period })}
      />
      <p class="hint">
        With every hour or every day, all tabs in that time show the same entry; Next still moves
        on.
      </p>
    </section>
  );
}
