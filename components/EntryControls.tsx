import { t } from './translate';

interface Props {
  /** Without an entry (nothing matches) only Settings is offered. */
  hasEntry: boolean;
  canGoBack: boolean;
  /** Whether the shown entry is pinned. */
  pinned: boolean;
  onPin: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onCopy: () => void;
  onSettings: () => void;
}

/** The new tab's buttons; each visible label is also its accessible name. */
export function EntryControls(props: Props) {
  const { hasEntry, canGoBack, pinned, onPin, onPrevious, onNext, onCopy, onSettings } = props;
  const settings = (
    <button type="button" onClick={onSettings}>
      {t('newtab.settings')}
    </button>
  );
  if (!hasEntry)
    return (
      <nav class="controls" aria-label={t('newtab.controls')}>
        {settings}
      </nav>
    );
  return (
    <nav class="controls" aria-label={t('newtab.controls')}>
      {/* aria-disabled rather than disabled: the button keeps focus when history runs
          out. A click then finds no earlier entry and changes nothing. */}
      <button
        type="button"
        onClick={onPrevious}
        aria-disabled={!canGoBack}
        aria-keyshortcuts="ArrowLeft"
      >
        <span aria-hidden="true">← </span>
        {t('newtab.previous')}
      </button>
      <button type="button" onClick={onCopy} aria-keyshortcuts="c">
        {t('newtab.copy')}
      </button>
      {/* A toggle: its name stays "Pin" and aria-pressed tells the state; the
          star's shape (not only its colour) shows it at a glance. */}
      <button type="button" class="pin" onClick={onPin} aria-pressed={pinned} aria-keyshortcuts="p">
        <span aria-hidden="true" class="pin-star">
          {pinned ? '★ ' : '☆ '}
        </span>
        {t('newtab.pin')}
      </button>
      <button type="button" onClick={onNext} aria-keyshortcuts="ArrowRight n">
        {t('newtab.next')}
        <span aria-hidden="true"> →</span>
      </button>
      {settings}
    </nav>
  );
}
