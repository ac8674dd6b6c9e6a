import type { CsvRecord } from '../csv';
import { searchable } from '../filters';

/**
 * Which column of a spreadsheet holds what. Our export names them kind,
 * text, author and topics; a sheet a person makes names them in their own
 * language ("Texte;Auteur;Thèmes", "Text,Autor,Themen") or as quote
 * collections do ("quote", "tags"), or as highlights are exported
 * (Readwise's "Highlight", "Book Author"). Names are compared without case or
 * accents; when a sheet has two names for one field, the earlier in its list
 * wins, and the other is a column not read.
 */
const NAMES = {
  text: ['text', 'quote', 'texte', 'citation', 'texto', 'cita', 'zitat', 'highlight'],
  author: ['author', 'auteur', 'autor', 'autora', 'autorin', 'book author'],
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
  ],
  kind: ['kind'],
} as const;

export type CsvField = keyof typeof NAMES;

export interface CsvColumns {
  /** The column index of each field the header names. */
  of: Partial<Record<CsvField, number>>;
  /** The header's other named columns, as it writes them: nothing of theirs is read. */
  unread: { index: number; name: string }[];
}

/** The header's columns, or undefined when it names no text column (not a table of entries). */
export function csvColumns(header: CsvRecord): CsvColumns | undefined {
  const names = header.fields.map((name) => searchable(name.trim()));
  const of: CsvColumns['of'] = {};
  for (const field of Object.keys(NAMES) as CsvField[]) {
    const found = NAMES[field].map((name) => names.indexOf(name)).find((index) => index >= 0);
    if (found !== undefined) of[field] = found;
  }
  if (of.text === undefined) return undefined;
  const read = new Set(Object.values(of));
  const unread = header.fields.flatMap((name, index) =>
    read.has(index) || name.trim() === '' ? [] : [{ index, name: name.trim() }],
  );
  return { of, unread };
}
