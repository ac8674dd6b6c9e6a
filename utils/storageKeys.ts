/**
 * The names of the records Tabwise stores, in one place: the stores in
 * storage/ write them, and the pure checks (utils/storageHealth.ts) and the
 * first-paint script read them. The chunked lists in sync (pins, hidden,
 * own entries) name their keys in their layouts.
 */

/** Settings: in storage.sync, and this browser's copy in storage.local. */
export const SETTINGS_KEY = 'settings';
/** storage.local: the names of the settings the copy changed that sync has not taken (true: all). */
export const SETTINGS_UNSYNCED_KEY = 'settingsUnsynced';

/** storage.local: this browser's copies of the chunked lists. */
export const PINS_COPY_KEY = 'pinsCopy';
export const HIDDEN_COPY_KEY = 'hiddenCopy';
export const OWN_COPY_KEY = 'ownCopy';
/** storage.local: own entries beyond what sync holds, on this browser only. */
export const OWN_OVERFLOW_KEY = 'ownOverflow';

/** storage.local: the device's shuffle bag and history. */
export const ROTATION_KEY = 'rotation';
/** storage.local: damaged records kept aside, by "area:key", for a backup to carry. */
export const DAMAGED_KEPT_KEY = 'damagedKept';
/** storage.local: the organisation's policy as the background last read it from managed storage. */
export const POLICY_COPY_KEY = 'teamPolicyCopy';

/**
 * localStorage: what the next tabs paint first, and the entries tabs have
 * claimed. The mirror's name carries the number of its shape: a tab never
 * paints from a mirror an older version wrote, whose entries lack what this
 * one shows (it loads the app, which writes the mirror anew and removes the
 * old one, FIRST_PAINT_KEYS_BEFORE).
 */
export const FIRST_PAINT_KEY = 'tabwise:first-paint:2';
export const FIRST_PAINT_KEYS_BEFORE = ['tabwise:first-paint'];
export const CLAIMS_KEY = 'tabwise:claims';
