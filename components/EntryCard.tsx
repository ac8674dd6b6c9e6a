import type { EntryView } from '../utils/entry';
import { t } from './translate';

interface Props {
  view: EntryView;
  /** Fade the entry in: for a change, never for the first paint. */
  animate?: boolean;
  showCredit?: boolean;
  showTopics?: boolean;
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
        <blockquote class="entry-text" dir="auto">
          <p>{view.text}</p>
        </blockquote>
        {showCredit && (
          <figcaption class="entry-credit" dir="auto">
            {view.credit}
          </figcaption>
        )}
      </figure>
      {/* The citation on demand: a disclosure, reached and opened by keyboard like a button. */}
      {showCredit && view.citation && (
        <details class="entry-source">
          <summary>{t('newtab.source')}</summary>
          <p>{view.citation}</p>
        </details>
      )}
    </>
  );
}
