import { isRecord } from '../guards';
import type { EntryDraft } from '../ownEntries';
import { lineAt, lineStarts, memberValueStart } from './jsonTokens';
import { type Candidate, excerptOf } from './preview';

/**
 * The settings file of Bonjourr, another new-tab extension ("Export
 * settings", `bonjourr-<version> <date>.json`), for someone moving from it:
 * its `quotes.userlist` holds the user's own quotes, one a line, the author,
 * a comma, then the words ("Ann Lee, Be kind."), as Bonjourr reads them;
 * before its version 1.19, a list of [author, words] pairs.
 */

/** The quotes of a Bonjourr settings file, each at the line of their list; undefined for another object. */
export function bonjourrQuotes(
  data: Record<string, unknown>,
  text: string,
  root: number,
): Candidate[] | undefined {
  const rows = isRecord(data.quotes) ? userRows(data.quotes.userlist) : undefined;
  if (!rows) return undefined;
  const quotesAt = memberValueStart(text, root, 'quotes');
  const listAt = quotesAt === undefined ? undefined : memberValueStart(text, quotesAt, 'userlist');
  const line = lineAt(lineStarts(text), listAt ?? root);
  return rows.flatMap((row) =>
    row.trim() === '' ? [] : [{ line, excerpt: excerptOf(row), draft: rowDraft(row) }],
  );
}

function userRows(list: unknown): string[] | undefined {
  if (typeof list === 'string') return list.split(/\r?\n/);
  if (!Array.isArray(list)) return undefined;
  return list.map((pair) => (Array.isArray(pair) ? pair.join(',') : ''));
}

/** A row as Bonjourr reads it: the author up to the first comma, the words after it. */
function rowDraft(row: string): EntryDraft {
  const comma = row.indexOf(',');
  const author = (comma < 0 ? row : row.slice(0, comma)).trim();
  const words = comma < 0 ? '' : row.slice(comma + 1);
  return { kind: 'quote', text: words, ...(author && { author }), topics: [] };
}
