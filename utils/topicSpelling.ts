import { type KnownNames, knownNames, speller } from './spelling';

/**
 * Topics a user types or imports, spelt as the topics they already have,
 * whatever their case: "Geduld" beside the built-in topic a German reader
 * sees as "Geduld" would list one filter twice.
 */

/** Every name a known topic goes by, in lower case, and the topic it is. */
export type TopicNames = KnownNames;

const nameKey = (name: string) => name.toLowerCase();

/**
 * The names of the topics in use: each topic by itself, and each built-in one
 * also by its name in the reader's language. The first topic to claim a name
 * keeps it, so list the built-in ones first.
 */
export function topicNames(
  topics: Iterable<string>,
  builtInNames: Iterable<readonly [name: string, topic: string]>,
): TopicNames {
  return knownNames(
    [...[...topics].map((topic) => [topic, topic] as const), ...builtInNames],
    nameKey,
  );
}

/** Spells each list of topics given after the known ones (see speller). */
export function topicSpeller(known: TopicNames): (topics: readonly string[]) => string[] {
  const spell = speller(known, nameKey);
  return (topics) => [...new Set(topics.map(spell))];
}

/** Whether a topic is among the known ones, by any of its names. */
export const isKnownTopic = (known: TopicNames, topic: string): boolean =>
  known.has(nameKey(topic));
