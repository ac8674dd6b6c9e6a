import type { EntryDraft } from '../ownEntries';
import { type Candidate, collectEntries, excerptOf, type ImportPreview } from './preview';

/**
 * A Kindle's "My Clippings.txt": where a reader's highlights gather. Each
 * clipping is the book's title with its author in brackets, a line about
 * the clipping ("- Your Highlight on page 12 | Added on …", in the Kindle's
 * language), a blank line, the words, and a line of ten "=":
 *
 *   Meditations (Marcus Aurelius)
 *   - Your Highlight on page 12 | Location 180-182 | Added on Monday, …
 *
 *   You have power over your mind - not outside events.
 *   ==========
 *
 * A highlight is the author's words; a note is the reader's own, so it
 * comes without an author; a bookmark holds no words and is left out.
 */

const SEPARATOR = /^={10}[ \t]*$/m;
const LINE_BREAK = /\r\n|\r|\n/;
/** The line about a clipping: a dash, then what it is and where, in the Kindle's language. */
const ABOUT = /^- /;
/** A note, as English, German, French, Spanish and Japanese Kindles call it. */
const NOTE = /\b(?:note|notiz|nota)\b|メモ/iu;
/** The author in brackets at the end of the title line. */
const AUTHOR = /\(([^()]+)\)\s*$/u;
/** What follows a comma in a name without being its first name ("O’Reilly Media, Inc."). */
const NOT_A_FIRST_NAME = /^(?:inc|ltd|llc|co|corp|gmbh|jr|sr|ii|iii|iv)\.?$/i;

/** The preview, or undefined when the text is not a Kindle's clippings. */
export function parseKindle(
  text: string,
  existing: ReadonlySet<string>,
): ImportPreview | undefined {
  if (!SEPARATOR.test(text)) return undefined;
  const lines = text.split(LINE_BREAK);
  const clippings = clippingsOf(lines);
  if (clippings.length === 0 || !clippings.every((c) => ABOUT.test(c.about))) return undefined;
  const candidates = clippings.flatMap(({ line, title, about, words }): Candidate[] => {
    if (words === '') return [];
    const author = NOTE.test(about) ? undefined : authorOf(title);
    const draft: EntryDraft = { kind: 'quote', text: words, topics: [], ...(author && { author }) };
    return [{ line, excerpt: excerptOf(words), draft }];
  });
  return collectEntries('text', candidates, existing);
}

interface Clipping {
  /** The line its words start on (its title's, without words). */
  line: number;
  title: string;
  about: string;
  words: string;
}

/** The clippings between separator lines, blank ones aside. */
function clippingsOf(lines: readonly string[]): Clipping[] {
  const clippings: Clipping[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !SEPARATOR.test(lines[i] ?? '')) continue;
    const block = lines.slice(start, i);
    const first = block.findIndex((line) => line.trim() !== '');
    if (first >= 0) {
      // A Kindle starts each title with a byte-order mark of its own.
      const title = (block[first] ?? '').replace(/\uFEFF/g, '').trim();
      const about = (block[first + 1] ?? '').trim();
      const body = block.slice(first + 2);
      const skipped = body.findIndex((line) => line.trim() !== '');
      const words = body.join('\n').trim();
      const line = start + first + 1 + (skipped >= 0 ? 2 + skipped : 0);
      clippings.push({ line, title, about, words });
    }
    start = i + 1;
  }
  return clippings;
}

/**
 * The author in brackets after the title, as a credit reads: "Kahneman,
 * Daniel" as "Daniel Kahneman", several (";" between) one after another.
 */
function authorOf(title: string): string | undefined {
  const named = AUTHOR.exec(title)?.[1];
  if (!named) return undefined;
  return named
    .split(';')
    .map((name) => {
      const [last, first, ...more] = name.split(',').map((part) => part.trim());
      return first && more.length === 0 && !NOT_A_FIRST_NAME.test(first)
        ? `${first} ${last}`
        : name.trim();
    })
    .filter(Boolean)
    .join(', ');
}
