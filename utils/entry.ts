export type EntryKind = 'quote' | 'tip';

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
  readonly topics: readonly string[];
}

/** Where an entry comes from, shown as its credit. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly author?: string;
  /** A collection of other people's words: crediting it says nothing of who said them. */
  readonly collection?: boolean;
}
