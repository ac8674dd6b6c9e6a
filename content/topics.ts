/**
 * The controlled topic list: the only place topics are defined. Every corpus
 * entry must use ids from here (checked by validateCorpus).
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
] as const;

export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  listening: 'Listening',
  empathy: 'Empathy',
  calm: 'Calm',
  respect: 'Respect',
  attitude: 'Attitude',
  solutions: 'Solutions',
  responsiveness: 'Responsiveness',
  'follow-up': 'Follow-up',
  humanity: 'Humanity',
  education: 'Education',
  perseverance: 'Perseverance',
  success: 'Success',
};
