/** How a file's bytes were read as text. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * Reads an imported file's bytes as text. UTF-8 unless a byte-order mark says
 * UTF-16 (Excel's "Unicode Text", Notepad's "UTF-16"); bytes that are not
 * UTF-8 are read as Windows-1252, the Western European encoding in which Excel
 * for Windows saves a plain "CSV" in English, French, German and Spanish.
 * A file that is not text at all keeps its NULs, for the parser to refuse.
 */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  if (startsWith(bytes, 0xff, 0xfe)) return decoded(bytes, 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decoded(bytes, 'utf-16be');
  // UTF-8 perhaps with a stray byte or two (the parser then flags those lines
  // as garbled): a damaged UTF-8 file still has well-formed accented letters
  // elsewhere, which Windows-1252 text all but never forms by chance.
  const text = new TextDecoder('utf-8').decode(bytes);
  const utf8 = !text.includes('\uFFFD') || /[\u00A0-\uFFFC\uFFFE\uFFFF]/.test(text);
  return utf8 ? { text, encoding: 'utf-8' } : decoded(bytes, 'windows-1252');
}

const decoded = (bytes: Uint8Array, encoding: FileEncoding) => ({
  text: new TextDecoder(encoding).decode(bytes),
  encoding,
});
