import { TOPICS } from '../content/topics';
import type { CorpusIndex } from '../utils/corpusIndex';
import {
  type CreditWords,
  citationLine,
  creditLine,
  namedPart,
  namedWork,
  UNKNOWN_AUTHOR,
} from '../utils/credit';
import type { Entry, EntryView, Source } from '../utils/entry';
import type { MessageKey } from '../utils/text';
import { t } from './translate';

export const kindLabel = (entry: Pick<Entry, 'kind'>): string => t(`kind.${entry.kind}`);

const controlled: ReadonlySet<string> = new Set(TOPICS);

/** A controlled topic's name in the user's language; a topic the user made up, as written. */
export function topicLabel(topic: string): string {
  if (!controlled.has(topic)) return topic;
  // Message keys cannot hold "-": "follow-up" is "topic.follow_up".
  return t(`topic.${topic.replace(/-/g, '_')}` as MessageKey);
}

const creditWords: CreditWords = {
  unknown: t('unknownAuthor'),
  attributed: (name) => t('credit.attributed', { name }),
  quotedIn: (name, source) => t('credit.quotedIn', { name, source }),
  title: (title) => t('credit.title', { title }),
  adaptedFrom: (source) => t('credit.adaptedFrom', { source }),
  translatedBy: (credit, name) => t('credit.translatedBy', { credit, name }),
};

/** Who said an entry or where it comes from, in the user's language. */
export const credit = (entry: Entry, source: Source | undefined): string =>
  creditLine(entry, source, creditWords);

/** An author filter's name: the one for unknown authors in the user's language. */
export const authorLabel = (name: string): string =>
  name === UNKNOWN_AUTHOR ? t('unknownAuthor') : name;

/** Looks entries up in an index as the new tab shows them. */
export const viewsIn =
  (index: CorpusIndex) =>
  (id: string): EntryView | undefined => {
    const entry = index.entries.get(id);
    return entry && entryView(entry, index.sources.get(entry.source));
  };

/** What the disclosure under an entry is called, by what it discloses; none when nothing. */
function sourceLabel(citation: boolean, original: boolean): string | undefined {
  if (citation) return t(original ? 'newtab.sourceAndOriginal' : 'newtab.source');
  return original ? t('newtab.original') : undefined;
}

/** An entry with its labels in the user's language, as the new tab shows it. */
export function entryView(entry: Entry, source: Source | undefined): EntryView {
  const citation = citationLine(entry, source, creditWords);
  const { translation } = entry;
  const label = sourceLabel(citation !== undefined, translation !== undefined);
  const work = namedWork(entry, source);
  const part = namedPart(entry);
  return {
    id: entry.id,
    kindLabel: kindLabel(entry),
    topics: entry.topics.map(topicLabel),
    ...(entry.title && { title: entry.title }),
    text: entry.text,
    credit: credit(entry, source),
    ...(label && { sourceLabel: label }),
    ...(citation && { citation }),
    ...(entry.lang && { lang: entry.lang }),
    ...(translation && { original: { text: translation.original, lang: translation.lang } }),
    ...(work && { work }),
    ...(part && { part }),
    ...(source?.team && { origin: t('newtab.fromTeam', { name: source.title }) }),
  };
}
