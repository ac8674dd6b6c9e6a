import type { ComponentChildren } from 'preact';
import type { CorpusIndex } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { credit, kindLabel } from '../labels';

interface Props {
  entry: Entry;
  index: CorpusIndex;
  /** The text's id: the row's buttons are described by it. */
  textId: string;
  /**
   * Its place in a numbered list, written out (Chromium leaves a CSS counter
   * stale when a row before it goes: the pins read "2., 3." after the first
   * was unpinned), and the item's value, for the rows a search skips.
   */
  number?: number;
  /** Said after the kind and credit ("hidden: …"). */
  note?: string | undefined;
  /** The row's buttons. */
  children: ComponentChildren;
}

/** An entry in one of the options page's lists: its text, its kind and credit, its buttons. */
export function EntryRow({ entry, index, textId, number, note, children }: Props) {
  return (
    <li value={number}>
      {number !== undefined && <span class="entry-number">{number}.</span>}
      {/* The text's direction is the paragraph's (a right-to-left entry of one's own
          ends at the row's right edge), unless a title in the page's language leads. */}
      <p class="pinned-text" id={textId} dir={entry.title ? undefined : 'auto'}>
        {entry.title && <strong>{entry.title}. </strong>}
        <span class="pinned-body" dir={entry.title ? 'auto' : undefined} lang={entry.lang}>
          {entry.text}
        </span>
      </p>
      <p class="pinned-meta">
        {kindLabel(entry)} · {credit(entry, index.sources.get(entry.source))}
        {note && ` · ${note}`}
      </p>
      <div class="pinned-actions">{children}</div>
    </li>
  );
}
