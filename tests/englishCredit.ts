import type { CreditWords } from '../utils/credit';

/** The credit words as the English interface says them (locales/en.yml), for tests outside a browser. */
export const ENGLISH_CREDIT: CreditWords = {
  unknown: 'Unknown',
  attributed: (name) => `Attributed to ${name}`,
  quotedIn: (name, source) => `${name}, quoted in ${source}`,
  title: (title) => `“${title}”`,
  adaptedFrom: (source) => `Adapted from ${source}`,
  translatedBy: (credit, name) => `${credit}, translated by ${name}`,
};
