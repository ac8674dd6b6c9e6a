/**
 * Topics a user types or imports, spelt as the topics they already have. A
 * topic is a filter of its own, so "vip" beside "VIP", or "Geduld" beside the
 * built-in topic a German reader sees as "Geduld", would list one filter twice.
 */

/** Every name a known topic goes by, in lower case, and the topic it is. */
export type TopicNames = ReadonlyMap<string, string>;

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
  const names = new Map<string, string>();
  const add = (name: string, topic: string) => {
    if (!names.has(nameKey(name))) names.set(nameKey(name), topic);
  };
  for (const topic of topics) add(topic, topic);
  for (const [name, topic] of builtInNames) add(name, topic);
  return names;
}

/**
 * Spells each list of topics given after the known ones, whatever their case.
 * A topic new to it keeps the spelling it first comes in, and later lists
 * follow that (an import's second "vip" after its first "VIP").
 */
export function topicSpeller(known: TopicNames): (topics: readonly string[]) => string[] {
  const names = new Map(known);
  const spell = (topic: string): string => {
    const key = nameKey(topic);
    const spelt = names.get(key);
    if (spelt !== undefined) return spelt;
    names.set(key, topic);
    return topic;
  };
  return (topics) => [...new Set(topics.map(spell))];
}

/** Whether a topic is among the known ones, by any of its names. */
export const isKnownTopic = (known: TopicNames, topic: string): boolean =>
  known.has(nameKey(topic));
