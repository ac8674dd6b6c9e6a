import { collapse, type EntryDraft } from '../ownEntries';
import { type Candidate, collectEntries, excerptOf, type ImportPreview } from './preview';

/**
 * Plain text, one entry a line: "text — author", "“text” author", or the
 * text alone. What a person pastes from notes, so a line is never malformed;
 * it only fails checkDraft.
 */

const LINE_BREAK = /\r\n|\r|\n/;
/** A dash with a space on each side separates the author; one inside a word does not. */
const AUTHOR_DASHES = [' — ', ' – ', ' - '];
/** "text" author, “text” — author; quote marks inside would make the split a guess. */
const QUOTED_LINE = /^["“]([^"“”]*)["”] ?(?:[—–-] ?)?([^"“”]*)$/;

export function parsePlainText(text: string, existing: ReadonlySet<string>): ImportPreview {
  const candidates: Candidate[] = [];
  text.split(LINE_BREAK).forEach((raw, index) => {
    const line = collapse(raw);
    if (line === '') return;
    candidates.push({ line: index + 1, excerpt: excerptOf(line), draft: textLineDraft(line) });
  });
  return collectEntries('text', candidates, existing);
}

function textLineDraft(line: string): EntryDraft {
  const quoted = QUOTED_LINE.exec(line);
  if (quoted) return { kind: 'quote', text: quoted[1] ?? '', author: quoted[2], topics: [] };
  // The last dash, so that a dash inside the text stays in it.
  const at = Math.max(...AUTHOR_DASHES.map((dash) => line.lastIndexOf(dash)));
  if (at > 0) {
    return { kind: 'quote', text: line.slice(0, at), author: line.slice(at + 3), topics: [] };
  }
  return { kind: 'quote', text: line, topics: [] };
}
