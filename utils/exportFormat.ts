import { formatCsv } from './csv';
import type { Entry, EntryKind } from './entry';
import { isRecord } from './guards';
import { topicsCell } from './ownEntries';
import type { StoredSettings } from './settings';

/**
 * The files Tabwise writes: a pack (entries to share, without ids) as JSON or
 * CSV, and a backup (one user's settings, pins, hidden and own entries) as JSON.
 * importParse reads all of them back.
 */
export const PACK_FORMAT = 'tabwise-pack';
export const PACK_VERSION = 1;
export const BACKUP_FORMAT = 'tabwise-backup';
export const BACKUP_VERSION = 1;
/** Header of a pack CSV; topics are joined in one column (topicsCell). */
const CSV_COLUMNS = ['kind', 'text', 'author', 'topics'] as const;

/** One entry of a pack: no id and no source, since it joins someone else's entries. */
export interface PackEntry {
  kind: EntryKind;
  text: string;
  author?: string;
  topics: string[];
}

export interface Pack {
  format: typeof PACK_FORMAT;
  version: number;
  entries: PackEntry[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO time of the export; empty when a restored file did not say. */
  exportedAt: string;
  /** The stored settings record as it was, so restoring keeps fields of newer versions. */
  settings: StoredSettings;
  pins: string[];
  /** Entries never to show again (a backup from before hiding existed has none). */
  hidden: string[];
  /** Own entries with their ids, so pins and history still point at them. */
  entries: Entry[];
}

const toPackEntry = ({ kind, text, author, topics }: Entry): PackEntry => ({
  kind,
  text,
  ...(author !== undefined && { author }),
  topics: [...topics],
});

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function packJson(entries: readonly Entry[]): string {
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    entries: entries.map(toPackEntry),
  };
  return pretty(pack);
}

/**
 * Starts with a byte-order mark: without one, Excel for Windows reads a CSV
 * in the computer's legacy encoding (Windows-1252 in Western Europe) and
 * garbles every accent. Other spreadsheets, and our import, skip it. Fields
 * are separated as the user's spreadsheet expects (spreadsheetSeparator);
 * the import reads either.
 */
export function packCsv(entries: readonly Entry[], sep: ',' | ';' = ','): string {
  const rows = entries.map((e) => [e.kind, e.text, e.author ?? '', topicsCell(e.topics)]);
  return `\uFEFF${formatCsv([CSV_COLUMNS, ...rows], sep)}`;
}

/**
 * A full backup. Settings that are not a record (nothing stored yet) are
 * written as {}, which reads back as the same defaults and keeps the file
 * restorable.
 */
export function backupJson(
  backup: {
    settings: unknown;
    pins: readonly string[];
    hidden: readonly string[];
    entries: readonly Entry[];
    /** Damaged records kept aside (storage/damageStore.ts), carried for rescue, never restored. */
    damaged?: Record<string, unknown>;
  },
  now: Date,
): string {
  const { damaged } = backup;
  return pretty({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: isRecord(backup.settings) ? backup.settings : {},
    pins: backup.pins,
    hidden: backup.hidden,
    entries: backup.entries,
    ...(damaged && Object.keys(damaged).length > 0 && { damaged }),
  });
}

/** The name a backup downloads as: dated, so backups sort and never overwrite each other. */
export const backupFileName = (now: Date): string =>
  `tabwise-backup-${now.toISOString().slice(0, 10)}.json`;

/** The name an export of one's own entries downloads as. */
export const entriesFileName = (format: 'json' | 'csv'): string => `tabwise-entries.${format}`;
