import { ENTRY_KINDS, type EntryKind } from './entry';
import { isBoolean, isRecord, isStringArray } from './guards';

/**
 * The user's settings: one schema, defined here, stored in storage.sync as a
 * single record `{ v, ...fields }`.
 */
export interface Settings {
  /** Kinds to show; empty means all. */
  kinds: EntryKind[];
  /** Topic ids to show; empty means all. */
  topics: string[];
  /** Author names to show; empty means all. */
  authors: string[];
  period: Period;
  theme: Theme;
  textSize: TextSize;
  font: Font;
  showAuthor: boolean;
  showTopics: boolean;
  /** Rotate through pinned entries only (the other filters then do not apply). */
  onlyPinned: boolean;
  /** Show only the user's own entries (with the other filters). */
  onlyMine: boolean;
  /** Show only entries from the user's organisation (with the other filters). */
  onlyTeam: boolean;
}

export const PERIODS = ['tab', 'hour', 'day'] as const;
export type Period = (typeof PERIODS)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const FONTS = ['serif', 'sans'] as const;
export type Font = (typeof FONTS)[number];

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  kinds: [...ENTRY_KINDS],
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
};

/** A stored record: our fields plus whatever a newer version added. */
export type StoredSettings = Record<string, unknown> & { v?: unknown };

/**
 * Steps that upgrade a record written by version n to version n + 1, keyed by
 * n. Each keeps every field it does not understand.
 */
const MIGRATIONS: Record<number, (old: StoredSettings) => StoredSettings> = {
  // v1 kept "what to show" as one three-way choice; v2 keeps a list of kinds,
  // so that more kinds (the user's own entries) can join it.
  1: ({ show, ...rest }) => ({
    ...rest,
    kinds: show === 'quotes' ? ['quote'] : show === 'tips' ? ['tip'] : [...ENTRY_KINDS],
    v: 2,
  }),
};

export function storedVersion(raw: StoredSettings): number {
  return typeof raw.v === 'number' && Number.isInteger(raw.v) && raw.v > 0 ? raw.v : 1;
}

/** Upgrades an older record step by step; newer or current records pass unchanged. */
export function migrateSettings(raw: StoredSettings): StoredSettings {
  let record = raw;
  for (let v = storedVersion(record); v < SETTINGS_VERSION; v = storedVersion(record)) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from settings version ${v}`);
    record = step(record);
  }
  return record;
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value);

const FIELD_CHECKS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  kinds: (value): value is EntryKind[] => isStringArray(value) && value.every(oneOf(ENTRY_KINDS)),
  topics: isStringArray,
  authors: isStringArray,
  period: oneOf(PERIODS),
  theme: oneOf(THEMES),
  textSize: oneOf(TEXT_SIZES),
  font: oneOf(FONTS),
  showAuthor: isBoolean,
  showTopics: isBoolean,
  onlyPinned: isBoolean,
  onlyMine: isBoolean,
  onlyTeam: isBoolean,
};

export const isSettingName = (name: unknown): name is keyof Settings =>
  typeof name === 'string' && Object.hasOwn(FIELD_CHECKS, name);

/** Whether a value (read from storage or an administrator's policy) is one the setting takes. */
export const isSettingValue = <K extends keyof Settings>(
  name: K,
  value: unknown,
): value is Settings[K] => FIELD_CHECKS[name](value);

/**
 * What an organisation's policy says about settings: values for those the
 * user has not changed (not in their record), and those the user may not
 * change (the policy's value, else the default, whatever the record says).
 */
export interface SettingsPolicy {
  defaults: Partial<Settings>;
  locked: readonly (keyof Settings)[];
}

const NO_SETTINGS_POLICY: SettingsPolicy = { defaults: {}, locked: [] };

/** `base` with each field of `record` (in the current shape) that passes its check. */
function withValidFields(base: Settings, record: Record<string, unknown>): Settings {
  const settings = { ...base };
  for (const key of Object.keys(FIELD_CHECKS) as (keyof Settings)[]) {
    const value = record[key];
    if (FIELD_CHECKS[key](value)) Object.assign(settings, { [key]: value });
  }
  return settings;
}

/**
 * Reads settings from a stored record of any version, as far as they are
 * understood: an older record is migrated, and each field that is missing or
 * not understood (for instance a value a newer version introduced) falls back
 * to its default (the organisation's, else ours) without touching the
 * others; locked settings take the organisation's value.
 */
export function readSettings(raw: unknown, policy: SettingsPolicy = NO_SETTINGS_POLICY): Settings {
  const base = { ...DEFAULT_SETTINGS, ...policy.defaults };
  const settings = isRecord(raw) ? withValidFields(base, migrateSettings(raw)) : { ...base };
  for (const key of policy.locked) Object.assign(settings, { [key]: base[key] });
  return settings;
}

/**
 * Reads settings this version wrote as they were in memory (the first-paint
 * mirror's copy), which carry no version number: each field is checked, none
 * is migrated.
 */
export const readSettingsCopy = (raw: unknown): Settings =>
  isRecord(raw) ? withValidFields(DEFAULT_SETTINGS, raw) : { ...DEFAULT_SETTINGS };

/**
 * The record to store after changing some fields: the stored record with the
 * changes laid over it. Fields and a version number written by a newer version
 * survive; an older record is migrated first.
 */
export function applyChanges(raw: unknown, changes: Partial<Settings>): StoredSettings {
  const base = isRecord(raw) ? migrateSettings(raw) : { v: SETTINGS_VERSION };
  return { ...base, ...changes, v: Math.max(storedVersion(base), SETTINGS_VERSION) };
}

/** True when applying the changes would store nothing new. */
export function changesNothing(raw: unknown, changes: Partial<Settings>): boolean {
  const current = readSettings(raw);
  return (Object.keys(changes) as (keyof Settings)[]).every(
    (key) => JSON.stringify(current[key]) === JSON.stringify(changes[key]),
  );
}

/**
 * The settings this browser changed that sync has not taken yet, as kept in
 * storage.local: the names of those changed, or true for the whole record (a
 * backup restored, or a copy an earlier version marked); null when none wait.
 * Only those named are sent: sending the whole copy would put defaults, or
 * values another browser has changed since, over what sync holds.
 */
export function unsyncedSettings(raw: unknown): (keyof Settings)[] | 'all' | null {
  if (raw === true) return 'all';
  const names = Array.isArray(raw) ? raw.filter(isSettingName) : [];
  return names.length > 0 ? names : null;
}

/** What to keep as waiting for sync once `changed` is changed here too. */
export function withUnsynced(raw: unknown, changed: readonly (keyof Settings)[]) {
  const waiting = unsyncedSettings(raw);
  return waiting === 'all' ? true : [...new Set([...(waiting ?? []), ...changed])];
}
