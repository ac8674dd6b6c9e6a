import { collapse, type EntryDraft, splitTopics } from '../ownEntries';
import {
  type Candidate,
  type CreditsCut,
  collectEntries,
  excerptOf,
  type ImportPreview,
  type ImportRejection,
} from './preview';

/**
 * Plain text, one entry a line: "text — author", "“text” author", or the
 * text alone, its author perhaps on the line under it ("— author"). What a
 * person pastes from notes or a web page, so a line is never malformed; it
 * only fails checkDraft.
 */

const LINE_BREAK = /\r\n|\r|\n/;
/**
 * A list's bullet or number before the text ("- ", "• ", "1. ", "2) "), as
 * notes and documents hold lists: not part of the entry. Not an en or em
 * dash, which opens a line of dialogue in French and Spanish, nor a year
 * ("1984. ").
 */
const LIST_MARKER = /^(?:[-*•◦‣▪]|\d{1,3}[.)]) /u;
/**
 * A dash with a space on each side separates the author; one inside a word
 * does not. The em dash and the quotation dash (―, which quote sites set
 * before an author) always do; an en dash, a hyphen or the two hyphens
 * typed for an em dash, which a sentence also uses as a dash, only before
 * words that read as a name.
 */
const AUTHOR_DASHES = [' — ', ' ― ', ' – ', ' -- ', ' - '];
const ALWAYS_AUTHOR = [' — ', ' ― '];
/** A name: a capital first, at most six words, not ending as a sentence does ("Jr." and "Ph.D." may). */
const NAME = /^\p{Lu}\S*(?: \S+){0,5}$/u;
/**
 * A word of five letters or more before a final full stop. Read from the
 * word's start only: tried at every letter, a long line without spaces took
 * time growing as its length squared (11 s for 64 KB in Chromium).
 */
const SENTENCE_END = /[!?]$|(?<![^\s.])[^\s.]{5,}\.$/u;
const readsAsName = (words: string) => NAME.test(words) && !SENTENCE_END.test(words);
/**
 * "text" author, “text” — author, „Text“ – Autor, »Text« Autor, « texte »
 * — auteur: the marks of the four languages, French ones with their spaces
 * inside. Quote marks inside would make the split a guess.
 */
const QUOTED_LINE = /^["“„«»‹›]\s?([^"“”„«»‹›]*?)\s?["”“»«›‹] ?((?:[—―–]|--?) ?)?([^"“”„«»‹›]*)$/u;
/**
 * Words quoted inside a sentence, as a story sets dialogue ("Be kind," said
 * Ann. / « Reste », dit-elle.): a comma just before the closing mark, a
 * comma, semicolon or colon just after it, or lower-case words after it with
 * no dash, go on the sentence; they name no author.
 */
const inSentence = (words: string, dash: string | undefined, after: string) =>
  /,$/.test(words) || /^[,;:]/.test(after) || (!dash && /^\p{Ll}/u.test(after));
/**
 * An author alone on a line under the words ("— Ann Lee", "― Oscar
 * Wilde"), as web pages set a quote. A line of dialogue opens with a dash
 * too, hence a name only, and never under a line that opened with one.
 */
const CREDIT_LINE = /^[—―] ?(.*)$/u;
/** Lower-case words in a name are particles ("de", "van", "bin"), not a sentence's words. */
const readsAsCredit = (words: string) =>
  readsAsName(words) &&
  words.split(' ').every((word) => !/^\p{Ll}/u.test(word) || word.length <= 3);
/** What may follow a name after a comma and still be the name's: "Jr.", "III", "Ph.D.". */
const NAME_SUFFIX = /^(?:Jr|Sr|Esq|Ph\.? ?D|M\.? ?D|[IVX]{1,4})\.?$/u;
/**
 * Dates in brackets after a name, as lists of quotes give a life or a year:
 * "(1884–1962)", "(c. 551–479 BC)", "(b. 1950)", "(1926)". Not the name's:
 * kept, they would list "Eleanor Roosevelt (1884–1962)" beside "Eleanor
 * Roosevelt" among the authors.
 */
