import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../utils/import/decodeFile';

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};

describe('decodeFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = 'text,author\nCafé crème — Zoë,Ana\n';
    const bytes = new TextEncoder().encode(text);
    expect(decodeFile(bytes)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 in either byte order when a byte-order mark says so', () => {
    const text = 'text\tauthor\r\nÜber „Geduld“ — Jürgen\tMüller\r\n';
    expect(decodeFile(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeFile(utf16(text, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, as Excel saves a CSV', () => {
    // "Écoutez-la, Zoë;Hélène" with É, ë, é and è as single bytes. (Node's
    // decoder reads 0x80–0x9F, Windows-1252's curly quotes and dashes, as
    // Latin-1: the end-to-end import test checks those in Chromium.)
    const bytes = new Uint8Array([
      0xc9, 0x63, 0x6f, 0x75, 0x74, 0x65, 0x7a, 0x2d, 0x6c, 0x61, 0x2c, 0x20, 0x5a, 0x6f, 0xeb,
      0x3b, 0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65,
    ]);
    expect(decodeFile(bytes)).toEqual({ text: 'Écoutez-la, Zoë;Hélène', encoding: 'windows-1252' });
  });

  it('keeps reading a UTF-8 file with a stray byte as UTF-8, the byte replaced', () => {
    const before = new TextEncoder().encode('Café crème;Zoë\n');
    const after = new TextEncoder().encode('Thé;Ana\n');
    const bytes = new Uint8Array([...before, 0x41, 0xe9, 0x0a, ...after]);
    expect(decodeFile(bytes)).toEqual({
      text: 'Café crème;Zoë\nA\uFFFD\nThé;Ana\n',
      encoding: 'utf-8',
    });
  });

  it('keeps the NULs of a file that is not text, for the parser to refuse', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeFile(png).text).toContain('\0');
  });
});
