import { TOPIC_LABELS, type Topic } from '../content/topics';
import { creditLine } from '../utils/credit';
import type { Entry, Source } from '../utils/entry';

const KIND_LABELS = { quote: 'Quote', tip: 'Service tip' } as const;

export function kindLabel(entry: Entry): string {
  return KIND_LABELS[entry.kind];
}

function topicLabel(topic: string): string {
  return TOPIC_LABELS[topic as Topic] ?? topic;
}

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
      <ul class="tags" aria-label="Kind and topics">
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
      {showCredit && <figcaption class="entry-credit">{creditLine(entry, source)}</figcaption>}
    </figure>
  );
}
