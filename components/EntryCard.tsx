import type { Entry, Source } from '../utils/entry';
import { credit, kindLabel, topicLabel } from './labels';
import { t } from './translate';

interface Props {
  entry: Entry;
  source: Source | undefined;
  /** Fade the entry in: for a change, never for the first paint. */
  animate?: boolean;
  showCredit?: boolean;
  showTopics?: boolean;
}

/** One entry as a figure: its tags, the text as a blockquote, and its credit. */
export function EntryCard({
  entry,
  source,
  animate = false,
  showCredit = true,
  showTopics = true,
}: Props) {
  return (
    <figure class={animate ? 'entry entry-animate' : 'entry'} key={entry.id}>
      <ul class="tags" aria-label={t('newtab.tags')}>
        <li class="tag tag-kind">{kindLabel(entry)}</li>
        {showTopics &&
          entry.topics.map((topic) => (
            <li class="tag" key={topic}>
              {topicLabel(topic)}
            </li>
          ))}
      </ul>
      {entry.title && <h2 class="entry-title">{entry.title}</h2>}
      <blockquote class="entry-text">
        <p>{entry.text}</p>
      </blockquote>
      {showCredit && <figcaption class="entry-credit">{credit(entry, source)}</figcaption>}
    </figure>
  );
}
