/** The languages Tabwise's interface and corpus speak; English is the fallback. */
export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The corpus language for an interface language tag ("fr", "de-AT"); English for any other. */
export function corpusLanguage(tag: string): Language {
  const base = tag.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === base) ?? 'en';
}
