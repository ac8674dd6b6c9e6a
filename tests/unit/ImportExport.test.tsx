import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ImportDone, ImportExport } from '../../components/options/ImportExport';
import { t } from '../../components/translate';
import { backupJson } from '../../utils/exportFormat';
import { type ImportPreview, MAX_IMPORT_BYTES, parseImport } from '../../utils/importParse';
import { duplicateKey } from '../../utils/ownEntries';
import { topicNames } from '../../utils/topicSpelling';

afterEach(cleanup);

interface Calls {
  previewed: string[];
  previews: ImportPreview[];
  confirmed: ImportPreview[];
  backups: number;
  exports: ('json' | 'csv')[];
}

/**
 * The real parser, with "Old one." as an entry the user already has; `confirm`
 * answers what the page would (a sentence alone, or with an Undo).
 */
function setup(
  confirm: (preview: ImportPreview) => Promise<string | ImportDone> = async () => 'Added.',
) {
  const calls: Calls = { previewed: [], previews: [], confirmed: [], backups: 0, exports: [] };
  const existing = new Set([duplicateKey('Old one.')]);
  render(
    <ImportExport
      preview={(text, fileName) => {
        calls.previewed.push(text);
        const knownTopics = topicNames(['calm'], []);
        const preview = parseImport(text, { existing, knownTopics, ...(fileName && { fileName }) });
        calls.previews.push(preview);
        return preview;
      }}
      onConfirm={async (preview) => {
        calls.confirmed.push(preview);
        const done = await confirm(preview);
        return typeof done === 'string' ? { said: done } : done;
      }}
      onBackup={() => {
        calls.backups++;
      }}
      onExportEntries={(format) => {
        calls.exports.push(format);
      }}
    />,
  );
  return calls;
}

const pasteBox = () => screen.getByLabelText('Or paste entries') as HTMLTextAreaElement;
const fileInput = () => screen.getByLabelText('Choose a file to import') as HTMLInputElement;
const alertText = () => screen.getByRole('alert').textContent;

