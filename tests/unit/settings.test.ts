// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  changesNothing,
  DEFAULT_SETTINGS,
  migrateSettings,
  readSettings,
  readSettingsCopy,
  SETTINGS_VERSION,
  unsyncedSettings,
  withUnsynced,
} from '../../utils/settings';

/** Records exactly as version 1 wrote them: the kind choice was one string. */
const V1_RECORDS = {
  quotes: { v: 1, show: 'quotes', topics: ['calm'], authors: [], period: 'day', theme: 'dark' },
  tips: { v: 1, show: 'tips', topics: [], authors: ['Maya Angelou'], period: 'tab' },
  both: { v: 1, show: 'both', textSize: 'large', font: 'sans', showAuthor: false },
};

describe('settings schema', () => {
  it('defaults to both kinds, no topic or author filter, every new tab, system theme', () => {
    expect(readSettings(undefined)).toEqual({
      kinds: ['quote', 'tip'],
      topics: [],
      authors: [],
      period: 'tab',
      theme: 'system',
      textSize: 'medium',
      font: 'serif',
      showAuthor: true,
      showTopics: true,
      onlyPinned: false,
      onlyMine: false,
      onlyTeam: false,
    });
  });

  it.each(['garbage', 42, null, ['list']])('reads defaults from a stored %j', (raw) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
    expect(readSettingsCopy(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a copy of settings as they were, unversioned, without migrating it', () => {
    const copy = { ...DEFAULT_SETTINGS, kinds: ['tip'], theme: 'dark', font: 'comic' };
    expect(readSettingsCopy(copy)).toEqual({ ...DEFAULT_SETTINGS, kinds: ['tip'], theme: 'dark' });
  });

  it('migrates version 1 records to the current version without losing a field', () => {
    expect(migrateSettings(V1_RECORDS.quotes)).toEqual({
      v: SETTINGS_VERSION,
      kinds: ['quote'],
      topics: ['calm'],
      authors: [],
      period: 'day',
      theme: 'dark',
    });
    expect(readSettings(V1_RECORDS.tips)).toMatchObject({
      kinds: ['tip'],
      authors: ['Maya Angelou'],
    });
    expect(readSettings(V1_RECORDS.both)).toMatchObject({
      kinds: ['quote', 'tip'],
      textSize: 'large',
      font: 'sans',
      showAuthor: false,
    });
  });

  it('treats a record with no version as version 1', () => {
    expect(migrateSettings({ show: 'tips' })).toMatchObject({ v: 2, kinds: ['tip'] });
  });

  it('leaves a current record unchanged when migrating', () => {
    const current = { v: SETTINGS_VERSION, kinds: ['tip'], theme: 'light' };
    expect(migrateSettings(current)).toBe(current);
  });

  it('reads a newer record as far as it is understood', () => {
    const newer = {
      v: SETTINGS_VERSION + 3,
      kinds: ['quote', 'video'],
      theme: 'sepia',
      textSize: 'large',
      sparkles: true,
    };
    const settings = readSettings(newer);
    expect(settings.textSize).toBe('large');
    expect(settings.theme).toBe('system');
    expect(settings.kinds).toEqual(DEFAULT_SETTINGS.kinds);
  });

  it('keeps a newer record’s version and unknown fields when changing it', () => {
    const newer = { v: SETTINGS_VERSION + 1, theme: 'sepia', sparkles: { level: 3 } };
    expect(applyChanges(newer, { textSize: 'small' })).toEqual({
      v: SETTINGS_VERSION + 1,
      theme: 'sepia',
      sparkles: { level: 3 },
      textSize: 'small',
    });
  });

  it('migrates an older record while changing it', () => {
    expect(applyChanges(V1_RECORDS.tips, { theme: 'light' })).toMatchObject({
      v: SETTINGS_VERSION,
      kinds: ['tip'],
      theme: 'light',
    });
  });

  it('knows when a change changes nothing', () => {
    expect(changesNothing(undefined, { theme: 'system' })).toBe(true);
    expect(changesNothing({ v: 2, topics: ['calm'] }, { topics: ['calm'] })).toBe(true);
    expect(changesNothing({ v: 2, topics: ['calm'] }, { topics: [] })).toBe(false);
  });
});

describe('unsyncedSettings', () => {
  it('reads the names of the settings waiting for sync, true as the whole record, anything else as none', () => {
    expect(unsyncedSettings(['theme', 'bogus', 3, 'topics'])).toEqual(['theme', 'topics']);
    expect(unsyncedSettings(true)).toBe('all');
    for (const none of [undefined, false, [], ['bogus'], 'theme', { theme: true }]) {
      expect(unsyncedSettings(none)).toBeNull();
    }
  });

  it('adds the names of settings changed since, keeping the whole record once it waits', () => {
    expect(withUnsynced(['theme'], ['font', 'theme'])).toEqual(['theme', 'font']);
    expect(withUnsynced(undefined, ['font'])).toEqual(['font']);
    expect(withUnsynced(true, ['font'])).toBe(true);
  });
});
