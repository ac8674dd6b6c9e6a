import type { Entry, Source } from './entry';

export const UNKNOWN_AUTHOR = 'Unknown';

/**
 * The line a figcaption shows: a quote's author, else the article it comes
 * from; a tip's article. "Unknown" when nobody is known to have said it.
 */
export function creditLine(entry: Entry, source: Source | undefined): string {
  if (entry.kind === 'quote' && entry.author) return entry.author;
  if (!source || source.collection) return entry.author ?? UNKNOWN_AUTHOR;
  return source.author ? `${source.author}, “${source.title}”` : `“${source.title}”`;
}

/** What Copy puts on the clipboard: "text — credit". */
export function clipboardText(entry: Entry, source: Source | undefined): string {
  const body = entry.title ? `${entry.title}. ${entry.text}` : entry.text;
  return `${body} — ${creditLine(entry, source)}`;
}
