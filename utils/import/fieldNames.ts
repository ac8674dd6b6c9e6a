import type { CsvRecord } from '../csv';
import { searchable } from '../filters';

/**
 * What an imported record calls each field: a CSV's header, a JSON
 * element's keys. Our export names them kind, text, author and topics; a
 * sheet a person makes names them in their own language ("Texte;Auteur;
 * Thèmes", "Text,Autor,Themen"); quote collections and APIs say "quote",
 * "content" and "tags" (ZenQuotes "q" and "a", Forismatic "quoteText" and
 * "quoteAuthor"; datasets "category"), and highlight exports "Highlight"
 * and "Book Author" (Readwise) or "authors" (Bookcision). Names are
 * compared without case or accents, an exact match first; where a record
 * has two names for one field, the earlier in its list wins, and the other
 * is not read.
 */
const NAMES = {
  text: [
    'text',
    'quote',
    'content',
    'texte',
    'citation',
    'texto',
    'cita',
    'zitat',
    'highlight',
    'quotetext',
    'q',
  ],
  author: [
    'author',
    'auteur',
    'autor',
    'autora',
    'autorin',
    'authors',
    'book author',
    'quoteauthor',
    'a',
  ],
  topics: [
    'topics',
    'topic',
    'tags',
    'tag',
    'themes',
    'theme',
    'temas',
    'tema',
    'themen',
    'thema',
    'etiquettes',
    'etiquetas',
    'schlagworter',
    'category',
    'categories',
    'categorie',
    'categoria',
    'categorias',
    'kategorie',
    'kategorien',
  ],
  kind: ['kind'],
} as const;

export type ImportField = keyof typeof NAMES;

/** Where each field is among a record's names (its position), for the fields they name. */
export function namedFields(names: readonly string[]): Partial<Record<ImportField, number>> {
  const trimmed = names.map((name) => name.trim());
  const plain = trimmed.map(searchable);
  const at = (name: string) => {
    const exact = trimmed.indexOf(name);
    return exact >= 0 ? exact : plain.indexOf(name);
  };
  const of: Partial<Record<ImportField, number>> = {};
  for (const field of Object.keys(NAMES) as ImportField[]) {
    const found = NAMES[field].map(at).find((index) => index >= 0);
    if (found !== undefined) of[field] = found;
  }
  return of;
}

export interface CsvColumns {
  /** The column index of each field the header names. */
  of: Partial<Record<ImportField, number>>;
  /** The header's other named columns, as it writes them: nothing of theirs is read. */
  unread: { index: number; name: string }[];
}

/** The header's columns, or undefined when it names no text column (not a table of entries). */
export function csvColumns(header: CsvRecord): CsvColumns | undefined {
  const of = namedFields(header.fields);
  if (of.text === undefined) return undefined;
  const read = new Set(Object.values(of));
  const unread = header.fields.flatMap((name, index) =>
    read.has(index) || name.trim() === '' ? [] : [{ index, name: name.trim() }],
  );
  return { of, unread };
}
