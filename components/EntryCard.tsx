import { aroundTitles } from '../utils/credit';
import type { EntryView } from '../utils/entry';
import { t } from './translate';

interface Props {
  view: EntryView;
  /** Fade the entry in: for a change, never for the first paint. */
  animate?: boolean;
  showCredit?: boolean;
  showTopics?: boolean;
}

interface TitledProps {
  text: string;
  work: EntryView['work'];
  part?: EntryView['part'];
}

/**
 * A credit or citation: the title of the work it names as a <cite>, and (a
 * citation) the part's it keeps untranslated as a <span>, each in its language.
 */
function Titled({ text, work, part }: TitledProps) {
  return (
    <>
      {aroundTitles(text, [work, part]).map((named) => {
        if (typeof named === 'string') return named;
        const Tag = named === work ? 'cite' : 'span';
        return <Tag lang={named.lang}>{named.title}</Tag>;
      })}
    </>
  );
}

/**
 * One entry as a figure: its tags, the text as a blockquote, and its credit.
 * components/paintTab.ts builds the same markup without Preact for the first
 * paint; the two must stay identical (tests/unit/paintTab.test.tsx).
 */
export function EntryCard({ view, animate = false, showCredit = true, showTopics = true }: Props) {
  return (
    <>
      <figure class={animate ? 'entry entry-animate' : 'entry'} key={view.id}>
        <ul class="tags" aria-label={t('newtab.tags')}>
          <li class="tag tag-kind">{view.kindLabel}</li>
          {view.origin && <li class="tag tag-origin">{view.origin}</li>}
          {showTopics &&
            view.topics.map((topic) => (
              <li class="tag" key={topic}>
                {topic}
              </li>
            ))}
        </ul>
        {/* dir="auto": an entry of one's own may be in a right-to-left language. */}
        {view.title && (
          <h2 class="entry-title" dir="auto">
            {view.title}
          </h2>
        )}
        <blockquote class="entry-text" dir="auto" lang={view.lang}>
          <p>{view.text}</p>
        </blockquote>
        {showCredit && (
          <figcaption class="entry-credit" dir="auto">
            <Titled text={view.credit} work={view.work} />
          </figcaption>
        )}
      </figure>
      {/* The citation and a translation's original on demand: a disclosure, reached and opened by keyboard like a button. */}
      {showCredit && view.sourceLabel && (
        <details class="entry-source">
          <summary>{view.sourceLabel}</summary>
          {view.citation && (
            <p>
              <Titled text={view.citation} work={view.work} part={view.part} />
            </p>
          )}
          {view.original && (
            <blockquote lang={view.original.lang}>
              <p>{view.original.text}</p>
            </blockquote>
          )}
        </details>
      )}
    </>
  );
}
