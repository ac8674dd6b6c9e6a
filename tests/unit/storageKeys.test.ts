import { describe, expect, it } from 'vitest';
import * as keys from '../../utils/storageKeys';

describe('the names of stored records (utils/storageKeys.ts)', () => {
  // The first-paint mirror alone changes its name with its shape (see FIRST_PAINT_KEY): it is
  // a cache, written anew by the app, and the name it had before is listed to be removed.
  it('stay as every earlier version wrote them, so their data is found after an update', () => {
    expect({ ...keys }).toEqual({
      SETTINGS_KEY: 'settings',
      SETTINGS_UNSYNCED_KEY: 'settingsUnsynced',
      PINS_COPY_KEY: 'pinsCopy',
      HIDDEN_COPY_KEY: 'hiddenCopy',
      OWN_COPY_KEY: 'ownCopy',
      OWN_OVERFLOW_KEY: 'ownOverflow',
      ROTATION_KEY: 'rotation',
      DAMAGED_KEPT_KEY: 'damagedKept',
      POLICY_COPY_KEY: 'teamPolicyCopy',
      FIRST_PAINT_KEY: 'tabwise:first-paint:2',
      FIRST_PAINT_KEYS_BEFORE: ['tabwise:first-paint'],
      CLAIMS_KEY: 'tabwise:claims',
    });
  });

  it('name each record once', () => {
    const names = Object.values(keys);
    expect(new Set(names).size).toBe(names.length);
  });
});
