/** The kinds of entry, in the order the interface lists them. */
export const ENTRY_KINDS = ['quote', 'tip'] as const;

export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * Where a quote's words are known to come from:
 * - `cited`: the author's own work or speech, checked against its text;
 * - `in-article`: the words of the entry's source article, by its author;
 * - `attributed`: widely credited to the author, but no primary source shows
 *   they said it (shown as "Attributed to …");
 * - `quoted-in`: the author's words as the entry's source (an article) gives
 *   them, the original not found (shown as "…, quoted in …").
 */
export type Provenance =
  | {
      readonly kind: 'cited';
      /** The title of the work (a periodical, for an article); absent for a letter or speech without one. */
      readonly work?: string;
      /** The title of the article in `work`. */
      readonly article?: string;
      /** A letter, speech or interview described, in the reader's language ("Letter to Robert Hooke"). */
      readonly occasion?: string;
      readonly year: number;
      /** Chapter, page or letter, in the reader's language. */
      readonly where?: string;
      /**
       * The title `where` names (a chapter, a poem, an essay) where it stays
       * in the work's language, untranslated: marked up in that language.
       */
      readonly part?: string;
      /** The language of the work's title. */
      readonly lang?: string;
    }
  | { readonly kind: 'in-article' }
  | { readonly kind: 'attributed' }
  | { readonly kind: 'quoted-in' };

/** One piece of wisdom shown on a new tab. */
export interface Entry {
  /** Stable across corpus edits and reordering: pins and history refer to it. */
  readonly id: string;
  readonly kind: EntryKind;
  /** Tips carry a short headline; quotes have none. */
  readonly title?: string;
  readonly text: string;
  /** Absent when nobody is known to have said it (shown as "Unknown"). */
  readonly author?: string;
  /** Id of a record in the sources table that this entry is credited to. */
  readonly source: string;
  /** How we know a quote's author said it (see Provenance); none for unattributed words. */
  readonly provenance?: Provenance;
  readonly topics: readonly string[];
  /**
   * The language of an entry of one's own, as the browser detected it when
   * it was saved (absent where it could not tell); the built-in entries are
   * in the page's language.
   */
  readonly lang?: string;
  /** A quote shown in translation: its words as first written, in which language, and who translated them (absent: we did). */
  readonly translation?: { readonly original: string; readonly lang: string; readonly by?: string };
  /**
   * An own entry's revision: how many times it has been edited. An edit made
   * to an older revision is a conflict, never a silent overwrite.
   */
  readonly rev?: number;
}

/** Where an entry comes from, shown as its credit. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly author?: string;
  /** A collection of other people's words: crediting it says nothing of who said them. */
  readonly collection?: boolean;
  /** The language of its title, which a credit shows as written. */
  readonly lang?: string;
  /** Our own words (tips we wrote): credited by the source's title alone. */
  readonly ours?: boolean;
  /** A pack the user's organisation pushes: its tips are credited to it by name. */
  readonly team?: boolean;
}

/**
 * An entry as the new tab shows it, every label already in the user's
 * language: what the first-paint mirror keeps, so the page can paint it
 * before it has loaded the corpus or the interface code.
 */
export interface EntryView {
  readonly id: string;
  /** "Quote" or "Service tip". */
  readonly kindLabel: string;
  /** Topic names, in order. */
  readonly topics: readonly string[];
  readonly title?: string;
  readonly text: string;
  /** The figcaption: who said it or where it comes from. */
  readonly credit: string;
  /**
   * The label of the disclosure under the entry, when it has something to
   * disclose: "Source", "Original" or "Source and original".
   */
  readonly sourceLabel?: string;
  /** A cited quote's source, "Work (year), where", offered on demand. */
  readonly citation?: string;
  /** The language of the text, where it may differ from the page's (an entry of one's own). */
  readonly lang?: string;
  /** A translated quote's words as first written, offered on demand, and their language. */
  readonly original?: { readonly text: string; readonly lang: string };
  /** The title of the work the credit or the citation names (a book, a periodical), marked up as a <cite>, in its language. */
  readonly work?: { readonly title: string; readonly lang?: string };
  /**
   * The title of the part of the work the citation names and sets off by
   * quotation marks (an article, or a chapter kept in the work's language),
   * marked up in that language.
   */
  readonly part?: { readonly title: string; readonly lang: string };
  /** Where an entry the user did not choose comes from: "From <the organisation's pack>". */
  readonly origin?: string;
}
