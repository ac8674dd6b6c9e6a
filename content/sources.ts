import type { Source } from '../utils/entry';

/**
 * Where corpus entries come from. Entries credit one of these by id; ids are
 * stable (kebab-case) and must never be renamed once shipped.
 */
export const SOURCES = [
  {
    id: 'quote-list',
    title: 'Tabwise quote collection',
    collection: true,
  },
  {
    // Tips in our own words.
    id: 'tabwise',
    title: 'Tabwise',
    ours: true,
  },
  {
    id: 'kaluyu-win-difficult',
    title: 'How to win difficult customers',
    lang: 'en',
    author: 'Jeff Kaluyu, Ph.D.',
  },
  {
    id: 'stop-calling-them-difficult',
    title: 'Stop calling them difficult',
    lang: 'en',
  },
  {
    id: 'maybe-not-so-difficult',
    title: 'Maybe That Customer Isn’t So Difficult After All',
    lang: 'en',
  },
  {
    id: 'humanist-difficult-client',
    title: 'Tips on how to manage a difficult client',
    lang: 'en',
    author: 'Humanist Learning Systems',
  },
  {
    id: 'humanist-human-service',
    title: 'Understanding that it isn’t customer service – it’s human service',
    lang: 'en',
    author: 'Humanist Learning Systems',
  },
  {
    id: 'humanist-customer-matters',
    title: 'Your Customer Matters',
    lang: 'en',
    author: 'Humanist Learning Systems',
  },
  {
    id: 'humanist-compassionate-service',
    title: 'Compassionate Customer Service',
    lang: 'en',
    author: 'Humanist Learning Systems',
  },
] as const satisfies readonly Source[];