function paste(text: string) {
  fireEvent.input(pasteBox(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
}

function chooseFile(file: File) {
  Object.defineProperty(fileInput(), 'files', { value: [file], configurable: true });
  fireEvent.change(fileInput());
}

const CSV = [
  'text,author,topics',
  'Be kind.,Ann,calm',
  'Old one.,,',
  ',Bob,',
  'Listen first.,,listening',
].join('\n');

describe('ImportExport', () => {
  it('previews pasted entries with the skipped lines, then adds them when confirmed', async () => {
    const calls = setup(async () => 'Added 2 entries.');
    paste(CSV);
    expect(calls.previewed).toEqual([CSV]);
    expect(screen.getByRole('heading', { name: 'Preview of the pasted text' })).toBeTruthy();
    expect(screen.getByText('2 entries will be added')).toBeTruthy();
    const items = [...document.querySelectorAll('.import-list li')].map((li) => li.textContent);
    // Each with its topics; one no entry has yet is pointed out.
    expect(items).toEqual(['Be kind. — Ann · Calm', 'Listen first. · Listening']);
    expect(document.querySelector('.import-warning')?.textContent).toBe(
      'New topics: listening. Check how they are spelt: each becomes a filter of its own.',
    );

    const table = screen.getByRole('table', { name: '2 lines will be skipped' });
    const rows = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual(['Line', 'Reason', 'Text']);
    expect(rows[1]?.[0]).toBe('3');
    expect(rows[1]?.[1]).toBe('Already among your entries or the built-in ones.');
    expect(rows[1]?.[2]).toBe('Old one.,,');
    expect(rows[2]?.slice(0, 2)).toEqual(['4', 'The text is empty.']);

    fireEvent.click(screen.getByRole('button', { name: 'Add 2 entries' }));
    await waitFor(() => expect(screen.getByText('Added 2 entries.')).toBeTruthy());
    expect(calls.confirmed).toEqual([calls.previews[0]]);
    expect(screen.queryByRole('heading', { name: /Preview of/ })).toBeNull();
    expect(pasteBox().value).toBe('');
    expect(document.activeElement).toBe(pasteBox());
  });

  it('says "1 entry" and lists only the first 20 of many', () => {
    setup();
    paste('Just one. — Me');
    expect(screen.getByText('1 entry will be added')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add 1 entry' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    setup();
    paste(Array.from({ length: 25 }, (_, i) => `Line number ${i + 1}`).join('\n'));
    expect(screen.getByText('25 entries will be added')).toBeTruthy();
    expect(document.querySelectorAll('.import-list li')).toHaveLength(20);
    expect(screen.getByText('…and 5 more')).toBeTruthy();
  });

  it('writes nothing when cancelled', async () => {
    const calls = setup();
    paste(CSV);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls.confirmed).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Add / })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('nothing was changed');
    // The pasted text stays, to be corrected and previewed again.
    expect(pasteBox().value).toBe(CSV);
  });

  it('offers nothing to add when every line is skipped', () => {
    setup();
    paste('Old one.');
    expect(screen.getByText('No entries will be added.')).toBeTruthy();
    expect(screen.getByRole('table', { name: '1 line will be skipped' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Add / })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  it('shows why an input is invalid, with nothing to confirm', () => {
    const calls = setup();
    paste('{"entries": [1, 2');
    expect(alertText()).toMatch(/^This file is not valid JSON: it ends too early at line 1/);
    expect(screen.queryByRole('heading', { name: /Preview of/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Add|Restore)/ })).toBeNull();
    expect(calls.confirmed).toEqual([]);
  });

  it('describes a backup and restores it when confirmed', async () => {
    const calls = setup(async () => 'Restored the backup.');
    const entry = { id: 'u-1', kind: 'quote' as const, text: 'Mine.', source: 'own', topics: [] };
    const file = backupJson(
      { settings: {}, pins: ['u-1'], hidden: [], entries: [entry] },
      new Date('2024-03-05T10:00:00Z'),
    );
    paste(file);
    expect(document.querySelector('.import-summary')?.textContent).toMatch(
      /^This is a full backup from .*2024.*: 1 entry, 1 pin, 0 hidden entries and your settings\. Restoring replaces what you have now\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore backup' }));
    await waitFor(() => expect(screen.getByText('Restored the backup.')).toBeTruthy());
    expect(calls.confirmed[0]?.kind).toBe('backup');
  });

  it('refuses pasted text over the size limit, counted in UTF-8 bytes', () => {
    const calls = setup();
    paste('a'.repeat(MAX_IMPORT_BYTES + 1));
    expect(alertText()).toContain('too large');
    // Fewer characters than the limit, but two bytes each.
    paste('é'.repeat(MAX_IMPORT_BYTES / 2 + 1));
    expect(alertText()).toContain('too large');
    expect(calls.previewed).toEqual([]);
    expect(screen.queryByRole('heading', { name: /Preview of/ })).toBeNull();
  });

  it('imports a chosen file, then clears the file input', async () => {
    const calls = setup(async () => 'Added 1 entry.');
    chooseFile(new File(['text,author\nFrom a file.,Zoe\n'], 'x.csv', { type: 'text/csv' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Preview of “x.csv”' })).toBeTruthy(),
    );
    expect(screen.getByText('1 entry will be added')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 entry' }));
    await waitFor(() => expect(screen.getByText('Added 1 entry.')).toBeTruthy());
    expect(calls.confirmed).toHaveLength(1);
    expect(fileInput().value).toBe('');
  });

  it('reads a CSV that Excel saved as Windows-1252, and says to check its accents', async () => {
    const calls = setup();
    // The file picker offers what spreadsheets export: CSV, tab-separated and "Unicode Text".
    expect(fileInput().accept.split(',')).toEqual(expect.arrayContaining(['.csv', '.tsv', '.txt']));
    // "text;author" and "Écoutez-la;Zoë", with É and ë as single bytes.
    const bytes = [
      ...new TextEncoder().encode('text;author\r\n'),
      0xc9,
      ...new TextEncoder().encode('coutez-la;Zo'),
      0xeb,
    ];
    chooseFile(new File([new Uint8Array(bytes)], 'excel.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByText('1 entry will be added')).toBeTruthy());
    expect(calls.previewed).toEqual(['text;author\r\nÉcoutez-la;Zoë']);
    expect(document.querySelector('.import-list li')?.textContent).toBe('Écoutez-la — Zoë');
    expect(document.querySelector('.import-warning')?.textContent).toMatch(
      /^This file is not UTF-8, so it was read as Western European Windows text \(Windows-1252\)/,
    );
    // A UTF-8 file with the same words needs no such check.
    chooseFile(new File(['text;author\r\nÉcoutez-la;Zoë'], 'utf8.csv', { type: 'text/csv' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Preview of “utf8.csv”' })).toBeTruthy(),
    );
    expect(document.querySelector('.import-warning')).toBeNull();
  });

  it('refuses an Excel workbook with how to save it as CSV', async () => {
    const calls = setup();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    chooseFile(new File([zip], 'Tipps.xlsx'));
    await waitFor(() => expect(alertText()).toMatch(/^This is a spreadsheet workbook/));
    expect(alertText()).toContain('save it as “CSV UTF-8” (or CSV)');
    expect(calls.previews.map((preview) => preview.kind)).toEqual(['invalid']);
    expect(screen.queryByRole('heading', { name: /Preview of/ })).toBeNull();
  });

  it('says when a CSV file has no header row, and reads each line as one entry', async () => {
    setup();
    chooseFile(new File(['Be kind.,Ann\nListen.,Bob\n'], 'team.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByText('2 entries will be added')).toBeTruthy());
    expect(document.querySelector('.import-warning')?.textContent).toMatch(
      /^This CSV file has no header row naming a “text” \(or “quote”\) column/,
    );
    // Pasted, the same lines are plain text, as the paste box says: no warning.
    paste('Be kind.,Ann\nListen.,Bob');
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Preview of the pasted text' })).toBeTruthy(),
    );
    expect(document.querySelector('.import-warning')).toBeNull();
  });

  it('says when pasted cells are in more columns than it reads without a header', async () => {
    setup();
    paste('Be kind.\tAnn\tcalm\tx\nListen.\tBob\tcalm\ty');
    await waitFor(() => expect(screen.getByText('2 entries will be added')).toBeTruthy());
    expect(document.querySelector('.import-warning')?.textContent).toBe(
      'These pasted cells are in 4 columns, so each line is read as one whole entry. Without a header row, Tabwise reads up to three columns, in this order: text, author, topics. Copy those columns alone, or copy the header row with them.',
    );
  });

  it('says when a credit’s book, title or dates are not kept, with the first as written and as read', async () => {
    setup();
    paste('“Be kind.” ― Ann Lee, The Kind Desk\n“Listen.” ― Bo Li, Calm Calls');
    await waitFor(() => expect(screen.getByText('2 entries will be added')).toBeTruthy());
    expect(document.querySelector('.import-warning')?.textContent).toBe(
      'In 2 entries, what follows the author’s name (a book, a title, dates) is not kept: “Ann Lee, The Kind Desk” is read as “Ann Lee”, and so on. An entry holds only its text, author and topics.',
    );
  });

  it('says when entries keep only their first topics, as many as an entry holds', async () => {
    setup();
    paste('text,topics\nBe kind.,a;b;c;d;e;f;g;h;i;j\nListen.,a;b');
    await waitFor(() => expect(screen.getByText('2 entries will be added')).toBeTruthy());
    expect(document.querySelector('.import-warning')?.textContent).toBe(
      'An entry holds at most 8 topics: 1 entry keeps only its first 8.',
    );
  });

  it('names the columns of a CSV it does not read, and how to have them read', async () => {
    setup();
    paste('Text;Autor;Notes;Source\nBe kind.;Ann;call back;p. 3\nListen.;Bob;;');
    await waitFor(() => expect(screen.getByText('2 entries will be added')).toBeTruthy());
    expect(document.querySelector('.import-warning')?.textContent).toBe(
      'Columns not read: Notes, Source. Tabwise reads only the text, author and topics columns: to keep what one of them holds, give it one of these names in the header row.',
    );
  });

  it('keeps text in the paste box that was not what got imported', async () => {
    const calls = setup(async () => 'Added 1 entry.');
    fireEvent.input(pasteBox(), { target: { value: 'Not imported yet.' } });
    chooseFile(new File(['text\nFrom a file.\n'], 'x.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getByText('1 entry will be added')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 entry' }));
    await waitFor(() => expect(screen.getByText('Added 1 entry.')).toBeTruthy());
    expect(pasteBox().value).toBe('Not imported yet.');

    paste('Pasted one.');
    fireEvent.input(pasteBox(), { target: { value: 'Pasted one. And more typed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 entry' }));
    expect(calls.confirmed).toHaveLength(2);
    await waitFor(() => expect(screen.queryByText('1 entry will be added')).toBeNull());
    expect(pasteBox().value).toBe('Pasted one. And more typed.');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const calls = setup();
    const file = new File(['text\nsmall'], 'huge.csv');
    let read = false;
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    file.arrayBuffer = async () => {
      read = true;
      return new ArrayBuffer(0);
    };
    chooseFile(file);
    await waitFor(() => expect(alertText()).toContain('“huge.csv” is too large'));
    expect(read).toBe(false);
    expect(calls.previewed).toEqual([]);
  });

  it('takes a file dropped on the drop zone, highlighting it while dragging', async () => {
    setup();
    const zone = screen.getByText('…or drop a file here').parentElement as HTMLElement;
    fireEvent.dragOver(zone);
    expect(zone.classList.contains('dragging')).toBe(true);
    fireEvent.dragLeave(zone);
    expect(zone.classList.contains('dragging')).toBe(false);
    const file = new File(['Dropped in. — Kim'], 'drop.txt', { type: 'text/plain' });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(screen.getByText('1 entry will be added')).toBeTruthy());
    expect(document.querySelector('.import-list li')?.textContent).toBe('Dropped in. — Kim');
  });

  it('offers Undo after adding entries, which takes them away and says so', async () => {
    let takenBack = 0;
    setup(async () => ({
      said: 'Added 2 entries.',
      undo: async () => {
        takenBack++;
        return 'Removed the 2 entries just imported.';
      },
    }));
    paste('One. — Ann\nTwo. — Bob');
    fireEvent.click(screen.getByRole('button', { name: 'Add 2 entries' }));
    const undo = await screen.findByRole('button', {
      name: 'Undo',
      description: 'Added 2 entries.',
    });
    // Focus went back to where the import started.
    expect(document.activeElement).toBe(pasteBox());
    fireEvent.click(undo);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Removed the 2 entries just imported.'),
    );
    expect(takenBack).toBe(1);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(pasteBox());
  });

  it('says why when the Undo of an import fails, offers it again, and offers no Undo after a restore', async () => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => {});
    setup(async (preview) =>
      preview.kind === 'backup'
        ? 'Restored the backup.'
        : {
            said: 'Added 1 entry.',
            undo: async () => {
              throw new Error('Resource::kQuotaBytes quota exceeded');
            },
          },
    );
    paste('One. — Ann');
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 entry' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(alertText()).toBe(
        `The entries just imported could not be removed: ${t('reason.storageFull')}`,
      ),
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    silence.mockRestore();

    paste(backupJson({ settings: {}, pins: [], hidden: [], entries: [] }, new Date()));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Restore backup' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Restored the backup.'),
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps the preview and says in a sentence why writing failed', async () => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => {});
    setup(async () => {
      throw new Error('Resource::kQuotaBytes quota exceeded');
    });
    paste('Keep me. — Me');
    fireEvent.click(screen.getByRole('button', { name: 'Add 1 entry' }));
    await waitFor(() => expect(alertText()).toBe(`The import failed: ${t('reason.storageFull')}`));
    silence.mockRestore();
    expect(screen.getByRole('button', { name: 'Add 1 entry' })).toBeTruthy();
  });

  it('renders markup in an import as literal text', () => {
    setup();
    paste('<img src=x onerror=alert(1)> — <b>me</b>');
    const list = document.querySelector('.import-list') as HTMLElement;
    expect(list.querySelector('img, b')).toBeNull();
    expect(list.textContent).toBe('<img src=x onerror=alert(1)> — <b>me</b>');
  });

  it('offers a full backup and exports of your entries as JSON or CSV', () => {
    const calls = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Back up everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export my entries (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export my entries (CSV)' }));
    expect(calls.backups).toBe(1);
    expect(calls.exports).toEqual(['json', 'csv']);
    const backup = screen.getByRole('button', { name: 'Back up everything' });
    expect(backup.getAttribute('aria-describedby')).toBe('backup-hint');
    expect(document.getElementById('backup-hint')?.textContent).toContain(
      'settings, your pinned and hidden entries',
    );
  });
});
