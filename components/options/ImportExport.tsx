import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { decodeFile } from '../../utils/import/decodeFile';
import { type ImportPreview, MAX_IMPORT_BYTES, UNEXPECTED_FAILURE } from '../../utils/importParse';
import { formatMegabytes, reasonOf, say, t } from '../translate';
import { ExportButtons, type ExportProps } from './ExportButtons';
import { ImportFileZone } from './ImportFileZone';
import { ImportPreviewPanel, type ReadyPreview } from './ImportPreviewPanel';
import { StatusWithUndo, useUndoOffer } from './UndoOffer';

export interface ImportExportProps extends ExportProps {
  /** Parses an import, pasted or from the file named (duplicates are checked against the caller's entries). */
  preview: (text: string, fileName?: string) => ImportPreview;
  /** Writes a confirmed import; resolves to what it says, and how to take added entries away. */
  onConfirm: (preview: ImportPreview) => Promise<ImportDone>;
}

/** What a confirmed import says ("Added 47 entries."), and for added entries their Undo. */
export interface ImportDone {
  said: string;
  /** Takes the entries just added away again; resolves to what that says. */
  undo?: () => Promise<string>;
}

/** Where an import started: focus goes back there when it is done or cancelled. */
type Origin = 'file' | 'paste';

/** An import that can be undone, and where focus goes once it is. */
interface Undoable {
  takeBack: () => Promise<string>;
  origin: Origin;
}

interface Pending {
  preview: ReadyPreview;
  from: string;
  origin: Origin;
  /** The text previewed, to know whether the paste box still holds it. */
  text: string;
  /** The file was not UTF-8, and was read as Windows-1252 (utils/import/decodeFile.ts). */
  readAsWindows1252: boolean;
}

/** UTF-8 size, as the text would be in a file; no need to encode when it cannot fit anyway. */
function tooBig(text: string): boolean {
  return text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;
}

/** Section "Import and export": import by file, drop or paste with a preview; export and back up. */
export function ImportExport(props: ImportExportProps): JSX.Element {
  const [pasted, setPasted] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [alert, setAlert] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // An import of the wrong file can be taken back without deleting entries one by one.
  const undo = useUndoOffer<Undoable>();
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteBox = useRef<HTMLTextAreaElement>(null);

  const clearFile = () => {
    // Else choosing the same file again fires no change.
    if (fileInput.current) fileInput.current.value = '';
  };

  /** A refusal replaces any open preview, so an older one cannot be confirmed by mistake. */
  const refuse = (message: string) => {
    setPending(null);
    undo.end();
    setStatus('');
    setAlert(message);
    clearFile();
  };

  const show = (
    text: string,
    from: string,
    origin: Origin,
    file?: { name: string; readAsWindows1252: boolean },
  ) => {
    let result: ImportPreview;
    try {
      result = props.preview(text, file?.name);
    } catch {
      result = { kind: 'invalid', message: UNEXPECTED_FAILURE };
    }
    if (result.kind === 'invalid') {
      refuse(say(result.message));
      return;
    }
    setAlert('');
    undo.end();
    setStatus('');
    setPending({
      preview: result,
      from,
      origin,
      text,
      readAsWindows1252: file?.readAsWindows1252 ?? false,
    });
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      refuse(
        t('import.fileTooLarge', {
          name: file.name,
          size: formatMegabytes(file.size),
          limit: formatMegabytes(MAX_IMPORT_BYTES),
        }),
      );
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      refuse(t('import.unreadable', { name: file.name }));
      return;
    }
    const { text, encoding } = decodeFile(bytes);
    show(text, t('preview.file', { name: file.name }), 'file', {
      name: file.name,
      readAsWindows1252: encoding === 'windows-1252',
    });
  };

  const previewPaste = () => {
    if (pasted.trim() === '') {
      refuse(t('import.pasteFirst'));
      return;
    }
    if (tooBig(pasted)) {
      refuse(t('import.pasteTooLarge', { limit: formatMegabytes(MAX_IMPORT_BYTES) }));
      return;
    }
    show(pasted, t('preview.pasted'), 'paste');
  };

  const backTo = (origin: Origin) =>
    (origin === 'file' ? fileInput.current : pasteBox.current)?.focus();

  const confirm = async () => {
    if (!pending || busy) return;
    setBusy(true);
    setAlert('');
    try {
      const done = await props.onConfirm(pending.preview);
      setPending(null);
      // Emptied only of what was imported: a file import, or text changed since, stays.
      setPasted((now) => (pending.origin === 'paste' && now === pending.text ? '' : now));
      clearFile();
      setStatus(done.said);
      if (done.undo) undo.start({ takeBack: done.undo, origin: pending.origin });
      backTo(pending.origin);
    } catch (error) {
      setAlert(t('import.failed', { reason: reasonOf(error) }));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    if (!pending) return;
    setPending(null);
    clearFile();
    setStatus(t('import.cancelled'));
    backTo(pending.origin);
  };

  const undoImport = () => {
    setAlert('');
    return undo.run(async (undoable) => setStatus(await undoable.takeBack()), {
      failed: (error) => {
        setStatus('');
        setAlert(t('import.undoFailed', { reason: reasonOf(error) }));
      },
      done: (undoable) => backTo(undoable.origin),
    });
  };

  return (
    <section id="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <h3>{t('import.heading')}</h3>
      <p class="hint" id="import-hint">
        {t('import.hint', { limit: formatMegabytes(MAX_IMPORT_BYTES) })}
      </p>
      <ImportFileZone
        inputRef={fileInput}
        onFile={(file) => void readFile(file)}
        onRefuse={refuse}
      />
      <div class="field">
        <label for="import-paste">{t('import.paste')}</label>
        <textarea
          id="import-paste"
          dir="auto"
          rows={5}
          ref={pasteBox}
          value={pasted}
          aria-describedby="import-hint"
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </div>
      <div class="form-actions">
        <button type="button" onClick={previewPaste}>
          {t('import.preview')}
        </button>
      </div>
      <div role="alert">{alert && <p class="field-error">{alert}</p>}</div>
      {pending && (
        <ImportPreviewPanel
          preview={pending.preview}
          from={pending.from}
          readAsWindows1252={pending.readAsWindows1252}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
      <StatusWithUndo
        id="import-status"
        status={status}
        undo={undo}
        label={t('import.undo')}
        onUndo={() => void undoImport()}
      />
      <ExportButtons onBackup={props.onBackup} onExportEntries={props.onExportEntries} />
    </section>
  );
}
