import type { Entry, Provenance, Source } from '../entry';
import { isRecord } from '../guards';
import { jsonDraft } from '../import/jsonDraft';
import { checkCandidate } from '../import/preview';
import { duplicateKey } from '../ownEntries';
import { isSettingName, isSettingValue, type Settings } from '../settings';
import { type Text, text } from '../text';
import { teamEntryId } from './teamIds';

/**
 * What an administrator pushes through enterprise policy (the extension's
 * managed storage, public/managed_schema.json): packs of entries, defaults
 * for settings the user has not changed, and settings the user may not
 * change. Read the same way by the pages and by `npm run pack:check`.
 * Nothing in the policy can break the extension: whatever cannot be used is
 * skipped and reported as a problem, and the rest is used.
 */

/** Where in the policy a problem is: the keys and indexes from its root. */
export type PolicyPath = readonly (string | number)[];

/** What kind of thing was skipped, for the options page's one sentence. */
export type ProblemKind = 'entry' | 'pack' | 'setting';

export interface PolicyProblem {
  path: PolicyPath;
  kind: ProblemKind;
  /** Why, in sentences. */
  reasons: readonly Text[];
}

export interface TeamPack {
  name: string;
  /** How many of its entries are in use. */
  count: number;
}

export interface TeamPolicy {
  packs: readonly TeamPack[];
  /** Every pack's entries, in policy order, read-only. */
  entries: readonly Entry[];
  /** One source per pack: what the new tab credits a team entry to. */
  sources: readonly Source[];
  /** Values for settings the user has not changed. */
  defaults: Partial<Settings>;
  /** Settings the user may not change. */
  locked: readonly (keyof Settings)[];
  problems: readonly PolicyProblem[];
}

export const NO_POLICY: TeamPolicy = {
  packs: [],
  entries: [],
  sources: [],
  defaults: {},
  locked: [],
  problems: [],
};

/** Team sources' ids start with this; a pack's name follows it. */
export const TEAM_SOURCE_PREFIX = 'org:';

export const isTeamEntry = (entry: Pick<Entry, 'source'>): boolean =>
  entry.source.startsWith(TEAM_SOURCE_PREFIX);

const MAX_PACK_NAME_LENGTH = 80;

/** Reads managed storage as the browser hands it over: any value at all. */
export function parsePolicy(raw: unknown): TeamPolicy {
  if (!isRecord(raw)) return NO_POLICY;
  const problems: PolicyProblem[] = [];
  const packs = readPacks(raw.packs, problems);
  const defaults = readDefaults(raw.defaults, problems);
  const locked = readLocked(raw.locked, problems);
  return { ...packs, defaults, locked, problems };
}

function readPacks(value: unknown, problems: PolicyProblem[]) {
  const packs: TeamPack[] = [];
  const entries: Entry[] = [];
  const sources: Source[] = [];
  if (value === undefined) return { packs, entries, sources };
  if (!Array.isArray(value)) {
    problems.push({ path: ['packs'], kind: 'pack', reasons: [text('team.problem.packsNotList')] });
    return { packs, entries, sources };
  }
  const ids = new Set<string>();
  const texts = new Set<string>();
  value.forEach((pack, at) => {
    const name = packName(pack);
    if (!name || !isRecord(pack) || !Array.isArray(pack.entries)) {
      const reason = name ? 'team.problem.noEntries' : 'team.problem.noName';
      problems.push({ path: ['packs', at], kind: 'pack', reasons: [text(reason)] });
      return;
    }
    if (packs.some((known) => known.name === name)) {
      problems.push({
        path: ['packs', at],
        kind: 'pack',
        reasons: [text('team.problem.sameName')],
      });
      return;
    }
    const source: Source = {
      id: `${TEAM_SOURCE_PREFIX}${name}`,
      title: name,
      collection: true,
      team: true,
    };
    let count = 0;
    pack.entries.forEach((element: unknown, index: number) => {
      const path = ['packs', at, 'entries', index];
      const entry = readEntry(element, source);
      if (Array.isArray(entry)) {
        problems.push({ path, kind: 'entry', reasons: entry });
        return;
      }
      const key = duplicateKey(entry.text);
      // Text first: a repeated text in one pack also repeats its derived id,
      // and "the same id" would puzzle an administrator who gave none.
      const reason = texts.has(key)
        ? 'team.problem.sameText'
        : ids.has(entry.id)
          ? 'team.problem.sameId'
          : null;
      if (reason) {
        problems.push({ path, kind: 'entry', reasons: [text(reason)] });
        return;
      }
      ids.add(entry.id);
      texts.add(key);
      entries.push(entry);
      count++;
    });
    packs.push({ name, count });
    sources.push(source);
  });
  return { packs, entries, sources };
}