const DATES =
  /\s\((?:(?:c|ca|b|d)\. ?)?\d{1,4}(?: ?(?:BCE?|AD|CE))?(?: ?[–—-] ?(?:(?:c|ca)\. ?)?\d{1,4}(?: ?(?:BCE?|AD|CE))?)?\)$/u;
/**
 * A credit without the book or the title after its comma, as quote sites
 * set one ("Mark Twain, The Adventures of Tom Sawyer"): an entry has no
 * place for it. Kept whole when what follows the comma is part of the name
 * ("Jr.") or may be ("Smith, John", "Voltaire, Candide": one word each side).
 */
function withoutTitle(credit: string): string {
  const at = credit.indexOf(', ');
  if (at < 0) return credit;
  const name = credit.slice(0, at);
  const rest = credit.slice(at + 2);
  const oneWordEach = !name.includes(' ') && !rest.includes(' ');
  return readsAsName(name) && !NAME_SUFFIX.test(rest) && !oneWordEach ? name : credit;
}
/** The name a credit gives: without a title after it, nor dates. */
const creditName = (credit: string) => withoutTitle(credit).replace(DATES, '');
const OPENS_WITH_DASH = /^[—―–]/u;
/** An em dash or ― set against the name after it ("Be kind. —Ann Lee"), as many type it. */
const DASH_AGAINST_NAME = /^(.*\S) [—―](\p{Lu}[^—―]*)$/u;
/**
 * After a sentence's end, the dash closed up to the words ("Be kind.—Ann
 * Lee"), or a hyphen typed for it ("Be kind. -Ann Lee"): inside a sentence,
 * either joins words. The credit is read up to 200 characters (more than a
 * name and a book's title): unbounded, a long line with many ".-X" took
 * time growing as its length squared (12.7 s for a line of 128 KB in
 * Chromium; 52 ms with the bound).
 */
