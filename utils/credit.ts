import type { Entry, Source } from './entry';

/** The author filter's name for entries nobody is known to have said. */
export const UNKNOWN_AUTHOR = 'Unknown';

/** The words a credit line is made of, in the user's language. */
export interface CreditWords {
  /** Nobody is known to have said it. */
  unknown: string;
  /** "Attributed to {name}". */
  attributed: (name: string) => string;
  /** "{name}, quoted in {source}". */
  quotedIn: (name: string, source: string) => string;
  /** An article's title in the language's quotation marks: “{title}”, « {title} ». */
  title: (title: string) => string;
  /** "Adapted from {source}": a tip distilled from an article. */
  adaptedFrom: (source: string) => string;
}

const articleCredit = (source: Source, words: CreditWords) =>
  source.author ? `${source.author}, ${words.title(source.title)}` : words.title(source.title);

/**
 * The line a figcaption shows: a quote's author (with how we know they said
 * it), else the article it comes from; a tip's article ("Adapted from …") or
 * our name. `words.unknown` when nobody is known to have said it.
 */
export function creditLine(entry: Entry, source: Source | undefined, words: CreditWords): string {
  const article =
    source && !source.collection && !source.ours ? articleCredit(source, words) : undefined;
  if (entry.kind === 'quote' && entry.author) {
    if (entry.provenance?.kind === 'attributed') return words.attributed(entry.author);
    if (entry.provenance?.kind === 'quoted-in' && article) {
      return words.quotedIn(entry.author, article);
    }
    return entry.author;
  }
  if (source?.ours || (entry.kind === 'tip' && !entry.author && source?.team)) return source.title;
  if (entry.kind === 'tip' && article) return words.adaptedFrom(article);
  return article ?? entry.author ?? words.unknown;
}

/**
 * Where a quote's words were checked, offered on demand: "Work (year), where"
 * for a cited quote, the article for its author's own words; undefined otherwise.
 */
export function citationLine(
  entry: Entry,
  source: Source | undefined,
  words: CreditWords,
): string | undefined {
  const { provenance } = entry;
  if (provenance?.kind === 'in-article' && source) return articleCredit(source, words);
  if (provenance?.kind !== 'cited') return undefined;
  const where = provenance.where ? `, ${provenance.where}` : '';
  return `${provenance.work} (${provenance.year})${where}`;
}

/** An entry's words as one text, as Copy and a screen reader give them: a tip's title first. */
export const entryWords = (entry: Pick<Entry, 'title' | 'text'>): string =>
  entry.title ? `${entry.title}. ${entry.text}` : entry.text;

/** What Copy puts on the clipboard: "text — credit". */
export function clipboardText(entry: Pick<Entry, 'title' | 'text'>, credit: string): string {
  return `${entryWords(entry)} — ${credit}`;
}
