import type { Entry, Source } from './entry';

/** The author filter's name for entries nobody is known to have said. */
export const UNKNOWN_AUTHOR = 'Unknown';

/**
 * The line a figcaption shows: a quote's author, else the article it comes
 * from; a tip's article. `unknown` when nobody is known to have said it.
 */
export function creditLine(
  entry: Entry,
  source: Source | undefined,
  unknown: string = UNKNOWN_AUTHOR,
): string {
  if (entry.kind === 'quote' && entry.author) return entry.author;
  if (!source || source.collection) return entry.author ?? unknown;
  return source.author ? `${source.author}, “${source.title}”` : `“${source.title}”`;
}

/** What Copy puts on the clipboard: "text — credit". */
export function clipboardText(entry: Pick<Entry, 'title' | 'text'>, credit: string): string {
  const body = entry.title ? `${entry.title}. ${entry.text}` : entry.text;
  return `${body} — ${credit}`;
}
