import type { JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../translate';

const ACCEPT =
  '.json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain';

interface Props {
  inputRef: RefObject<HTMLInputElement>;
  /** A file chosen or dropped, one at a time. */
  onFile: (file: File) => void;
  /** A drop that held no file, or more than one: why it was not read. */
  onRefuse: (message: string) => void;
}

/** Import from a file: a file input, in a zone a file can also be dropped on. */
export function ImportFileZone({ inputRef, onFile, onRefuse }: Props): JSX.Element {
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: JSX.TargetedDragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer?.files;
    const file = files?.[0];
    if (!files || !file) onRefuse(t('import.dropFile'));
    else if (files.length > 1) onRefuse(t('import.dropOne'));
    else onFile(file);
  };

  const onDragLeave = (event: JSX.TargetedDragEvent<HTMLFieldSetElement>) => {
    // Moving over the zone's own children is not leaving it.
    const to = event.relatedTarget;
    if (to instanceof Node && event.currentTarget.contains(to)) return;
    setDragging(false);
  };

  return (
    <fieldset
      class={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragEnter={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        // Without this the browser opens the dropped file instead.
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <legend>{t('import.fromFile')}</legend>
      <label for="import-file">{t('import.chooseFile')}</label>
      <input
        id="import-file"
        type="file"
        accept={ACCEPT}
        ref={inputRef}
        aria-describedby="import-hint"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
        }}
      />
      <p class="drop-text">{t('import.dropHere')}</p>
    </fieldset>
  );
}
