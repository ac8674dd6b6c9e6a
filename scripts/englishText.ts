import { fileURLToPath } from 'node:url';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import type { Text } from '../utils/text';

/**
 * Texts in English for commands run in a terminal, read straight from
 * locales/en.yml: the extension words them through browser.i18n, which a
 * terminal does not have.
 */

const ENGLISH = fileURLToPath(new URL('../locales/en.yml', import.meta.url));
const numbers = new Intl.NumberFormat('en');

export async function englishSay(file = ENGLISH): Promise<(text: Text) => string> {
  const messages = new Map((await parseMessagesFile(file)).map((m) => [m.key.join('.'), m]));
  return (text) => word(messages.get(text.key), text);
}

function word(message: ParsedMessage | undefined, { key, values, count }: Text): string {
  // A key en.yml lacks is a bug; the key itself still tells what was meant.
  if (!message) return key;
  const template = message.type === 'plural' ? pluralForm(message.plurals, count) : message.message;
  const filled: Record<string, string | number> = {
    ...(count !== undefined && { n: count }),
    ...values,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = filled[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** English has "1" and "n" forms (and "0" where a message has one). */
function pluralForm(plurals: Readonly<Record<string, string>>, count = 0): string {
  return plurals[String(count)] ?? plurals.n ?? '';
}
