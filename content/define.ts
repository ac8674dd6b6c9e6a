import type { Language } from '../utils/language';
import type { SOURCES } from './sources';
import type { Topic } from './topics';

/** Words in every language Tabwise speaks, side by side so a reviewer sees them together. */
export type Localized = Readonly<Record<Language, string>>;

export type SourceId = (typeof SOURCES)[number]['id'];

/**
 * How we know a quote's author said it:
 * - `cited`: checked against the work or speech itself (year, and where known the chapter or page);
 * - `in-article`: the words are the entry's source article's own (its author's);
 * - `attributed`: widely credited, but no primary source shows they said it ("Attributed to …");
 * - `quoted-in`: the author's words as the source article gives them, the original not found.
 */
export type QuoteProvenance =
  | {
      readonly kind: 'cited';
      /**
       * The work's title as it was published, in its language: a book, a poem,
       * a speech with a title, or the periodical an article is in.
       */
      readonly work?: string;
      /** The title of the article in `work` (a periodical). */
      readonly article?: string;
      /**
       * A letter, speech or interview described, not titled ("Letter to
       * Robert Hooke"), in every language; after the title when there is one.
       */
      readonly occasion?: Localized;
      readonly year: number;
      readonly where?: Localized;
    }
  | { readonly kind: 'in-article' }
  | { readonly kind: 'attributed' }
  | { readonly kind: 'quoted-in' };

export interface QuoteData {
  /** Stable: pins and history refer to it; never rename or reuse one. */
  readonly id: string;
  /**
   * The words, spelling and punctuation as the source has them (spelling
   * modernised where the comment says so). Cuts follow the Chicago Manual of
   * Style and the MHRA Style Guide (9.6): “…” marks words left out inside a
   * quote (“[…]” in Spanish and French), and at either end only where the
   * words as quoted are not a complete sentence; a whole sentence taken from a
   * longer one starts with a capital and ends with its stop, and the comment
   * says what the source has around it where that matters.
   */
  readonly text: Localized;
  /** The language the words were first written or said in; English when absent. */
  readonly original?: Language;
  /**
   * Who made the published translation `text` gives in a language, as the
   * credit names them; a language without one shows our translation, marked.
   */
  readonly translators?: Partial<Record<Language, string>>;
  /** Absent when nobody is known to have said it (shown as "Unknown"). */
  readonly author?: string;
  /** Required with an author. */
  readonly provenance?: QuoteProvenance;
  readonly source: SourceId;
  readonly topics: readonly Topic[];
}

export interface TipData {
  /** Stable: pins and history refer to it; never rename or reuse one. */
  readonly id: string;
  readonly title: Localized;
  readonly text: Localized;
  /** The article it is adapted from, or 'tabwise' for tips in our own words. */
  readonly source: SourceId;
  readonly topics: readonly Topic[];
}

/** Declares a quote; the compiler checks its languages, topics and source. */
export const quote = (data: QuoteData): QuoteData => data;

/** Declares a tip; the compiler checks its languages, topics and source. */
export const tip = (data: TipData): TipData => data;
