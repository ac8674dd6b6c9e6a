import type { Localized, QuoteData, TipData } from '../content/define';
import type { Source } from './entry';
import { LANGUAGES } from './language';
import { duplicateKey } from './ownEntries';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** HTML tags or entities, Markdown emphasis or links: the page shows text as text. */
const MARKUP = /<[a-z/!]|&[a-z#0-9]+;|\*\*|__|\[[^\]]*\]\(/i;
/** Straight quote marks: our text uses typographic ones throughout. */
const STRAIGHT_QUOTES = /['"]/;
/**
 * How an entry's text may begin and end (content/define.ts, QuoteData.text):
 * a capital, a figure or an opening mark, or "…" where words before are cut;
 * a stop, a closing mark, or "…" where the words stop short.
 */
const SENTENCE_START = /^[\p{Lu}\p{N}\p{Ps}\p{Pi}¿¡…]/u;
const SENTENCE_END = /[.!?…\p{Pe}\p{Pf}\p{Pi}]$/u;
/** Every topic must offer at least this many entries to be worth a filter. */
export const MIN_PER_TOPIC = 12;

type Corpus = { quotes: readonly QuoteData[]; tips: readonly TipData[] };

/**
 * What is wrong with a field in every language: missing, marked up, or (unless
 * `original` is null: a date or a title may read the same) left untranslated.
 */
function localizedProblems(
  field: string,
  value: Localized,
  original: string | null = 'en',
): string[] {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const text = value[language]?.trim() ?? '';
    if (text === '') {
      problems.push(`${field} has no ${language} text.`);
      continue;
    }
    if (original && language !== original && text === value[original as keyof Localized]) {
      problems.push(`${field} in ${language} is the ${original} text, untranslated.`);
    }
    if (MARKUP.test(text)) problems.push(`${field} in ${language} carries markup.`);
    if (STRAIGHT_QUOTES.test(text)) problems.push(`${field} in ${language} has straight quotes.`);
  }
  return problems;
}

/** An entry's text in a language that starts mid-sentence or stops short without saying so. */
function sentenceProblems(text: Localized): string[] {
  return LANGUAGES.flatMap((language) => {
    const value = text[language]?.trim() ?? '';
    const problems: string[] = [];
    if (value === '') return problems;
    if (!SENTENCE_START.test(value))
      problems.push(`text in ${language} starts mid-sentence without “…”.`);
    if (!SENTENCE_END.test(value))
      problems.push(`text in ${language} stops without a stop or “…”.`);
    return problems;
  });
}

/** A published translation credited in a language the words were first written in, or to nobody. */
function translatorProblems({ translators, original = 'en' }: QuoteData): string[] {
  return Object.entries(translators ?? {}).flatMap(([language, name]) => {
    if (language === original) return [`a translator in ${language}, the original language.`];
    return name.trim() === '' ? [`the ${language} translator has no name.`] : [];
  });
}

/** What is wrong with a quote's credit: an author needs a provenance, a citation its year. */
function provenanceProblems(quote: QuoteData): string[] {
  const { author, provenance } = quote;
  if (!author) return provenance ? ['a provenance needs an author.'] : [];
  if (!provenance) return ['a quote with an author needs a provenance.'];
  if (provenance.kind !== 'cited') return [];
  const problems: string[] = [];
  const { work, article, occasion } = provenance;
  if (!work?.trim() && !occasion) problems.push('a citation needs the work, or what it was.');
  if (work !== undefined && work.trim() === '') problems.push('a citation’s work is empty.');
  if (article !== undefined && (!work || article.trim() === '')) {
    problems.push('a cited article needs its title and the periodical (the work).');
  }
  if (occasion) problems.push(...localizedProblems('the citation’s occasion', occasion));
  const { year } = provenance;
  if (!Number.isInteger(year) || year < -3000 || year > new Date().getFullYear()) {
    problems.push('a citation needs the year it was written or said.');
  }
  if (provenance.where)
    problems.push(...localizedProblems('the citation’s place', provenance.where, null));
  return problems;
}

/**
 * Checks the corpus against its own rules and returns every problem found, one
 * sentence each; an empty list means the corpus is valid.
 */
export function validateCorpus(
  { quotes, tips }: Corpus,
  sources: readonly Source[],
  topics: readonly string[],
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const perTopic = new Map(topics.map((topic) => [topic, 0]));
  const entries = [
    ...quotes.map((quote) => ({
      ...quote,
      own: [...provenanceProblems(quote), ...translatorProblems(quote)],
      title: undefined,
    })),
    ...tips.map((tip) => ({ ...tip, own: [] as string[], original: undefined })),
  ];
  for (const entry of entries) {
    const report = (problem: string) => problems.push(`Entry "${entry.id}": ${problem}`);
    if (!ID_PATTERN.test(entry.id)) report('id must be kebab-case.');
    if (ids.has(entry.id)) report('id is used twice.');
    ids.add(entry.id);
    for (const problem of localizedProblems('text', entry.text, entry.original)) report(problem);
    for (const problem of sentenceProblems(entry.text)) report(problem);
    if (entry.title) for (const problem of localizedProblems('title', entry.title)) report(problem);
    for (const language of LANGUAGES) {
      const key = `${language}:${duplicateKey(entry.text[language] ?? '')}`;
      const twin = texts.get(key);
      if (twin !== undefined) report(`same ${language} text as "${twin}".`);
      texts.set(key, entry.id);
    }
    const source = sourceById.get(entry.source);
    if (!source) report(`unknown source "${entry.source}".`);
    else if (!entry.title && source.ours) report('a quote cannot be in our own words.');
    else if (entry.title && source.collection)
      report('a tip needs an article or our name as its source.');
    for (const problem of entry.own) report(problem);
    if (entry.topics.length === 0) report('needs at least one topic.');
    for (const topic of entry.topics) {
      const count = perTopic.get(topic);
      if (count === undefined) report(`unknown topic "${topic}".`);
      else perTopic.set(topic, count + 1);
    }
  }
  for (const [topic, count] of perTopic) {
    if (count < MIN_PER_TOPIC) {
      problems.push(`Topic "${topic}" has ${count} entries; it needs at least ${MIN_PER_TOPIC}.`);
    }
  }
  return problems;
}
