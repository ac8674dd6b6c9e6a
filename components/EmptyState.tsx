import { LinkedSentence } from './LinkedSentence';
import { t } from './translate';

interface Props {
  optionsUrl: string;
  /** "Show only pinned entries" is on: the way out is to pin something. */
  onlyPinned: boolean;
}

/** Shown instead of an entry when the user's choices match nothing; its link opens the section to change. */
export function EmptyState({ optionsUrl, onlyPinned }: Props) {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t(onlyPinned ? 'newtab.emptyPinnedTitle' : 'newtab.emptyTitle')}</h2>
      <p>
        <LinkedSentence
          sentence={t(onlyPinned ? 'newtab.emptyPinned' : 'newtab.empty')}
          href={`${optionsUrl}#${onlyPinned ? 'pinned' : 'what'}`}
        />
      </p>
    </section>
  );
}
