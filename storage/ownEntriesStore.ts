import { browser } from 'wxt/browser';
import { type ChunkedLayout, layoutKeys, packChunks, unpackChunks } from '../utils/chunkedRecord';
import type { Entry } from '../utils/entry';
import { isList } from '../utils/guards';
import {
  baseWhileUnreadable,
  laidOverSync,
  parseLocalCopy,
  refusedProblem,
  storedCopy,
} from '../utils/localCopy';
import {
  applyOwnChange,
  changedNothing,
  type OwnChange,
  parseOwnEntry,
  storedOwnEntry,
} from '../utils/ownEntries';
import type { OwnEntryRequest } from '../utils/ownEntryRequest';
import { readOverflow, storedOverflow } from '../utils/ownOverflow';
import { OWN_COPY_KEY, OWN_OVERFLOW_KEY } from '../utils/storageKeys';
import { failureReason, syncProblemMessage, syncProblemText } from '../utils/syncErrors';
import { type Text, TextError, text } from '../utils/text';
import { readSync, watchStorage, withLock, writeSyncedWithCopy } from './access';

/**
 * Own entries live in storage.sync while they fit (a chunked list of up to
 * six items, about 48 KB); the ones after that stay in storage.local on this
 * browser (OWN_OVERFLOW_KEY, one JSON text: utils/ownOverflow.ts). OWN_COPY_KEY
 * keeps a copy of the synced part, read while sync is unavailable or behind.
 */
export const OWN_LAYOUT: ChunkedLayout = { key: 'own', version: 1, maxChunks: 6 };
const LOCK_NAME = 'tabwise:own';
const KEYS = layoutKeys(OWN_LAYOUT);

export interface LoadedOwn {
  entries: Entry[];
  /** How many are kept on this browser only, because sync is full. */
  notSynced: number;
  /** Written by a newer version of Tabwise: shown, but not changed by this one. */
  newer: boolean;
  syncProblem: Text | null;
}

export class NewerEntriesError extends TextError {
  constructor() {
    super(text('own.newer'));
  }
}

const parseAll = (values: unknown): Entry[] =>
  (Array.isArray(values) ? values : []).flatMap((value) => parseOwnEntry(value) ?? []);

async function readAll() {
  const [local, synced] = await Promise.all([
    browser.storage.local.get([OWN_OVERFLOW_KEY, OWN_COPY_KEY]),
    readSync(KEYS),
  ]);
  const copy = parseLocalCopy(local[OWN_COPY_KEY], 'entries', isList);
  const overflow = parseAll(readOverflow(local[OWN_OVERFLOW_KEY]));
  const kept = [...parseAll(copy?.values), ...overflow];
  const read = {
    synced,
    entries: kept,
    notSynced: overflow.length,
    newer: false,
    syncProblem: null as Text | null,
    caughtUp: false,
    base: undefined as string[] | undefined,
  };
  if ('error' in synced) {
    // What a change made now starts from (see LocalCopy).
    const base = baseWhileUnreadable(copy, () => kept.map(idOf));
    return { ...read, syncProblem: syncProblemMessage(synced.error, 'entries'), base };
  }
  if (copy?.unsynced && !copy.base) return read;
  const { values, newer } = unpackChunks(OWN_LAYOUT, synced.items);
  const inSync = parseAll(values);
  // Entries kept on this browser only (sync was full) come after those in sync.
  // A Set and a filter: laidOverSync's Map took some 3–7 ms more with 10,000 of them.
  const syncedIds = inSync.map(idOf);
  const ids = new Set(syncedIds);
  const onlyHere = overflow.filter((e) => !ids.has(e.id));
  const stored = [...inSync, ...onlyHere];
  const entries =
    copy?.unsynced && copy.base
      ? laidOverSync(inSync, kept, copy.base, idOf, newerRevision)
      : stored;
  return {
    ...read,
    entries,
    notSynced: onlyHere.length,
    newer,
    caughtUp: !copy?.unsynced,
    base: syncedIds,
    syncProblem: refusedProblem(copy, 'entries'),
  };
}

const idOf = (entry: Entry) => entry.id;

