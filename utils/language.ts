/** The languages Tabwise's interface and corpus speak; English is the fallback. */
export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The corpus language for an interface language tag ("fr", "de-AT"); English for any other. */
export function corpusLanguage(tag: string): Language {
  const base = tag.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language === base) ?? 'en';
}

/** A BCP 47 language tag as browsers give one ("en", "pt-BR", "zh-Hant"): what an element's lang may hold. */
export const isLanguageTag = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value) &&
  value.length <= 16;
