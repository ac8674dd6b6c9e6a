import { type AuthorNames, authorSpeller } from './authorSpelling';
import { parseCsvImport, parsePastedCells } from './import/csvImport';
import { garbledLines } from './import/garbled';
import { parseJson } from './import/jsonImport';
import { parseKindle } from './import/kindleImport';
import { type ImportPreview, invalid } from './import/preview';
import { parsePlainText } from './import/textImport';
import { text as sentence } from './text';
import { isKnownTopic, type TopicNames, topicSpeller } from './topicSpelling';

/**
 * Reads a file the user imports — our pack or backup (JSON), a bare JSON list
 * of entries, a CSV with a header, or plain text with one entry a line — into
 * a preview of what would be added and what is rejected, with line numbers
 * and reasons. Nothing here writes anything, and no input makes it throw.
 * This picks the format; each has its module in utils/import/.
 */

export {
  type CreditsCut,
  DUPLICATE_REASON,
  EXCERPT_LENGTH,
  type ImportFormat,
  type ImportPreview,
  type ImportRejection,
  unreadColumnsSentence,
} from './import/preview';

/** Larger files are refused by the caller before reading them. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Only returned if a bug slipped through: an import must never crash the options page. */
export const UNEXPECTED_FAILURE = sentence('import.cannotRead');

export interface ImportOptions {
  /** duplicateKey() of the text of every entry the user has, built-in and own. */
  existing: ReadonlySet<string>;
  /**
   * The topics entries already have: the import spells them the same way
   * (utils/topicSpelling.ts), and points out the others (a misspelling would be a new filter).
   */
  knownTopics?: TopicNames;
  /** The authors entries already have: the import spells them the same way (utils/authorSpelling.ts). */
  knownAuthors?: AuthorNames;
  /** The name of the file imported, if it is one. */
  fileName?: string;
}

/** A spreadsheet's export, by its name: read as plain text, it lacks the header row. */
const TABLE_FILE = /\.(?:csv|tsv)$/i;
/** A spreadsheet app's own file (Excel, LibreOffice, Numbers): binary, to be saved as CSV first. */
const WORKBOOK_FILE = /\.(?:xlsx|xlsm|xls|ods|numbers)$/i;

export function parseImport(input: string, options: ImportOptions): ImportPreview {
  try {
    const text = input.replace(/^\uFEFF/, '');
    const preview = parseText(text, options.existing, options.fileName);
    const topical = options.knownTopics ? withKnownTopics(preview, options.knownTopics) : preview;
    const named = options.knownAuthors ? withKnownAuthors(topical, options.knownAuthors) : topical;
    // A table file with no header row naming a text column, read as plain text:
    // it says so, and not what pasted cells say.
    const table = TABLE_FILE.test(options.fileName ?? '');
    if (!table || named.kind !== 'entries' || named.format !== 'text') return named;
    const { pastedColumns: _pasted, ...read } = named;
    return { ...read, noHeader: true };
  } catch {
    return invalid(UNEXPECTED_FAILURE);
  }
}

/**
 * The preview with its entries' topics spelt as the known ones, and the topics
 * they bring that none has yet, in the order they come.
 */
function withKnownTopics(preview: ImportPreview, known: TopicNames): ImportPreview {
  if (preview.kind !== 'entries') return preview;
  const spell = topicSpeller(known);
  const accepted = preview.accepted.map((draft) => ({ ...draft, topics: spell(draft.topics) }));
  const topics = new Set(accepted.flatMap((draft) => draft.topics));
  const newTopics = [...topics].filter((topic) => !isKnownTopic(known, topic));
  return { ...preview, accepted, ...(newTopics.length > 0 && { newTopics }) };
}

/** The preview with its entries' authors spelt as the known ones. */
function withKnownAuthors(preview: ImportPreview, known: AuthorNames): ImportPreview {
  if (preview.kind !== 'entries') return preview;
  const spell = authorSpeller(known);
  const accepted = preview.accepted.map(({ author, ...draft }) => {
    const spelt = spell(author);
    return { ...draft, ...(spelt && { author: spelt }) };
  });
  return { ...preview, accepted };
}

function parseText(text: string, existing: ReadonlySet<string>, fileName = ''): ImportPreview {
  if (text.trim() === '') return invalid(sentence('import.empty'));
  // A picture, or UTF-16 without a byte-order mark, read as text is full of NULs; no text file has one.
  if (text.includes('\0'))
    return invalid(sentence(WORKBOOK_FILE.test(fileName) ? 'import.workbook' : 'import.notText'));
  const preview = parseFormat(text, existing);
  // Without NULs a binary file or another encoding still shows: it gets a warning.
  if (preview.kind === 'invalid') return preview;
  const garbled = garbledLines(text);
  return garbled > 0 ? { ...preview, garbledLines: garbled } : preview;
}

function parseFormat(text: string, existing: ReadonlySet<string>): ImportPreview {
  // Our JSON starts with either; no CSV header or line of text sensibly does.
  if (/^\s*[[{]/.test(text)) return parseJson(text, existing);
  return (
    parseKindle(text, existing) ??
    parseCsvImport(text, existing) ??
    parseCellsOrText(text, existing)
  );
}

/** Pasted cells, or plain text: cells in too many columns are read as text, saying how many. */
function parseCellsOrText(text: string, existing: ReadonlySet<string>): ImportPreview {
  const cells = parsePastedCells(text, existing);
  if (cells && 'kind' in cells) return cells;
  const plain = parsePlainText(text, existing);
  return cells && plain.kind === 'entries' ? { ...plain, pastedColumns: cells.columns } : plain;
}
