import type { MessageKey } from '../utils/text';
import { LinkedSentence } from './LinkedSentence';
import { t } from './translate';

/**
 * Why nothing shows: the filters match nothing; "Show only pinned entries"
 * is on with nothing pinned; or the user hid everything that matches.
 */
export type EmptyReason = 'filters' | 'pinned' | 'hidden';

/** Each reason's title, sentence, and the options section that is the way out. */
const WORDS: Record<EmptyReason, [title: MessageKey, sentence: MessageKey, section: string]> = {
  filters: ['newtab.emptyTitle', 'newtab.empty', 'what'],
  pinned: ['newtab.emptyPinnedTitle', 'newtab.emptyPinned', 'pinned'],
  hidden: ['newtab.emptyHiddenTitle', 'newtab.emptyHidden', 'hidden'],
};

/** Shown instead of an entry when the user's choices leave nothing; its link opens the section to change. */
export function EmptyState({ optionsUrl, reason }: { optionsUrl: string; reason: EmptyReason }) {
  const [title, sentence, section] = WORDS[reason];
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t(title)}</h2>
      <p>
        <LinkedSentence sentence={t(sentence)} href={`${optionsUrl}#${section}`} />
      </p>
    </section>
  );
}
