import { type CsvProblem, type CsvRecord, parseCsv } from '../csv';
import { splitTopics } from '../ownEntries';
import { text as sentence, type Text } from '../text';
import { type Candidate, collectEntries, excerptOf, type ImportPreview } from './preview';

/**
 * CSV with a header naming a "text" column: our pack export, or a sheet a
 * person made, so columns may come in any order and case, and unknown ones
 * are ignored. parseCsv does the quoting; here rows become drafts.
 */

const CSV_PROBLEMS: Record<CsvProblem, Text> = {
  'unclosed-quote': sentence('import.unclosedQuote'),
  'text-after-quote': sentence('import.textAfterQuote'),
};

/** The preview, or undefined when the first non-empty row names no "text" column: not our CSV. */
export function parseCsvImport(
  text: string,
  existing: ReadonlySet<string>,
): ImportPreview | undefined {
  const records = parseCsv(text);
  const header = records.find((record) => !isBlankRecord(record));
  if (!header) return undefined;
  const columns = columnsOf(header);
  if (!columns.has('text')) return undefined;
  const width = header.fields.length;
  const candidates: Candidate[] = [];
  for (const record of records.slice(records.indexOf(header) + 1)) {
    // Spreadsheets pad files with empty rows (",,,"): skipped like empty lines.
    if (isBlankRecord(record)) continue;
    const excerpt = excerptOf(text.slice(record.start, record.end));
    candidates.push({ line: record.line, excerpt, draft: csvDraft(record, columns, width) });
  }
  return collectEntries('csv', candidates, existing);
}

const isBlankRecord = (record: CsvRecord) =>
  !record.problem && record.fields.every((field) => field.trim() === '');

/** Column index by lower-cased name; the first of two same-named columns wins. */
function columnsOf(header: CsvRecord): Map<string, number> {
  const columns = new Map<string, number>();
  header.fields.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    if (!columns.has(key)) columns.set(key, index);
  });
  return columns;
}

function csvDraft(
  record: CsvRecord,
  columns: ReadonlyMap<string, number>,
  width: number,
): Candidate['draft'] {
  if (record.problem) return { reason: CSV_PROBLEMS[record.problem] };
  if (record.fields.length > width) {
    return {
      reason: sentence('import.extraFields', { fields: record.fields.length, columns: width }),
    };
  }
  // A short row is read as if its missing fields were empty, as spreadsheets do.
  const field = (name: string) => {
    const index = columns.get(name);
    return index === undefined ? '' : (record.fields[index] ?? '');
  };
  const kind = field('kind');
  return {
    kind: kind.trim() === '' ? 'quote' : kind,
    text: field('text'),
    author: field('author'),
    topics: splitTopics(field('topics'), 'file'),
  };
}
