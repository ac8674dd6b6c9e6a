/** Splits text into the characters a person sees (an emoji with its modifiers is one). */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The length of a text as people count it: 300 emoji are 300, not 600 code units. */
export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}
