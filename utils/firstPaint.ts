import type { Entry, Source } from './entry';
import { matches } from './filters';
import { isOwnEntry } from './ownEntries';
import { periodKey } from './period';
import { readSettings, type Settings } from './settings';

/** An entry as the mirror keeps it: with its source, so it can be shown alone. */
export interface MirroredEntry {
  entry: Entry;
  source?: Source;
}

/**
 * What a new tab needs to paint its entry before it has loaded the corpus or
 * read any storage: the settings, the entry the rotation will give next, and
 * with hourly or daily rotation the period's entry. Kept as a mirror in
 * localStorage, the one store a page reads synchronously.
 */
export interface FirstPaint {
  settings: Settings;
  upcoming?: MirroredEntry;
  current?: MirroredEntry & { key: string };
}

const isMirroredEntry = (value: unknown): value is MirroredEntry => {
  const entry = (value as MirroredEntry | undefined)?.entry;
  return (
    typeof entry?.id === 'string' &&
    typeof entry.text === 'string' &&
    (entry.kind === 'quote' || entry.kind === 'tip') &&
    Array.isArray(entry.topics)
  );
};

export function parseFirstPaint(json: string | null): FirstPaint {
  let raw: Partial<Record<keyof FirstPaint, unknown>> = {};
  try {
    raw = json === null ? {} : JSON.parse(json);
  } catch {
    // A damaged mirror only costs the head start.
  }
  const current = raw.current as { key?: unknown } | undefined;
  return {
    settings: readSettings(raw.settings),
    ...(isMirroredEntry(raw.upcoming) && { upcoming: raw.upcoming }),
    ...(isMirroredEntry(current) &&
      typeof current.key === 'string' && { current: current as FirstPaint['current'] }),
  };
}

/**
 * The entry the rotation is expected to give a tab opened now: the period's
 * entry with hourly or daily rotation, else the one drawn in advance; null
 * when the mirror does not say or its entry does not pass the filters. A
 * wrong guess (settings or pins changed since) is corrected a moment later.
 */
export function predictEntry(hint: FirstPaint, now: Date): MirroredEntry | null {
  const key = periodKey(hint.settings.period, now);
  const candidate = key !== null && hint.current?.key === key ? hint.current : hint.upcoming;
  if (!candidate) return null;
  // Pins are not mirrored: the entry drawn in advance was drawn from them.
  if (hint.settings.onlyPinned) return candidate;
  if (hint.settings.onlyMine && !isOwnEntry(candidate.entry)) return null;
  const sources = new Map(candidate.source ? [[candidate.source.id, candidate.source]] : []);
  return matches(candidate.entry, hint.settings, sources) ? candidate : null;
}
