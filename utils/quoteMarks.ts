/**
 * Quote marks as their plain keyboard forms: curly apostrophes as ', and
 * double quotes, German and French ones too, as ". Duplicates and searches
 * compare text this way ("don't" finds "don’t", „Geduld“ is "Geduld").
 * Team entries' ids hash text folded this way (teamIds): the set of marks
 * must not change, or their pins and hidden entries would be lost.
 */
export const plainQuotes = (text: string): string =>
  text.replace(/[’‘]/g, "'").replace(/[“”„«»]/g, '"');
