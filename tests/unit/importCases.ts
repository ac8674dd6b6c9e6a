import { say } from '../../components/translate';
import { type ImportRejection, parseImport } from '../../utils/importParse';
import type { CleanDraft } from '../../utils/ownEntries';

/** What the import tests share: reading an input, and its preview in plain terms. */

export const NONE = new Set<string>();
export const parse = (input: string, existing: ReadonlySet<string> = NONE) =>
  parseImport(input, { existing });

/** The preview of an input that must read as entries. */
export function entriesOf(input: string, existing: ReadonlySet<string> = NONE) {
  const preview = parse(input, existing);
  if (preview.kind !== 'entries')
    throw new Error(`Expected entries, got ${JSON.stringify(preview)}`);
  return preview;
}

export function backupOf(input: string) {
  const preview = parse(input);
  if (preview.kind !== 'backup')
    throw new Error(`Expected a backup, got ${JSON.stringify(preview)}`);
  return preview;
}

export function messageOf(input: string): string {
  const preview = parse(input);
  if (preview.kind !== 'invalid')
    throw new Error(`Expected invalid, got ${JSON.stringify(preview)}`);
  return say(preview.message);
}

/** Rejections with their reasons in English, as the options page shows them. */
export const readable = (rejected: readonly ImportRejection[]) =>
  rejected.map(({ reasons, ...rest }) => ({ ...rest, reason: reasons.map(say).join(' ') }));

export const linesAndReasons = (rejected: readonly ImportRejection[]) =>
  readable(rejected).map(({ line, reason }) => [line, reason]);

export const quote = (text: string, author?: string, topics: string[] = []): CleanDraft => ({
  kind: 'quote',
  text,
  ...(author && { author }),
  topics,
});
