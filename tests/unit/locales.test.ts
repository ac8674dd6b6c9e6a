// @vitest-environment node
import { readdirSync } from 'node:fs';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { NO_AUTHOR_NAMES } from '../../utils/credit';

/**
 * Every language has every message, with the same {values}, the same link
 * and the plural forms its grammar needs; en.yml is the reference.
 */
const LOCALES_DIR = 'locales';
const files = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.yml'));
const locales = new Map(
  await Promise.all(
    files.map(
      async (file) =>
        [file.replace(/\.yml$/, ''), await parseMessagesFile(`${LOCALES_DIR}/${file}`)] as const,
    ),
  ),
);
const byKey = (messages: readonly ParsedMessage[]) =>
  new Map(messages.map((message) => [message.key.join('.'), message]));
const english = byKey(locales.get('en') ?? []);
const texts = (message: ParsedMessage) =>
  message.type === 'plural' ? Object.values(message.plurals) : [message.message];
const links = (text: string) => (text.match(/\[[^\]]+\]/g) ?? []).length;

describe('the interface languages', () => {
  it('are English, Spanish, French and German', () => {
    expect([...locales.keys()].sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('call an unknown author by the names an author typed as one is taken for none', () => {
    const names = [...locales.values()].flatMap((messages) =>
      texts(byKey(messages).get('unknownAuthor') as ParsedMessage),
    );
    expect(names.sort()).toEqual([...NO_AUTHOR_NAMES].sort());
  });

  it('in French, keep guillemets and : ; ? ! to their words with a no-break space', () => {
    const loose = (locales.get('fr') ?? [])
      .flatMap(texts)
      .filter((text) => /« | »| [:;?!](?=\s|$)/.test(text));
    expect(loose).toEqual([]);
  });

  for (const [locale, messages] of locales) {
    describe(locale, () => {
      const translated = byKey(messages);

      it('has every message English has, and no other', () => {
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('fills in the same values, keeps links, and leaves nothing empty', () => {
        for (const [key, source] of english) {
          const message = translated.get(key);
          if (!message) continue;
          expect(message.namedSubstitutions.sort(), key).toEqual(source.namedSubstitutions.sort());
          for (const text of texts(message)) {
            expect(text.trim(), key).not.toBe('');
            expect(links(text), key).toBe(links(texts(source)[0] ?? ''));
          }
        }
      });

      it('has the plural forms its language needs', () => {
        // A language that says "0 entrée" like "1 entrée" (French) needs a 0 form.
        const zeroIsOne = new Intl.PluralRules(locale).select(0) === 'one';
        const forms = zeroIsOne ? ['0', '1', 'n'] : ['1', 'n'];
        for (const [key, source] of english) {
          const message = translated.get(key);
          expect(message?.type, key).toBe(source.type);
          if (message?.type === 'plural') expect(Object.keys(message.plurals), key).toEqual(forms);
        }
      });

      it('names its own language, and fits the stores’ limits for name and description', () => {
        const value = (key: string) => texts(translated.get(key) as ParsedMessage)[0] ?? '';
        expect(value('lang')).toBe(locale);
        expect(value('extName').length).toBeLessThanOrEqual(75);
        expect(value('extDescription').length).toBeLessThanOrEqual(132);
      });
    });
  }
});
