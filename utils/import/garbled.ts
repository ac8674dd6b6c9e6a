/**
 * Characters no text file holds: control characters other than tab and line
 * ends, and U+FFFD, which the decoder puts where bytes were not UTF-8.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const GARBLED = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

/**
 * How many lines of a decoded file look garbled: a binary file with no zero
 * bytes, or a file in another encoding, read as UTF-8 text.
 */
export function garbledLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((line) => GARBLED.test(line)).length;
}
