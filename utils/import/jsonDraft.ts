import { isRecord, isStringArray } from '../guards';
import { cellTopics } from '../ownEntries';
import { text as sentence } from '../text';
import type { Candidate } from './preview';

/**
 * An entry-like JSON value as a draft (an import's, a team pack's), or why it
 * is none. Type checks only: what an entry must say is checkDraft's business.
 * A module of its own: the new tab reads team packs with it, without the
 * importer.
 */
export function jsonDraft(value: unknown): Candidate['draft'] {
  if (!isRecord(value)) return { reason: sentence('import.notAnEntry') };
  const { kind, text, author, topics } = value;
  if (text === undefined || text === null) return { reason: sentence('import.noText') };
  if (typeof text !== 'string') return { reason: sentence('import.textNotString') };
  if (kind !== undefined && kind !== null && typeof kind !== 'string') {
    return { reason: sentence('import.kindNotString') };
  }
  if (author !== undefined && author !== null && typeof author !== 'string') {
    return { reason: sentence('import.authorNotString') };
  }
  const topicList = jsonTopics(topics);
  if (!topicList) return { reason: sentence('import.topicsNotList') };
  return {
    kind: typeof kind === 'string' && kind.trim() !== '' ? kind : 'quote',
    text,
    ...(typeof author === 'string' && { author }),
    topics: topicList,
  };
}

/** A list of words, or one text of them as in a CSV cell; undefined for anything else. */
function jsonTopics(topics: unknown): string[] | undefined {
  if (topics === undefined || topics === null) return [];
  if (typeof topics === 'string') return cellTopics(topics);
  return isStringArray(topics) ? topics : undefined;
}
