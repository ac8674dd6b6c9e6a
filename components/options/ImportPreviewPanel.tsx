import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Backup } from '../../utils/exportFormat';
import type { ImportPreview, ImportRejection } from '../../utils/importParse';
import type { CleanDraft } from '../../utils/ownEntries';
import { countOf } from './count';

/** A preview that can be confirmed: an invalid input is only a message. */
export type ReadyPreview = Exclude<ImportPreview, { kind: 'invalid' }>;

/** Entries listed in the preview; the rest are counted. */
export const SHOWN_ENTRIES = 20;
/** Skipped lines listed; a file of a million bad lines must not freeze the page. */
export const SHOWN_REJECTIONS = 100;

interface Props {
  preview: ReadyPreview;
  /** What is previewed, as a phrase: "“quotes.csv”", "the pasted text". */
  from: string;
  /** While the import is being written: the buttons do nothing. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import would add or restore, and what it skips; nothing is written before confirm. */
export function ImportPreviewPanel({
  preview,
  from,
  busy,
  onConfirm,
  onCancel,
}: Props): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  // Whoever chose the file or pressed Preview is taken to the result.
  useEffect(() => heading.current?.focus(), [preview]);
  const adding = preview.kind === 'entries' ? preview.accepted.length : 0;
  const confirmLabel =
    preview.kind === 'backup' ? 'Restore backup' : `Add ${countOf(adding, 'entry', 'entries')}`;
  const canConfirm = preview.kind === 'backup' || adding > 0;
  return (
    <div class="import-preview">
      <h4 id="import-preview-title" tabIndex={-1} ref={heading}>
        Preview of {from}
      </h4>
      {preview.kind === 'entries' ? (
        <EntriesSummary accepted={preview.accepted} />
      ) : (
        <BackupSummary backup={preview.backup} />
      )}
      <RejectionTable rejected={preview.rejected} />
      <div class="form-actions">
        {canConfirm && (
          <button type="button" aria-disabled={busy} onClick={() => !busy && onConfirm()}>
            {confirmLabel}
          </button>
        )}
        <button type="button" aria-disabled={busy} onClick={() => !busy && onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function EntriesSummary({ accepted }: { accepted: readonly CleanDraft[] }) {
  if (accepted.length === 0) {
    return <p class="import-summary">No entries will be added.</p>;
  }
  const more = accepted.length - SHOWN_ENTRIES;
  return (
    <>
      <p class="import-summary">
        {countOf(accepted.length, 'entry will be added', 'entries will be added')}
      </p>
      <ul class="import-list">
        {accepted.slice(0, SHOWN_ENTRIES).map((draft, index) => (
          // Drafts have no id, and this list never reorders.
          <li key={index}>
            {draft.text}
            {draft.author && ` — ${draft.author}`}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="hint">…and {more.toLocaleString('en-US')} more</p>}
    </>
  );
}

/** The export time in the user's own date format, or null when the file does not say. */
function readableDate(iso: string): string | null {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return null;
  return date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

function BackupSummary({ backup }: { backup: Backup }) {
  const date = readableDate(backup.exportedAt);
  const contents =
    `${countOf(backup.entries.length, 'entry', 'entries')}, ` +
    `${countOf(backup.pins.length, 'pin', 'pins')} and your settings`;
  return (
    <p class="import-summary">
      {date ? `This is a full backup from ${date}: ` : 'This is a full backup (of unknown date): '}
      {contents}. Restoring replaces what you have now.
    </p>
  );
}

function RejectionTable({ rejected }: { rejected: readonly ImportRejection[] }) {
  if (rejected.length === 0) return null;
  const more = rejected.length - SHOWN_REJECTIONS;
  return (
    <>
      <table class="skipped-table">
        <caption>
          {countOf(rejected.length, 'line will be skipped', 'lines will be skipped')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Reason</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {rejected.slice(0, SHOWN_REJECTIONS).map((rejection, index) => (
            // Two records can start on one line (CSV), so the line alone is no key.
            <tr key={`${rejection.line}-${index}`}>
              <td>{rejection.line}</td>
              <td>{rejection.reason}</td>
              <td>{rejection.excerpt}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p class="hint">…and {more.toLocaleString('en-US')} more lines skipped.</p>}
    </>
  );
}
