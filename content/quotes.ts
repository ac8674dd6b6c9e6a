import type { Entry } from '../utils/entry';
import type { SOURCES } from './sources';
import type { Topic } from './topics';

type SourceId = (typeof SOURCES)[number]['id'];

/** Builds a quote; the compiler checks its topics and source against the controlled lists. */
const quote = (
  e: Omit<Entry, 'kind' | 'title' | 'source' | 'topics'> & { source: SourceId; topics: Topic[] },
): Entry => ({ kind: 'quote', ...e });

/**
 * Quotes. Ids are stable: pins and history refer to them, so never rename or
 * reuse one. Quotes without a known author have no author field ("Unknown").
 */
export const QUOTES: readonly Entry[] = [
  // The seed quote list, verbatim (attributions checked; see notes inline).
  quote({
    id: 'q-success-lifestyle',
    text: 'Success is a lifestyle, money is just a by product.',
    source: 'quote-list',
    topics: ['success', 'attitude'],
  }),
  quote({
    id: 'q-mandino-determination',
    text: 'Failure will never overtake me if my determination to succeed is strong enough.',
    author: 'Og Mandino',
    source: 'quote-list',
    topics: ['perseverance', 'success'],
  }),
  quote({
    // The seed list dropped "and"; restored from the wording usually given. No
    // speech or paper of Kennedy's in the record has it.
    id: 'q-kennedy-education',
    text: 'The goal of education is the advancement of knowledge and the dissemination of truth.',
    author: 'John F. Kennedy',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['education'],
  }),
  quote({
    id: 'q-job-you-love',
    text: 'Choose a job you love, and you will never have to work a day in your life.',
    source: 'quote-list',
    topics: ['success', 'attitude'],
  }),
  quote({
    id: 'q-angelou-defeats',
    text: 'We may encounter many defeats but we must not be defeated.',
    author: 'Maya Angelou',
    source: 'quote-list',
    topics: ['perseverance'],
  }),
  quote({
    // The seed list has the popular paraphrase ("…change your attitude"); these
    // are her published words, the advice of her grandmother in the essay.
    id: 'q-angelou-change-attitude',
    text: 'What you’re supposed to do when you don’t like a thing is change it. If you can’t change it, change the way you think about it. Don’t complain.',
    author: 'Maya Angelou',
    provenance: {
      kind: 'cited',
      work: 'Wouldn’t Take Nothing for My Journey Now',
      year: 1993,
      where: '“Complaining”',
    },
    source: 'quote-list',
    topics: ['attitude'],
  }),
  quote({
    // Credited to Einstein everywhere, found in none of his writings or interviews.
    id: 'q-einstein-rules-of-the-game',
    text: 'You have to learn the rules of the game. And then you have to play better than anyone else.',
    author: 'Albert Einstein',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['success', 'education', 'perseverance'],
  }),
  quote({
    // The seed list credits Aldous Huxley; the line is usually credited to
    // Einstein, but no source shows him saying it in these words.
    id: 'q-einstein-same-thinking',
    text: 'We cannot solve our problems with the same thinking we used when we created them.',
    author: 'Albert Einstein',
    provenance: { kind: 'attributed' },
    source: 'quote-list',
    topics: ['solutions', 'attitude'],
  }),
  quote({
    // The seed list credits Einstein; it is Huxley's (Time Must Have a Stop, 1944).
    id: 'q-huxley-own-self',
    text: "There is only one corner of the universe you can be certain of improving, and that's your own self.",
    author: 'Aldous Huxley',
    source: 'quote-list',
    topics: ['attitude', 'education'],
  }),
  quote({
    // Commonly credited to Einstein without any evidence that he said it.
    id: 'q-insanity-same-thing',
    text: 'Insanity: doing the same thing over and over again and expecting different results.',
    source: 'quote-list',
    topics: ['solutions', 'attitude'],
  }),
  quote({
    id: 'q-find-your-passion',
    text: 'Find your passion, focus and work on it like your life depended on it; anything can be turned to success.',
    source: 'quote-list',
    topics: ['success', 'perseverance'],
  }),
  quote({
    id: 'q-success-mental-status',
    text: 'Success is a mental status, the wealth and money is just a reflection of what is inside you.',
    source: 'quote-list',
    topics: ['success', 'attitude'],
  }),
  quote({
    id: 'q-discover-how-powerful',
    text: 'Discover how powerful you are and overcome any challenge.',
    source: 'quote-list',
    topics: ['perseverance', 'attitude'],
  }),
  quote({
    // The seed list joins two passages of the essay and drops "therefore": the
    // essay's words, with the gap between the passages marked.
    id: 'q-king-true-education',
    text: 'The function of education, therefore, is to teach one to think intensively and to think critically. … Intelligence plus character—that is the goal of true education.',
    author: 'Martin Luther King, Jr.',
    provenance: {
      kind: 'cited',
      work: '“The Purpose of Education”, The Maroon Tiger (Morehouse College)',
      year: 1947,
    },
    source: 'quote-list',
    topics: ['education'],
  }),

  // Memorable lines from the articles, verbatim.
  quote({
    id: 'q-kaluyu-understand-self',
    text: 'Great customer service begins with making serious effort to understand one’s self.',
    author: 'Jeff Kaluyu, Ph.D.',
    source: 'kaluyu-win-difficult',
    topics: ['attitude', 'education'],
  }),
  quote({
    id: 'q-kaluyu-empathize-not-agree',
    text: 'There is a difference between empathizing and agreeing with the customer.',
    author: 'Jeff Kaluyu, Ph.D.',
    source: 'kaluyu-win-difficult',
    topics: ['empathy'],
  }),
  quote({
    id: 'q-kaluyu-different-approaches',
    text: 'Remember, different customers need different approaches to the same problem.',
    author: 'Jeff Kaluyu, Ph.D.',
    source: 'kaluyu-win-difficult',
    topics: ['solutions', 'respect'],
  }),
  quote({
    id: 'q-appreciate-their-value',
    text: "And instead of thinking of them as difficult, you'll learn to appreciate them for the value they bring.",
    source: 'stop-calling-them-difficult',
    topics: ['attitude', 'respect'],
  }),
  quote({
    id: 'q-difficult-situation-gift',
    text: 'Every difficult situation presents a gift—something that can be learned.',
    source: 'maybe-not-so-difficult',
    topics: ['education', 'attitude'],
  }),
  quote({
    id: 'q-calm-elevate-them',
    text: 'By staying calm you don’t join them at their level – you elevate them to yours.',
    source: 'humanist-difficult-client',
    topics: ['calm', 'respect'],
  }),
  quote({
    // The article's retelling of Sivers's essay on customer service; his own
    // text was not found, so the credit names the article that quotes him.
    id: 'q-sivers-daily-empathy',
    text: 'the act of doing this every day is very peaceful. It feels like daily empathy practice.',
    author: 'Derek Sivers',
    provenance: { kind: 'quoted-in' },
    source: 'humanist-human-service',
    topics: ['empathy', 'calm'],
  }),
  quote({
    id: 'q-customers-matter',
    text: 'Customers matter. Without them you have no business.',
    source: 'humanist-customer-matters',
    topics: ['respect', 'success'],
  }),
];
