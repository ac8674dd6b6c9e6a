import { browser } from 'wxt/browser';
import type { Entry } from '../utils/entry';
import { isLanguageTag } from '../utils/language';

/**
 * The language of a text, as the browser's own detector tells it (offline,
 * no network), when it is sure; undefined otherwise (a short line often
 * leaves it unsure), or where the browser has no detector.
 */
async function textLanguage(text: string): Promise<string | undefined> {
  try {
    const { isReliable, languages } = await browser.i18n.detectLanguage(text);
    const language = languages[0]?.language;
    return isReliable && isLanguageTag(language) ? language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An entry with the language of its text, so pages mark it up in that
 * language: one's own, or an organisation's (whose pack may be in another
 * language than the user's browser).
 */
export async function withLanguage(entry: Entry): Promise<Entry> {
  const { lang: _, ...rest } = entry;
  const lang = await textLanguage(entry.text);
  return lang ? { ...rest, lang } : rest;
}
