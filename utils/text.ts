import type { GeneratedI18nStructure } from '#i18n';

/** The key of an interface message (locales/en.yml, "a.b" for nested ones). */
export type MessageKey = keyof GeneratedI18nStructure & string;

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A sentence for the user, kept as a message key and the values to fill in,
 * so that pure logic names what to say and the interface says it in the
 * user's language (components/translate.ts).
 */
export interface Text {
  key: MessageKey;
  values?: MessageValues;
  /** Picks the plural form of a message that has them. */
  count?: number;
}

/** Whether a value (a message from another page, say) has the shape of a Text. */
export const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as Text).key === 'string';

export const text = (key: MessageKey, values?: MessageValues, count?: number): Text => ({
  key,
  ...(values && { values }),
  ...(count !== undefined && { count }),
});

/** An error whose message for the user is a Text. */
export class TextError extends Error {
  constructor(readonly text: Text) {
    super(text.key);
  }
}
