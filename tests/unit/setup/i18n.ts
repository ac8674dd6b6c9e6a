import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The fake browser has no i18n.getMessage: this gives it the English
 * messages, as the build writes them to _locales/en/messages.json, with
 * browser.i18n's rules for placeholders ($name$) and substitutions ($1–$9).
 */
const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml'));

function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name];
  if (!message) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const withPlaceholders = Object.entries(message.placeholders ?? {}).reduce(
    (text, [placeholder, { content }]) =>
      text.replaceAll(new RegExp(`\\$${placeholder}\\$`, 'gi'), content),
    message.message,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

fakeBrowser.i18n.getMessage = getMessage;
