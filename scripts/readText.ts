import { readFile } from 'node:fs/promises';
import { decodeFile } from '../utils/import/decodeFile';

/**
 * A file's text, in UTF-8 or in UTF-16 with a byte-order mark (as Notepad
 * saves "Unicode" and Excel "Unicode Text"), or the sentence that says why not.
 * Other encodings are refused rather than guessed: Node reads Windows-1252's
 * curly quotes and dashes as control characters, and a pack must not ship them.
 */
export async function readText(file: string): Promise<{ text: string } | { problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { problem: `${file}: cannot be read (${(error as Error).message})` };
  }
  const { text, encoding } = decodeFile(bytes);
  if (encoding === 'windows-1252') {
    return {
      problem: `${file}: not UTF-8 text. Save it as UTF-8 (in a spreadsheet app, as “CSV UTF-8”), then run this again.`,
    };
  }
  return { text };
}
