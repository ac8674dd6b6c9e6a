import { NO_AUTHOR_NAMES } from './credit';
import { searchable } from './filters';
import { type KnownNames, knownNames, speller } from './spelling';

/**
 * Authors a user types or imports, spelt as an author they already have
 * ("mark twain" as "Mark Twain", "Jose Marti" as "José Martí"), so that the
 * author filter lists them once.
 */

export type AuthorNames = KnownNames;

/** The authors in use, compared as a search compares them: case, accents and spacing aside. */
export const authorNames = (authors: Iterable<string>): AuthorNames =>
  knownNames(
    [...authors].map((author) => [author, author] as const),
    searchable,
  );

const NO_AUTHOR = new Set<string>(NO_AUTHOR_NAMES.map(searchable));

/**
 * Spells each author given as the known one (see speller). No author stays
 * none, and so does the word the interface shows for none ("unknown",
 * "Anonyme"): as an author it would be a second filter of the same name.
 */
export function authorSpeller(
  known: AuthorNames,
): (author: string | undefined) => string | undefined {
  const spell = speller(known, searchable);
  return (author) => (author && !NO_AUTHOR.has(searchable(author)) ? spell(author) : undefined);
}
