import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { corpusFileName } from '../utils/corpusFile';

/** What the first-paint script loads once the entry is on screen (entrypoints/newtab-paint.ts). */
const APP_SCRIPT = 'newtab-app.js';

export interface NewTabSizes {
  /** Script the page runs before its first paint, gzip bytes. */
  firstPaintScript: number;
  /** Everything the new tab loads, JS and CSS, without the corpus; gzip bytes per file. */
  files: [string, number][];
  /** The English corpus file the app fetches after the first paint, gzip bytes. */
  corpus: number;
}

const gzipped = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

async function builtFile(dir: string, name: string): Promise<Buffer> {
  const file = join(dir, name);
  if (!existsSync(file)) throw new Error(`${file} is referenced but not built`);
  return readFile(file);
}

/**
 * The new tab's files as built in `dir` (Chrome's build unless given): its
 * render-blocking scripts, its inline CSS, the app and the corpus.
 */
export async function newTabSizes(dir = EXTENSION_DIR): Promise<NewTabSizes> {
  const html = (await builtFile(dir, 'newtab.html')).toString('utf8');
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="\/?([^"]+)"/g)].map((m) => m[1] ?? '');
  const firstPaint: [string, number][] = [];
  for (const name of scripts) firstPaint.push([name, gzipped(await builtFile(dir, name))]);
  const files: [string, number][] = [
    ['newtab.html (inline CSS)', gzipped(css)],
    ...firstPaint,
    [APP_SCRIPT, gzipped(await builtFile(dir, APP_SCRIPT))],
  ];
  return {
    firstPaintScript: firstPaint.reduce((sum, [, size]) => sum + size, 0),
    files,
    corpus: gzipped(await builtFile(dir, corpusFileName('en'))),
  };
}
