import type { Entry, Source } from './entry';

export const UNKNOWN_AUTHOR = 'Unknown';

/**
 * The line a figcaption shows: the author for quotes ("Unknown" when nobody
 * is known to have said it), the credited article for tips.
 */
export function creditLine(entry: Entry, source: Source | undefined): string {
  if (entry.kind === 'quote') return entry.author ?? UNKNOWN_AUTHOR;
  if (!source) return entry.author ?? UNKNOWN_AUTHOR;
  return source.author ? `${source.author}, “${source.title}”` : `“${source.title}”`;
}

/** What Copy puts on the clipboard: "text — credit". */
export function clipboardText(entry: Entry, source: Source | undefined): string {
  const body = entry.title ? `${entry.title}. ${entry.text}` : entry.text;
  return `${body} — ${creditLine(entry, source)}`;
}
