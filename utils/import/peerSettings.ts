import { isRecord } from '../guards';
import { lineAt, lineStarts, memberValueStart } from './jsonTokens';

/**
 * The settings files of other new-tab extensions, for someone moving from
 * one: the quotes they added there. Bonjourr ("Export settings",
 * `bonjourr-<version> <date>.json`) keeps them in `quotes.userlist`, one a
 * line, the author, a comma, then the words ("Ann Lee, Be kind."); before
 * its version 1.19, as [author, words] pairs. Mue ("Export",
 * `mue_settings_backup_<date>.json`) saves its localStorage, where
 * `customQuote` is JSON text of [{"quote", "author"}]; before, the one quote
 * itself, its author in `customQuoteAuthor`.
 */

export interface PeerQuotes {
  /** The line of the file that holds them (one value, so one line for all). */
  line: number;
  /** Each quote as an entry-like element, with the text it was read from. */
  quotes: { element: unknown; source: string }[];
}

/** The quotes of a Bonjourr or Mue settings file; undefined for another object. */
export function peerQuotes(
  data: Record<string, unknown>,
  text: string,
  root: number,
): PeerQuotes | undefined {
  const line = (...path: string[]) => {
    let at: number | undefined = root;
    for (const key of path) at = at === undefined ? undefined : memberValueStart(text, at, key);
    return lineAt(lineStarts(text), at ?? root);
  };
  const bonjourr = isRecord(data.quotes) ? bonjourrRows(data.quotes.userlist) : undefined;
  if (bonjourr) return { line: line('quotes', 'userlist'), quotes: bonjourr.map(bonjourrQuote) };
  if (typeof data.customQuote !== 'string') return undefined;
  return { line: line('customQuote'), quotes: mueQuotes(data.customQuote, data.customQuoteAuthor) };
}

/** Bonjourr's rows, blank ones left out. */
function bonjourrRows(list: unknown): string[] | undefined {
  const rows = Array.isArray(list)
    ? list.map((pair) => (Array.isArray(pair) ? pair.join(',') : ''))
    : typeof list === 'string'
      ? list.split(/\r?\n/)
      : undefined;
  return rows?.filter((row) => row.trim() !== '');
}

/** A row as Bonjourr reads it: the author up to the first comma, the words after it. */
function bonjourrQuote(row: string) {
  const comma = row.indexOf(',');
  const author = comma < 0 ? row : row.slice(0, comma);
  return { element: { text: comma < 0 ? '' : row.slice(comma + 1), author }, source: row };
}

/** Mue's quotes, the rows it adds empty ({"quote": ""}) left out. */
function mueQuotes(stored: string, oldAuthor: unknown): PeerQuotes['quotes'] {
  let list: unknown;
  try {
    list = JSON.parse(stored);
  } catch {
    list = [{ quote: stored, author: oldAuthor }];
  }
  const elements = Array.isArray(list) ? list : [];
  return elements
    .filter((element) => !isRecord(element) || `${element.quote ?? ''}`.trim() !== '')
    .map((element) => ({ element, source: JSON.stringify(element) }));
}
