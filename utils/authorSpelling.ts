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

/** Spells each author given as the known one (see speller); no author stays none. */
export function authorSpeller(
  known: AuthorNames,
): (author: string | undefined) => string | undefined {
  const spell = speller(known, searchable);
  return (author) => (author ? spell(author) : undefined);
}
