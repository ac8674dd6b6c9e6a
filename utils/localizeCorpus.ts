import type { Localized, QuoteData, QuoteProvenance, TipData } from '../content/define';
import type { Entry, Provenance } from './entry';
import type { Language } from './language';

/** A title in quotation marks, as each language sets them: “…”, «…», « … », „…“. */
const QUOTED_TITLE = /[“„«]\s?(.+?)\s?[”“»]/g;

/**
 * The title `where` quotes in the work's language that the reader's `where`
 * keeps as it is, untranslated ("Kapitel 7, „Receiving Empathically“").
 */
function untranslatedTitle(where: Localized, language: Language, original: Language) {
  if (language === original) return undefined;
  const titles = Array.from(where[original].matchAll(QUOTED_TITLE), ([, title]) => title);
  return titles.find((title) => title !== undefined && where[language].includes(title));
}

/** A work's title is in the language its quote was first written in; what describes it, in the reader's. */
function provenanceIn(
  provenance: QuoteProvenance,
  language: Language,
  original: Language,
): Provenance {
  if (provenance.kind !== 'cited') return provenance;
  const { work, article, occasion, year, where } = provenance;
  const part = where && untranslatedTitle(where, language, original);
  return {
    kind: 'cited',
    ...(work && { work }),
    ...(article && { article }),
    ...(occasion && { occasion: occasion[language] }),
    year,
    ...(where && { where: where[language] }),
    ...(part && { part }),
    lang: original,
  };
}

/** The words as first written and who translated them, unless they are shown as first written. */
function translationIn(quote: QuoteData, language: Language, original: Language) {
  if (language === original) return undefined;
  const by = quote.translators?.[language];
  return { original: quote.text[original], lang: original, ...(by && { by }) };
}

/** A quote as the reader of one language sees it. */
export function quoteIn(quote: QuoteData, language: Language): Entry {
  const { id, author, provenance, source, topics, original = 'en' } = quote;
  const translation = translationIn(quote, language, original);
  return {
    id,
    kind: 'quote',
    text: quote.text[language],
    ...(author && { author }),
    ...(provenance && { provenance: provenanceIn(provenance, language, original) }),
    source,
    topics,
    ...(translation && { translation }),
  };
}

/** A tip as the reader of one language sees it. */
export function tipIn(tip: TipData, language: Language): Entry {
  const { id, source, topics } = tip;
  return { id, kind: 'tip', title: tip.title[language], text: tip.text[language], source, topics };
}