const DASH_AFTER_SENTENCE = /^(.*[.!?…]["”»]?) ?[—―-](\p{Lu}[^—―]{0,200})$/u;
/**
 * A name in brackets after the end of a sentence, as notes and lists set a
 * credit without quote marks: "Be kind. (Plato)". Not after other words:
 * "Call back (Monday Morning)" is the text's own aside.
 */
const BRACKETED_CREDIT = /^(.*[.!?…]["”»]?) \((\p{Lu}[^()]*)\)$/u;
/** A name in brackets at the end, after any words: a credit only where every line ends so (see bracketedCredits). */
const ANY_BRACKETED_CREDIT = /^(.*\S) \((\p{Lu}[^()]*)\)$/u;
/** How notes mark who said it after the quote marks: "(Ann Lee)", "~Ann Lee". */
const CREDIT_MARKS = /^\((.*)\)$|^~ ?(.*)$/u;
/**
 * Single quote marks around the whole text, as British English quotes
 * (‘Be kind.’ — Ann Lee): the quotation's marks, not its words. Kept where
 * another quotation opens inside (‘Thanks’ beats ‘sorry’); an apostrophe
 * inside (‘Don’t panic.’) is a word's.
 */
const SINGLE_QUOTED = /^‘([^‘]*)’$|^'((?:[^']|(?<=\S)'(?=\S))*)'$/u;
const unquoteSingle = (text: string) => {
  const quoted = SINGLE_QUOTED.exec(text);
  return quoted ? (quoted[1] ?? quoted[2] ?? text) : text;
};
/** Markdown's quote marker ("> "), as notes (Obsidian, Notion) and e-mails quote. */
const QUOTE_MARKER = /^> ?/;
/** "> 50% of calls", ">2 hours": "more than", not a quote's marker. */
const MORE_THAN = /^> ?\d/;
/** An Obsidian callout's type, first in a quote ("> [!quote]", "> [!cite]- Title"): the note's markup. */
const CALLOUT = /^\[![\w-]+\][+-]? ?/u;
/**
 * The topics of the entry above ("tags: humor, books", as quote sites list
 * them under a quote; "topics:" or our word for them in French, Spanish or
 * German). Too many reject the entry, with the reason, as in a CSV.
 */
const TOPICS_LINE = /^(?:tags|topics|thèmes|temas|themen) ?: ?(.+)$/iu;
/** A quote site's count of likes and its Like button, under a quote's credit: the page's, not the entry's. */
const PAGE_CHROME = /^(?:[\d.,]+ likes?|like)$/i;

export function parsePlainText(text: string, existing: ReadonlySet<string>): ImportPreview {
  const candidates: Candidate[] = [];
  const lines = text.split(LINE_BREAK);
  // Quoted as a whole, every line marked, not all of them "more than": one line
  // alone might mean that ("> 50% of calls").
  const filled = lines.map((line) => line.trim()).filter((line) => line !== '');
  const quoted =
    filled.every((line) => QUOTE_MARKER.test(line)) &&
    !filled.every((line) => MORE_THAN.test(line));
  /** The last entry read, while its author may still come on a line of its own. */
  let uncredited: EntryDraft | undefined;
  /** The last entry read, while its topics may still come on a line of their own. */
  let untagged: EntryDraft | undefined;
  /** Under a credit or tags line: where a quote site puts its likes. */
  let underCredit = false;
  const unquote = (line: string) => line.replace(QUOTE_MARKER, '').replace(CALLOUT, '');
  const cleaned = lines.map((raw) => {
    const tidy = collapse(raw);
    return (quoted ? unquote(tidy) : tidy).replace(LIST_MARKER, '');
  });
  const turns = creditsTakingTurns(cleaned);
  const bracketed = bracketedCredits(cleaned) ? ANY_BRACKETED_CREDIT : BRACKETED_CREDIT;
  /** The entries whose credit is read without the book, title or dates after the name. */
  const cut: CutCredits = new Map();
  const noteCut = (draft: EntryDraft, credit: string, name: string) => {
    if (name !== credit) cut.set(draft, { example: credit, author: name });
  };
  cleaned.forEach((line, index) => {
    const credit = uncredited && (turns ? turns.has(index) && line : CREDIT_LINE.exec(line)?.[1]);
    const name = credit ? creditName(credit) : '';
    if (uncredited && credit && readsAsCredit(name)) {
      noteCut(uncredited, credit, name);
      uncredited.author = name;
      uncredited = undefined;
      underCredit = true;
      return;
    }
    const topics = untagged && TOPICS_LINE.exec(line)?.[1];
    if (untagged && topics) {
      untagged.topics = splitTopics(topics);
      untagged = undefined;
      underCredit = true;
      return;
    }
    // A blank line may come between the words and their author, as copied from a page.
    if (line === '' || (underCredit && PAGE_CHROME.test(line))) return;
    const draft = textLineDraft(line, bracketed);
    draft.text = unquoteSingle(draft.text);
    if (draft.author) {
      const name = creditName(draft.author);
      noteCut(draft, draft.author, name);
      draft.author = name;
    }
    underCredit = Boolean(draft.author);
    uncredited = draft.author || OPENS_WITH_DASH.test(line) ? undefined : draft;
    untagged = draft;
    candidates.push({ line: index + 1, excerpt: excerptOf(line), draft });
  });
  const preview = collectEntries('text', candidates, existing);
  const creditsCut = preview.kind === 'entries' && creditsCutIn(candidates, cut, preview.rejected);
  return creditsCut ? { ...preview, creditsCut } : preview;
}

/** Drafts whose credit is read without what follows the name: the credit as written, and the name. */
type CutCredits = Map<Candidate['draft'], Omit<CreditsCut, 'credits'>>;

/** Among the entries accepted (not those skipped), those whose credit lost its book, title or dates. */
function creditsCutIn(
  candidates: readonly Candidate[],
  cut: CutCredits,
  rejected: readonly ImportRejection[],
): CreditsCut | undefined {
  const skipped = new Set(rejected.map(({ line }) => line));
  const kept = candidates.flatMap(({ line, draft }) => {
    const credit = cut.get(draft);
    return credit && !skipped.has(line) ? [credit] : [];
  });
  const first = kept[0];
  return first && { credits: kept.length, ...first };
}

/**
 * Where words and their authors take turns, the author on the next line with
 * no dash (as a BrainyQuote or AZQuotes page copies: "Be yourself.", then
 * "Oscar Wilde"): the indices of the authors' lines. Only when, blank lines
 * aside, there are two entries at least, every second line reads as a name
 * and no other line does; anything less regular is read line by line, so a
 * short entry is never taken for an author.
 */
function creditsTakingTurns(lines: readonly string[]): ReadonlySet<number> | undefined {
  const filled = lines.flatMap((line, index) => (line === '' ? [] : [index]));
  if (filled.length < 4 || filled.length % 2 !== 0) return undefined;
  const bare = (line: string) =>
    !TOPICS_LINE.test(line) && !PAGE_CHROME.test(line) && !textLineDraft(line).author;
  const alternate = filled.every((at, nth) => {
    const line = lines[at] ?? '';
    return bare(line) && readsAsCredit(line) === (nth % 2 === 1);
  });
  return alternate ? new Set(filled.filter((_, nth) => nth % 2 === 1)) : undefined;
}

/**
 * Every line, blank ones aside, ends with a name in brackets, and there are
 * two at least: a list that credits its entries so ("Stay hungry (Ann
 * Lee)"), with or without a sentence's end before the name. One such line
 * alone may be the text's own aside ("Call back (Monday Morning)").
 */
function bracketedCredits(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line !== '');
  return (
    filled.length >= 2 &&
    filled.every((line) => readsAsCredit(ANY_BRACKETED_CREDIT.exec(line)?.[2] ?? ''))
  );
}

/** One line's entry; `bracketed` finds a name in brackets at its end (BRACKETED_CREDIT unless every line has one). */
function textLineDraft(line: string, bracketed = BRACKETED_CREDIT): EntryDraft {
  const quoted = QUOTED_LINE.exec(line);
  const [, words = '', markDash, after = ''] = quoted ?? [];
  if (quoted && !inSentence(words, markDash, after)) {
    const marked = CREDIT_MARKS.exec(after);
    const author = marked ? (marked[1] ?? marked[2]) : after;
    return { kind: 'quote', text: words, author, topics: [] };
  }
  const { at, dash } = lastDash(line);
  const author = line.slice(at + dash.length);
  if (at > 0 && (ALWAYS_AUTHOR.includes(dash) || readsAsName(author))) {
    return { kind: 'quote', text: line.slice(0, at), author, topics: [] };
  }
  // Read as a spaced em dash's credit is: a name, perhaps with its book after a comma.
  for (const dash of [DASH_AGAINST_NAME, DASH_AFTER_SENTENCE]) {
    const against = dash.exec(line);
    if (against?.[2] && readsAsCredit(creditName(against[2]))) {
      return { kind: 'quote', text: against[1] ?? '', author: against[2], topics: [] };
    }
  }
  const inBrackets = bracketed.exec(line);
  if (inBrackets?.[2] && readsAsCredit(inBrackets[2])) {
    return { kind: 'quote', text: inBrackets[1] ?? '', author: inBrackets[2], topics: [] };
  }
  return { kind: 'quote', text: line, topics: [] };
}

/** The last dash, so that a dash inside the text stays in it; at is -1 without one. */
function lastDash(line: string) {
  let last = { at: -1, dash: '' };
  for (const dash of AUTHOR_DASHES) {
    const at = line.lastIndexOf(dash);
    if (at > last.at) last = { at, dash };
  }
  return last;
}