function packName(pack: unknown): string | null {
  if (!isRecord(pack) || typeof pack.name !== 'string') return null;
  const name = pack.name.replace(/\s+/g, ' ').trim();
  return name !== '' && name.length <= MAX_PACK_NAME_LENGTH ? name : null;
}

/** A pack's entry, with the import format's rules, or why it cannot be used. */
function readEntry(element: unknown, source: Source): Entry | Text[] {
  const checked = checkCandidate(jsonDraft(element));
  if (Array.isArray(checked)) return checked;
  const raw = element as Record<string, unknown>;
  const provenance = readProvenance(raw.provenance);
  if (provenance === null) return [text('team.problem.badProvenance')];
  if (provenance && !checked.author) return [text('team.problem.provenanceWithoutAuthor')];
  const id = teamEntryId(source.title, raw.id, checked.text);
  if (id === null) return [text('team.problem.badId')];
  return {
    id,
    source: source.id,
    ...checked,
    // Lower case, as a pack's topics have always been: the filters users saved still match them.
    topics: checked.topics.map((topic) => topic.toLowerCase()),
    ...(provenance && { provenance }),
  };
}

/**
 * { attributed: true } (no primary source shows the author said it), or
 * where the words were checked: { work, year, where? }. Always an object,
 * as Chrome's policy schema has no "either a string or an object". Undefined
 * when there is none; null when what is given cannot be read.
 */
function readProvenance(value: unknown): Provenance | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) return null;
  const { attributed, work, year, where } = value;
  if (attributed === true && work === undefined) return { kind: 'attributed' };
  if (typeof work !== 'string' || work.trim() === '') return null;
  if (!Number.isInteger(year)) return null;
  if (where !== undefined && typeof where !== 'string') return null;
  return {
    kind: 'cited',
    work: work.trim(),
    year: year as number,
    ...(typeof where === 'string' && where.trim() !== '' && { where: where.trim() }),
  };
}

function readDefaults(value: unknown, problems: PolicyProblem[]): Partial<Settings> {
  const defaults: Partial<Settings> = {};
  if (value === undefined) return defaults;
  if (!isRecord(value)) {
    problems.push({
      path: ['defaults'],
      kind: 'setting',
      reasons: [text('team.problem.notObject')],
    });
    return defaults;
  }
  for (const [name, setting] of Object.entries(value)) {
    const path = ['defaults', name];
    if (!isSettingName(name)) {
      problems.push({
        path,
        kind: 'setting',
        reasons: [text('team.problem.unknownSetting', { name })],
      });
    } else if (!isSettingValue(name, setting)) {
      problems.push({ path, kind: 'setting', reasons: [text('team.problem.badValue', { name })] });
    } else Object.assign(defaults, { [name]: setting });
  }
  return defaults;
}

function readLocked(value: unknown, problems: PolicyProblem[]): (keyof Settings)[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({
      path: ['locked'],
      kind: 'setting',
      reasons: [text('team.problem.lockedNotList')],
    });
    return [];
  }
  const locked = new Set<keyof Settings>();
  value.forEach((name: unknown, at) => {
    if (typeof name === 'string' && isSettingName(name)) locked.add(name);
    else {
      const shown = typeof name === 'string' ? name : (JSON.stringify(name) ?? '');
      problems.push({
        path: ['locked', at],
        kind: 'setting',
        reasons: [text('team.problem.unknownSetting', { name: shown })],
      });
    }
  });
  return [...locked];
}
