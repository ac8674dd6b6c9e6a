import { type CsvProblem, type CsvRecord, type CsvSeparator, parseCsv } from '../csv';
import { cellTopics } from '../ownEntries';
import { text as sentence, type Text } from '../text';
import { type CsvColumns, csvColumns, type ImportField } from './fieldNames';
import { type Candidate, collectEntries, excerptOf, type ImportPreview } from './preview';

/**
 * CSV with a header naming a text column: our pack export, or a sheet a
 * person made, so columns may come in any order, case and language
 * (fieldNames.ts), and the preview names those it does not read; fields
 * separated by commas, or by the semicolons or tabs a spreadsheet may write
 * instead. parseCsv does the quoting; here rows become drafts.
 */

/** In the order tried: the first that gives a header with a "text" column is the file's. */
const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

const CSV_PROBLEMS: Record<CsvProblem, Text> = {
  'unclosed-quote': sentence('import.unclosedQuote'),
  'text-after-quote': sentence('import.textAfterQuote'),
};

/** The first row that is not blank, read from the first lines alone: where the header is. */
function firstRow(text: string, separator: CsvSeparator): CsvRecord | undefined {
  for (const [line] of text.matchAll(/^.*$/gm)) {
    const [record] = parseCsv(line, separator);
    if (record && !isBlankRecord(record)) return record;
  }
  return undefined;
}

const namesText = (row: CsvRecord | undefined) =>
  row !== undefined && csvColumns(row) !== undefined;

/**
 * The first line Excel writes to name the separator ("sep=;"), and reads
 * back: not a row of the table.
 */
const SEPARATOR_LINE = /^"?sep=([,;\t])"?$/i;
const FIRST_LINE = /^.*$/m;

/**
 * The records and the header naming a text column. The separator is the one
 * a "sep=" line names, or the first whose header names one, so that only its
 * own reading of the whole file is made (a plain-text file of megabytes is
 * read as CSV once, not thrice).
 */
function readTable(file: string) {
  const named = SEPARATOR_LINE.exec(FIRST_LINE.exec(file)?.[0] ?? '')?.[1] as
    | CsvSeparator
    | undefined;
  // Blanked, not cut: the rows keep their lines and offsets.
  const text = named ? file.replace(FIRST_LINE, (line) => ' '.repeat(line.length)) : file;
  const separator = (named ? [named] : SEPARATORS).find((candidate) =>
    namesText(firstRow(text, candidate)),
  );
  if (!separator) return undefined;
  const records = parseCsv(text, separator);
  const header = records.find((record) => !isBlankRecord(record));
  const columns = header && csvColumns(header);
  return header && columns ? { records, header, columns } : undefined;
}

/** The preview, or undefined when the first non-empty row names no text column: not a CSV of entries. */
export function parseCsvImport(
  text: string,
  existing: ReadonlySet<string>,
): ImportPreview | undefined {
  const table = readTable(text);
  if (!table) return undefined;
  const { records, header, columns } = table;
  const width = header.fields.length;
  // Spreadsheets pad files with empty rows (",,,"): skipped like empty lines.
  const rows = records.slice(records.indexOf(header) + 1).filter((row) => !isBlankRecord(row));
  const preview = collectEntries('csv', candidatesOf(text, rows, columns, width), existing);
  // Only a column with something in it: an empty one loses nothing.
  const unread = columns.unread.filter(({ index }) =>
    rows.some((row) => (row.fields[index] ?? '').trim() !== ''),
  );
  return unread.length > 0 && preview.kind === 'entries'
    ? { ...preview, unreadColumns: unread.map(({ name }) => name) }
    : preview;
}

/** Cells pasted from a spreadsheet, with no header: text, author and topics, in that order. */
const PASTED_CELLS: CsvColumns = { of: { text: 0, author: 1, topics: 2 }, unread: [] };

/**
 * The rows of cells copied from a spreadsheet and pasted (a tab between them,
 * no header row); or undefined unless every line is such a row of two cells
 * or more, the first holding something (a line merely indented with a tab is
 * text).
 */
function pastedRows(text: string): CsvRecord[] | undefined {
  const cells = (row: CsvRecord | undefined) =>
    row !== undefined &&
    !row.problem &&
    row.fields.length >= 2 &&
    (row.fields[0] ?? '').trim() !== '';
  // The first row tells most texts apart without reading them whole.
  if (!cells(firstRow(text, '\t'))) return undefined;
  const rows = parseCsv(text, '\t').filter((row) => !isBlankRecord(row));
  return rows.every(cells) ? rows : undefined;
}

const widest = (rows: readonly CsvRecord[]) =>
  rows.reduce((width, row) => Math.max(width, row.fields.length), 0);

/** Pasted cells read as text, author and topics: in rows of two or three cells. */
const PASTED_CELLS_WIDTH = 3;

/**
 * Cells pasted from a spreadsheet, read as text, author and topics; in more
 * columns than are read without a header, how many (which holds what cannot
 * be told, so the caller reads each line whole); or undefined unless every
 * line is a row of two cells or more.
 */
export function parsePastedCells(
  text: string,
  existing: ReadonlySet<string>,
): ImportPreview | { columns: number } | undefined {
  const rows = pastedRows(text);
  if (!rows) return undefined;
  const columns = widest(rows);
  if (columns > PASTED_CELLS_WIDTH) return { columns };
  return collectEntries(
    'csv',
    candidatesOf(text, rows, PASTED_CELLS, PASTED_CELLS_WIDTH),
    existing,
  );
}

/** The rows as drafts, each at its line, with an excerpt of the text it comes from. */
const candidatesOf = (
  text: string,
  rows: readonly CsvRecord[],
  columns: CsvColumns,
  width: number,
): Candidate[] =>
  rows.map((record) => {
    const source = text.slice(record.start, record.end);
    return {
      line: record.line,
      excerpt: excerptOf(source),
      draft: csvDraft(record, columns, width, source),
    };
  });

const isBlankRecord = (record: CsvRecord) =>
  !record.problem && record.fields.every((field) => field.trim() === '');

function csvDraft(
  record: CsvRecord,
  columns: CsvColumns,
  width: number,
  source: string,
): Candidate['draft'] {
  if (record.problem) return { reason: CSV_PROBLEMS[record.problem] };
  // A table of texts alone ("Quote" over lines pasted under it): a comma in a
  // line is the text's own, as a spreadsheet would have quoted it.
  if (width === 1 && record.fields.length > 1) return { kind: 'quote', text: source, topics: [] };
  if (record.fields.length > width) {
    return {
      reason: sentence('import.extraFields', { fields: record.fields.length, columns: width }),
    };
  }
  // A short row is read as if its missing fields were empty, as spreadsheets do.
  const field = (name: ImportField) => {
    const index = columns.of[name];
    return index === undefined ? '' : (record.fields[index] ?? '');
  };
  const kind = field('kind');
  return {
    kind: kind.trim() === '' ? 'quote' : kind,
    text: field('text'),
    author: field('author'),
    topics: cellTopics(field('topics')),
  };
}
