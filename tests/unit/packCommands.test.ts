// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The two commands as an administrator runs them (npm run only adds tsx's path). */
const TSX = join('node_modules', '.bin', 'tsx');
const CHROME = 'abcdefghijklmnopabcdefghijklmnop';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tabwise-pack-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [script, ...args]);
    return { stdout, stderr, status: 0 };
  } catch (error) {
    const { stdout, stderr, code } = error as { stdout: string; stderr: string; code: number };
    return { stdout, stderr, status: code };
  }
}

async function file(name: string, text: string | Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('npm run pack:check', () => {
  it('prints each problem as FILE:LINE: why, a summary, and exits 1', async () => {
    const path = await file(
      'team.json',
      [
        '{',
        '  "name": "Onboarding",',
        '  "entries": [',
        '    { "text": "Ask early." },',
        '    { "text": "x", "topics": ["a", "b", "c", "d", "e", "f", "g", "h", "i"] },',
        '    { "text": "Ask early." },',
        '    { "author": "Someone" }',
        '  ]',
        '}',
      ].join('\n'),
    );
    const { stdout, status } = await run('scripts/packCheck.ts', [path]);
    expect(stdout.split('\n')).toEqual([
      `${path}:5: entry skipped: Too many topics: at most 8.`,
      `${path}:6: entry skipped: Another entry already has this text.`,
      `${path}:7: entry skipped: The entry has no "text".`,
      '1 pack, 1 entry in use; 3 problems',
      '',
    ]);
    expect(status).toBe(1);
  }, 20_000);

  it('exits 0 for a file with nothing to skip, naming the extension in a Chrome file', async () => {
    const value = { packs: [{ name: 'A', entries: [{ text: 'One.' }, { text: 'Two.' }] }] };
    const path = await file(
      'ok.json',
      JSON.stringify({ '3rdparty': { extensions: { [CHROME]: value } } }),
    );
    const { stdout, status } = await run('scripts/packCheck.ts', [path]);
    expect(stdout).toBe('1 pack, 2 entries in use; 0 problems\n');
    expect(status).toBe(0);
  }, 20_000);

  it('reads a file saved as UTF-16 with a byte-order mark, as Notepad saves "Unicode"', async () => {
    const value = { packs: [{ name: 'A', entries: [{ text: 'Un café ?' }] }] };
    const path = await file('utf16.json', Buffer.from(`\ufeff${JSON.stringify(value)}`, 'utf16le'));
    const { stdout, status } = await run('scripts/packCheck.ts', [path]);
    expect(stdout).toBe('1 pack, 1 entry in use; 0 problems\n');
    expect(status).toBe(0);
  }, 20_000);

  it('exits 2 when the file is not JSON or cannot be read', async () => {
    const path = await file('broken.json', '{\n  "packs": [,]\n}');
    const broken = await run('scripts/packCheck.ts', [path]);
    expect(broken.stdout).toBe(
      `${path}:2: This file is not valid JSON: unexpected character "," at line 2, column 13.\n`,
    );
    expect(broken.status).toBe(2);
    const missing = await run('scripts/packCheck.ts', [join(dir, 'missing.json')]);
    expect(missing.stderr).toContain('cannot be read');
    expect(missing.status).toBe(2);
  }, 20_000);
});

describe('npm run pack:policy', () => {
  it('prints the value for a CSV, named after the file, the columns it does not read and the rows it skips', async () => {
    const path = await file(
      'Support desk.csv',
      'text,author,topics,notes\nListen first.,Ana,service,from the wiki\n,Nobody,,\n',
    );
    const { stdout, stderr, status } = await run('scripts/packPolicy.ts', [path]);
    expect(JSON.parse(stdout)).toEqual({
      packs: [
        {
          name: 'Support desk',
          entries: [{ kind: 'quote', text: 'Listen first.', author: 'Ana', topics: ['service'] }],
        },
      ],
    });
    expect(stderr).toBe(
      `${path}: Column not read: notes. Tabwise reads only the text, author and topics columns: to keep what it holds, give it one of these names in the header row.\n` +
        `${path}:3: skipped: The text is empty.\n`,
    );
    expect(status).toBe(0);
  }, 20_000);

  it('writes a Chromium file with --name, --for and --id, which pack:check accepts', async () => {
    const csv = await file('tips.csv', 'kind,text\ntip,Close the loop.\n');
    const args = [csv, '--name', 'Team tips', '--for', 'chromium-linux', '--id', CHROME];
    const made = await run('scripts/packPolicy.ts', args);
    expect(JSON.parse(made.stdout)['3rdparty'].extensions[CHROME].packs[0].name).toBe('Team tips');
    const checked = await run('scripts/packCheck.ts', [await file('tabwise.json', made.stdout)]);
    expect(checked.stdout).toBe('1 pack, 1 entry in use; 0 problems\n');
  }, 20_000);

  it('reads a UTF-16 "Unicode Text" file, and refuses one in another encoding with what to do', async () => {
    const utf16 = await file(
      'tips.txt',
      Buffer.from('\ufefftext\tauthor\r\nGeduld.\tJürgen\r\n', 'utf16le'),
    );
    const made = await run('scripts/packPolicy.ts', [utf16]);
    expect(JSON.parse(made.stdout).packs[0].entries).toEqual([
      { kind: 'quote', text: 'Geduld.', author: 'Jürgen', topics: [] },
    ]);
    // "Écoutez." as Excel for Windows saves a plain CSV: É is one byte, 0xC9.
    const legacy = await file('legacy.csv', Buffer.from('text\r\n\u00c9coutez.\r\n', 'latin1'));
    const refused = await run('scripts/packPolicy.ts', [legacy]);
    expect(refused.stderr).toBe(
      `${legacy}: not UTF-8 text. Save it as UTF-8 (in a spreadsheet app, as “CSV UTF-8”), then run this again.\n`,
    );
    expect(refused.stdout).toBe('');
    expect(refused.status).toBe(2);
  }, 20_000);

  it('refuses a target that needs an id without one', async () => {
    const csv = await file('one.csv', 'text\nHello.\n');
    const { stderr, status } = await run('scripts/packPolicy.ts', [
      csv,
      '--for',
      'windows-registry',
    ]);
    expect(stderr).toContain('needs --id');
    expect(status).toBe(2);
  }, 20_000);
});
