import { type Text, text } from './text';

/** What the options page says once an import is stored: how many were added, and kept here. */
export function addedOutcome(added: number, notSynced: number): Text[] {
  const said = [text('import.added', { n: added }, added)];
  return notSynced > 0 ? [...said, text('import.keptHere', { n: notSynced }, notSynced)] : said;
}

/** What it says once a backup is restored: done, and anything sync refused. */
export function restoredOutcome(syncProblems: readonly Text[]): Text[] {
  return [text('import.restored'), ...syncProblems];
}
