import type { Entry, Source } from '../utils/entry';
import type { Language } from '../utils/language';
import { quoteIn, tipIn } from '../utils/localizeCorpus';
import type { QuoteData, TipData } from './define';
import { HUMOR_TEAMWORK_ATTITUDE_QUOTES } from './quotes/humor-teamwork-attitude';
import { PATIENCE_LISTENING_KINDNESS_QUOTES } from './quotes/patience-listening-kindness';
import { SEED_QUOTES } from './quotes/seed';
import { SPANISH_FRENCH_GERMAN_QUOTES } from './quotes/spanish-french-german';
import { WORK_RESILIENCE_LEARNING_QUOTES } from './quotes/work-resilience-learning';
import { SOURCES } from './sources';
import { CONVERSATION_TIPS } from './tips/conversations';
import { SEED_TIPS } from './tips/seed';
import { SERVICE_CRAFT_TIPS } from './tips/service-craft';
import { TEAMWORK_AND_CARE_TIPS } from './tips/teamwork-and-care';

/** Every built-in quote, each in every language. */
export const QUOTES: readonly QuoteData[] = [
  ...SEED_QUOTES,
  ...PATIENCE_LISTENING_KINDNESS_QUOTES,
  ...WORK_RESILIENCE_LEARNING_QUOTES,
  ...HUMOR_TEAMWORK_ATTITUDE_QUOTES,
  ...SPANISH_FRENCH_GERMAN_QUOTES,
];

/** Every built-in service tip, each in every language. */
export const TIPS: readonly TipData[] = [
  ...SEED_TIPS,
  ...CONVERSATION_TIPS,
  ...TEAMWORK_AND_CARE_TIPS,
  ...SERVICE_CRAFT_TIPS,
];

export const CORPUS_SOURCES: readonly Source[] = SOURCES;

/** The built-in corpus as a reader of one language sees it. */
export function corpusIn(language: Language): Entry[] {
  return [
    ...QUOTES.map((quote) => quoteIn(quote, language)),
    ...TIPS.map((tip) => tipIn(tip, language)),
  ];
}
