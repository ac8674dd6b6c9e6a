import type { Entry, Source } from './entry';

/** The author filter's name for entries nobody is known to have said. */
export const UNKNOWN_AUTHOR = 'Unknown';

/**
 * What the interface calls that author in each of its languages (the
 * message unknownAuthor): typed as an author, it means none.
 */
export const NO_AUTHOR_NAMES = ['Unknown', 'Anónimo', 'Anonyme', 'Unbekannt'] as const;

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
  /** "{credit}, translated by {name}": a quote shown in translation. */
  translatedBy: (credit: string, name: string) => string;
}

/** Who made a translation no published translator is credited for: we did. */
const OUR_TRANSLATION = 'Tabwise';

/** An article: a source whose title a credit names (not a collection, not us). */
const isArticle = (source: Source | undefined): source is Source =>
  source !== undefined && !source.collection && !source.ours;

const articleCredit = (source: Source, words: CreditWords) =>
  source.author ? `${source.author}, ${words.title(source.title)}` : words.title(source.title);

/**
 * A quote's author (with how we know they said it), else the article it
 * comes from; a tip's article ("Adapted from …") or our name.
 * `words.unknown` when nobody is known to have said it.
 */
function whoseWords(entry: Entry, source: Source | undefined, words: CreditWords): string {
  const article = isArticle(source) ? articleCredit(source, words) : undefined;
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
 * The line a figcaption shows: whose words they are, and for a quote shown
 * in translation, who translated it (a published translator, else us).
 */
export function creditLine(entry: Entry, source: Source | undefined, words: CreditWords): string {
  const line = whoseWords(entry, source, words);
  const { translation } = entry;
  return translation ? words.translatedBy(line, translation.by ?? OUR_TRANSLATION) : line;
}

/** The provenance of a quote whose source was checked. */
export type Cited = Extract<Entry['provenance'], { kind: 'cited' }>;

/** A cited work as the citation names it: an article's title in quotation marks, then its periodical. */
const citedTitle = ({ work, article }: Cited, words: CreditWords): string | undefined =>
  article && work ? `${words.title(article)}, ${work}` : work;

/**
 * The work whose title the credit or the citation names, with the language
 * of that title when known: the cited work (for an article, its
 * periodical), else the entry's article.
 */
export function namedWork(
  entry: Entry,
  source: Source | undefined,
): { title: string; lang?: string } | undefined {
  const { provenance } = entry;
  if (provenance?.kind === 'cited') {
    const { work, lang } = provenance;
    return work ? { title: work, ...(lang && { lang }) } : undefined;
  }
  if (!isArticle(source)) return undefined;
  return { title: source.title, ...(source.lang && { lang: source.lang }) };
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
  const { occasion, year } = provenance;
  const where = provenance.where ? `, ${provenance.where}` : '';
  return `${[citedTitle(provenance, words), occasion].filter(Boolean).join(', ')} (${year})${where}`;
}

/**
 * The title of the part of the work a cited quote's citation names, with the
 * work's language: an article in its periodical, else a chapter or a poem
 * where the citation keeps its title untranslated. Unlike the work's, set
 * off by quotation marks, not italics.
 */
export function namedPart(entry: Entry): { title: string; lang: string } | undefined {
  const { provenance } = entry;
  if (provenance?.kind !== 'cited' || !provenance.lang) return undefined;
  const title = provenance.article ?? provenance.part;
  return title ? { title, lang: provenance.lang } : undefined;
}

/**
 * A credit or citation split around the titles it names, in the order it
 * names them (an article before its periodical, a chapter after its book),
 * so that each title can be marked up: the text between them as strings,
 * the titles as given. Each title is looked for after the one before it,
 * never inside it; a title it does not name is left out.
 */
export function aroundTitles<Title extends { title: string }>(
  text: string,
  titles: readonly (Title | undefined)[],
): (string | Title)[] {
  const parts: (string | Title)[] = [];
  let rest = text;
  const inOrder = titles.filter((named) => named !== undefined);
  // A stable sort: of two titles at the same place, the one given first comes first.
  inOrder.sort((a, b) => text.indexOf(a.title) - text.indexOf(b.title));
  for (const named of inOrder) {
    const at = rest.indexOf(named.title);
    if (at < 0) continue;
    parts.push(rest.slice(0, at), named);
    rest = rest.slice(at + named.title.length);
  }
  parts.push(rest);
  return parts;
}

/** An entry's words as one text, as Copy and a screen reader give them: a tip's title first. */
export const entryWords = (entry: Pick<Entry, 'title' | 'text'>): string =>
  entry.title ? `${entry.title}. ${entry.text}` : entry.text;

/** What Copy puts on the clipboard: "text — credit". */
export function clipboardText(entry: Pick<Entry, 'title' | 'text'>, credit: string): string {
  return `${entryWords(entry)} — ${credit}`;
}
