import { failureReason } from '../utils/syncErrors';
import { type MessageKey, type MessageValues, type Text, TextError } from '../utils/text';

/**
 * The interface in the browser's language: messages come from _locales
 * (built from locales/*.yml by @wxt-dev/i18n's module) through the
 * browser's i18n, which has them loaded already, so a lookup costs no
 * storage read or request. Read here directly rather than through
 * @wxt-dev/i18n's runtime: the new tab's 25 KB holds this and no more.
 */
const message = (key: MessageKey, count?: number): string =>
  chrome.i18n.getMessage(key.replaceAll('.', '_'), count === undefined ? [] : [String(count)]);

let language: string | undefined;
/** The language the messages are in (each file says its own), for lang and numbers. */
export const lang = (): string => {
  language ??= message('lang') || 'en';
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
  // The build writes plural forms as "one | other" (French: "zero | one | other").
  const forms = message(key, count).split(' | ');
  const chosen =
    count === undefined || forms.length === 1
      ? forms.join(' | ')
      : forms[forms.length === 2 ? Number(count !== 1) : Math.min(count, 2)];
  return (chosen ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values?.[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
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