/** Of an entry changed here and in sync, the one edited more (each edit or rename adds a revision). */
const newerRevision = (mine: Entry, synced: Entry): Entry =>
  (mine.rev ?? 0) > (synced.rev ?? 0) ? mine : synced;

/** Reads the user's own entries: the synced ones, then those kept on this browser. */
export async function loadOwnEntries(): Promise<LoadedOwn> {
  const { entries, notSynced, newer, syncProblem } = await readAll();
  return { entries, notSynced, newer, syncProblem };
}

/**
 * Applies `apply` to the latest stored entries under a lock and writes them:
 * as many as fit to sync, in order, the rest to this browser. When sync
 * refuses, everything is kept on this browser and the result says so
 * (changes made while sync could not be read are laid over what it holds at
 * the next write: see LocalCopy). A change that changes nothing (entries
 * another tab deleted a moment ago) writes nothing, unless entries wait to
 * be sent to sync: each write counts against sync's hourly quota and makes
 * every open page read them all again.
 */
export function updateOwnEntries(
  apply: (entries: readonly Entry[]) => readonly Entry[],
  { replaces = false } = {},
): Promise<LoadedOwn> {
  return withLock(LOCK_NAME, async () => {
    const current = await readAll();
    if (current.newer) throw new NewerEntriesError();
    // Entries that replace them all (a backup restored) replace whatever sync holds.
    const base = replaces ? undefined : current.base;
    const entries = [...apply(current.entries)];
    if (current.caughtUp && changedNothing(current.entries, entries)) {
      return { entries, notSynced: current.notSynced, newer: false, syncProblem: null };
    }
    const stored = entries.map(storedOwnEntry);
    const { items, packed, unused } = packChunks(OWN_LAYOUT, stored);
    const overflow = stored.slice(packed);
    const syncedPart = stored.slice(0, packed);
    const refused = await writeSyncedWithCopy(current.synced, { items, unused }, (refused) => ({
      [OWN_OVERFLOW_KEY]: storedOverflow(overflow),
      [OWN_COPY_KEY]: storedCopy('entries', syncedPart, refused && { base, refused }),
    }));
    const syncProblem = refused && syncProblemText(refused, 'entries');
    return { entries, notSynced: overflow.length, newer: false, syncProblem };
  });
}

/** Applies one change (or none, to send what waits for sync) to the stored entries: see updateOwnEntries. */
export const changeOwnEntries = (change: OwnChange | null): Promise<LoadedOwn> =>
  updateOwnEntries((entries) => (change ? applyOwnChange(entries, change) : entries), {
    replaces: change?.type === 'replace',
  });

/**
 * Carries out the new tab's request (see OwnEntryRequest), in the background.
 * Answers with why it failed, for the page to say, or null (in an object:
 * an empty answer is the browser's for "nobody answered").
 */
export async function answerOwnEntryRequest(
  request: OwnEntryRequest,
): Promise<{ problem: Text | null }> {
  try {
    await changeOwnEntries(
      request.type === 'tabwise.deleteOwn'
        ? { type: 'delete', ids: [request.id] }
        : { type: 'restore', deleted: [{ entry: request.entry, at: request.at }] },
    );
    return { problem: null };
  } catch (error) {
    // The browser's own words are for the console, never for a person.
    if (!(error instanceof TextError)) console.error(error);
    return { problem: failureReason(error) };
  }
}

/** Sends entries kept on this browser while sync was unavailable, if any. */
export async function catchUpOwnEntries(): Promise<void> {
  const local = await browser.storage.local.get(OWN_COPY_KEY);
  if (parseLocalCopy(local[OWN_COPY_KEY], 'entries', isList)?.unsynced)
    await changeOwnEntries(null);
}

/** Calls onChange with fresh entries whenever they change, here or on another device. */
export function watchOwnEntries(onChange: (loaded: LoadedOwn) => void): () => void {
  return watchStorage(
    (key) => key.startsWith(OWN_LAYOUT.key) || key === OWN_OVERFLOW_KEY || key === OWN_COPY_KEY,
    loadOwnEntries,
    onChange,
  );
}
