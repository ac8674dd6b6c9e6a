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
  const encoding: FileEncoding = startsWith(bytes, 0xff, 0xfe)
    ? 'utf-16le'
    : startsWith(bytes, 0xfe, 0xff)
      ? 'utf-16be'
      : readsAsUtf8(bytes)
        ? 'utf-8'
        : 'windows-1252';
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/**
 * Whether the bytes are UTF-8, perhaps with a stray byte or two (the parser
 * then flags those lines as garbled): a damaged UTF-8 file still has
 * well-formed accented letters elsewhere, which Windows-1252 text all but
 * never forms by chance.
 */
function readsAsUtf8(bytes: Uint8Array): boolean {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  return !lenient.includes('\uFFFD') || /[\u00A0-\uFFFC\uFFFE\uFFFF]/.test(lenient);
}
