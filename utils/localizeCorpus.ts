import type { QuoteData, QuoteProvenance, TipData } from '../content/define';
import type { Entry, Provenance } from './entry';
import type { Language } from './language';

function provenanceIn(provenance: QuoteProvenance, language: Language): Provenance {
  if (provenance.kind !== 'cited') return provenance;
  const { work, year, where } = provenance;
  return { kind: 'cited', work, year, ...(where && { where: where[language] }) };
}

/** A quote as the reader of one language sees it. */
export function quoteIn(quote: QuoteData, language: Language): Entry {
  const { id, author, provenance, source, topics } = quote;
  return {
    id,
    kind: 'quote',
    text: quote.text[language],
    ...(author && { author }),
    ...(provenance && { provenance: provenanceIn(provenance, language) }),
    source,
    topics,
  };
}

/** A tip as the reader of one language sees it. */
export function tipIn(tip: TipData, language: Language): Entry {
  const { id, source, topics } = tip;
  return { id, kind: 'tip', title: tip.title[language], text: tip.text[language], source, topics };
}
