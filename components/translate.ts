import { createI18n } from '@wxt-dev/i18n';
import { failureReason } from '../utils/syncErrors';
import { type MessageKey, type MessageValues, type Text, TextError } from '../utils/text';

/**
 * The interface in the browser's language: messages come from _locales
 * (built from locales/*.yml) through browser.i18n, which the browser has
 * already loaded, so a lookup costs no storage read or request.
 */
const i18n = createI18n();

let language: string | undefined;
/** The language the messages are in (each file says its own), for lang and numbers. */
export const lang = (): string => {
  language ??= i18n.t('lang') || 'en';
  return language;
};

let numbers: Intl.NumberFormat | undefined;
export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat(lang());
  return numbers.format(value);
}

let megabytes: Intl.NumberFormat | undefined;
/** "5 MB", "5 Mo", "4,8 MB": a size in bytes, in megabytes, in the user's language. */
export function formatMegabytes(bytes: number): string {
  megabytes ??= new Intl.NumberFormat(lang(), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
  return megabytes.format(bytes / 1024 / 1024);
}

/** A message with its {values} filled in (numbers in the user's format); count picks a plural form. */
export function t(key: MessageKey, values?: MessageValues, count?: number): string {
  const named =
    values &&
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'number' ? formatNumber(value) : value,
      ]),
    );
  if (count === undefined) return named ? i18n.t(key, named) : i18n.t(key);
  return named ? i18n.t(key, count, named) : i18n.t(key, count);
}

/** A message counting something: its {n} is the count. */
export const tCount = (key: MessageKey, n: number, values?: MessageValues): string =>
  t(key, { ...values, n }, n);

export const say = (text: Text): string => t(text.key, text.values, text.count);

/** What went wrong, for the user, as a sentence in their language (see failureReason). */
export function reasonOf(error: unknown): string {
  if (!(error instanceof TextError)) console.error(error);
  return say(failureReason(error));
}

/** The page's language and title in the user's language, before its first paint. */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = lang();
  document.title = t(title);
}
