import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Backup } from '../../utils/exportFormat';
import {
  type CreditsCut,
  type ImportPreview,
  type ImportRejection,
  unreadColumnsSentence,
} from '../../utils/importParse';
import { type CleanDraft, MAX_TOPICS } from '../../utils/ownEntries';
import { topicLabel } from '../labels';
import { lang, say, t, tCount } from '../translate';

/** A preview that can be confirmed: an invalid input is only a message. */
export type ReadyPreview = Exclude<ImportPreview, { kind: 'invalid' }>;

/** Entries listed in the preview; the rest are counted. */
const SHOWN_ENTRIES = 20;
/** Skipped lines listed; a file of a million bad lines must not freeze the page. */
const SHOWN_REJECTIONS = 100;

interface Props {
  preview: ReadyPreview;
  /** What is previewed, as a phrase: "“quotes.csv”", "the pasted text". */
  from: string;
  /** The file was not UTF-8 and was read as Windows-1252: its accents need a look. */
  readAsWindows1252: boolean;
  /** While the import is being written: the buttons do nothing. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import would add or restore, and what it skips; nothing is written before confirm. */
export function ImportPreviewPanel({
  preview,
  from,
  readAsWindows1252,
  busy,
  onConfirm,
  onCancel,
}: Props): JSX.Element {
  const heading = useRef<HTMLHeadingElement>(null);
  // Whoever chose the file or pressed Preview is taken to the result.
  // Before the browser paints: a key pressed the moment the preview shows must not
  // land on a control and then lose its focus to the heading.
  useLayoutEffect(() => heading.current?.focus(), [preview]);
  const adding = preview.kind === 'entries' ? preview.accepted.length : 0;
  const confirmLabel =
    preview.kind === 'backup' ? t('preview.restore') : tCount('preview.add', adding);
  const canConfirm = preview.kind === 'backup' || adding > 0;
  return (
    <div class="import-preview">
      <h4 id="import-preview-title" tabIndex={-1} ref={heading}>
        {t('preview.title', { from })}
      </h4>
      {readAsWindows1252 && <p class="import-warning">{t('preview.windows1252')}</p>}
      {preview.kind === 'entries' && preview.noHeader && (
        <p class="import-warning">{t('preview.noHeader')}</p>
      )}
      {preview.kind === 'entries' && preview.pastedColumns && (
        <p class="import-warning">{t('preview.pastedColumns', { n: preview.pastedColumns })}</p>
      )}
      {preview.kind === 'entries' && preview.creditsCut && (
        <CreditsCutNote cut={preview.creditsCut} />
      )}
      {preview.kind === 'entries' && preview.topicsCut && (
        <p class="import-warning">
          {tCount('preview.topicsCut', preview.topicsCut, { max: MAX_TOPICS })}
        </p>
      )}
      {preview.kind === 'entries' && preview.unreadColumns && (
        <p class="import-warning">{say(unreadColumnsSentence(preview.unreadColumns))}</p>
      )}
      {preview.kind === 'entries' ? (
        <EntriesSummary accepted={preview.accepted} newTopics={preview.newTopics} />
      ) : (
        <BackupSummary backup={preview.backup} />
      )}
      {preview.garbledLines !== undefined && (
        <p class="import-warning">{tCount('preview.garbled', preview.garbledLines)}</p>
      )}
      <RejectionTable rejected={preview.rejected} />
      <div class="form-actions">
        {canConfirm && (
          <button
            type="button"
            class="primary"
            aria-disabled={busy}
            onClick={() => !busy && onConfirm()}
          >
            {confirmLabel}
          </button>
        )}
        <button type="button" aria-disabled={busy} onClick={() => !busy && onCancel()}>
          {t('preview.cancel')}
        </button>
      </div>
    </div>
  );
}

function EntriesSummary({
  accepted,
  newTopics = [],
}: {
  accepted: readonly CleanDraft[];
  newTopics?: readonly string[];
}) {
  if (accepted.length === 0) {
    return <p class="import-summary">{t('preview.nothing')}</p>;
  }
  const more = accepted.length - SHOWN_ENTRIES;
  return (
    <>
      <p class="import-summary">{tCount('preview.willAdd', accepted.length)}</p>
      <ul class="import-list">
        {accepted.slice(0, SHOWN_ENTRIES).map((draft, index) => (
          // Drafts have no id, and this list never reorders.
          <li key={index} dir="auto">
            {draft.text}
            {draft.author && ` — ${draft.author}`}
            {draft.topics.length > 0 && (
              <span class="import-topics"> · {draft.topics.map(topicLabel).join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="hint">{tCount('preview.more', more)}</p>}
      {newTopics.length > 0 && (
        <p class="import-warning">{t('preview.newTopics', { topics: newTopics.join(', ') })}</p>
      )}
    </>
  );
}

/** The export time in the user's own date format, or null when the file does not say. */
function readableDate(iso: string): string | null {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return null;
  return date.toLocaleString(lang(), { dateStyle: 'long', timeStyle: 'short' });
}

function BackupSummary({ backup }: { backup: Backup }) {
  const date = readableDate(backup.exportedAt);
  const contents = {
    entries: tCount('preview.entries', backup.entries.length),
    pins: tCount('preview.pins', backup.pins.length),
    hidden: tCount('preview.hidden', backup.hidden.length),
  };
  return (
    <p class="import-summary">
      {date ? t('preview.backup', { date, ...contents }) : t('preview.backupUndated', contents)}
    </p>
  );
}

function RejectionTable({ rejected }: { rejected: readonly ImportRejection[] }) {
  if (rejected.length === 0) return null;
  const more = rejected.length - SHOWN_REJECTIONS;
  return (
    <>
      <table class="skipped-table">
        <caption>{tCount('preview.skipped', rejected.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.line')}</th>
            <th scope="col">{t('preview.reason')}</th>
            <th scope="col">{t('preview.text')}</th>
          </tr>
        </thead>
        <tbody>
          {rejected.slice(0, SHOWN_REJECTIONS).map((rejection, index) => (
            // Two records can start on one line (CSV), so the line alone is no key.
            <tr key={`${rejection.line}-${index}`}>
              <td>{rejection.line}</td>
              <td>{rejection.reasons.map(say).join(' ')}</td>
              <td>{rejection.excerpt}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p class="hint">{tCount('preview.moreSkipped', more)}</p>}
    </>
  );
}

/** Credits read without the book, title or dates after the author's name: said with the first as written and as read. */
function CreditsCutNote({ cut }: { cut: CreditsCut }) {
  const { credits, example, author } = cut;
  return <p class="import-warning">{tCount('preview.creditsCut', credits, { example, author })}</p>;
}
