import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingToggle } from '../../components/options/SettingToggle';
import { t } from '../../components/translate';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

afterEach(cleanup);

function renderToggle(settings: Settings, locked: ReadonlySet<keyof Settings> = new Set()) {
  const changes: Partial<Settings>[] = [];
  render(
    <SettingToggle
      name="onlyMine"
      label="Only my own entries"
      form={{ settings, locked, onChange: (change) => changes.push(change) }}
    />,
  );
  const box = screen.getByRole('checkbox', { name: 'Only my own entries' }) as HTMLInputElement;
  return { box, changes };
}

describe('an on/off setting', () => {
  it('shows the setting’s value and changes only that setting when clicked', () => {
    const { box, changes } = renderToggle({ ...DEFAULT_SETTINGS, onlyMine: false });
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(changes).toEqual([{ onlyMine: true }]);
  });

  it('turns off a setting that is on', () => {
    const { box, changes } = renderToggle({ ...DEFAULT_SETTINGS, onlyMine: true });
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(changes).toEqual([{ onlyMine: false }]);
  });

  it('is disabled, with the reason, when the organisation locked it', () => {
    const { box } = renderToggle({ ...DEFAULT_SETTINGS, onlyMine: true }, new Set(['onlyMine']));
    expect(box.checked).toBe(true);
    expect(box.closest('fieldset[disabled]')).not.toBeNull();
    expect(screen.getByText(t('team.locked'))).toBeTruthy();
  });

  it('stays free when another setting is locked', () => {
    const { box } = renderToggle(DEFAULT_SETTINGS, new Set(['onlyPinned']));
    expect(box.closest('fieldset')).toBeNull();
    expect(screen.queryByText(t('team.locked'))).toBeNull();
  });
});
