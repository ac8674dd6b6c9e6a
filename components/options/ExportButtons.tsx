import type { JSX } from 'preact';
import { t } from '../translate';

export interface ExportProps {
  /** "Back up everything": the caller downloads the JSON. */
  onBackup: () => void;
  /** "Export my entries" as JSON or CSV. */
  onExportEntries: (format: 'json' | 'csv') => void;
}

/** Export: a backup of everything, or one's own entries as JSON or CSV. */
export function ExportButtons({ onBackup, onExportEntries }: ExportProps): JSX.Element {
  return (
    <>
      <h3>{t('export.heading')}</h3>
      <p class="hint" id="backup-hint">
        {t('export.backupHint')}
      </p>
      <div class="form-actions">
        <button type="button" aria-describedby="backup-hint" onClick={onBackup}>
          {t('export.backup')}
        </button>
      </div>
      <p class="hint" id="export-hint">
        {t('export.entriesHint')}
      </p>
      <div class="form-actions">
        <button
          type="button"
          aria-describedby="export-hint"
          onClick={() => onExportEntries('json')}
        >
          {t('export.json')}
        </button>
        <button type="button" aria-describedby="export-hint" onClick={() => onExportEntries('csv')}>
          {t('export.csv')}
        </button>
      </div>
    </>
  );
}
