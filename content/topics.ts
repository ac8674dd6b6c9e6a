/**
 * The controlled topic list: the only place topics are defined. Every corpus
 * entry must use ids from here (checked by validateCorpus); their names are
 * interface messages (topic.* in locales/).
 */
export const TOPICS = [
  'listening',
  'empathy',
  'calm',
  'respect',
  'attitude',
  'solutions',
  'responsiveness',
  'follow-up',
  'humanity',
  'education',
  'perseverance',
  'success',
  'patience',
  'kindness',
  'teamwork',
  'self-care',
  'communication',
  'humor',
] as const;

export type Topic = (typeof TOPICS)[number];
