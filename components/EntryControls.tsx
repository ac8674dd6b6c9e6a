import type { Ref } from 'preact';
import { t } from './translate';

interface Props {
  /** Without an entry (nothing matches) only Settings is offered. */
  hasEntry: boolean;
  canGoBack: boolean;
  /** Whether the shown entry is pinned. */
  pinned: boolean;
  onPin: () => void;
  onHide: () => void;
  /** The Hide button, for the focus to return to. */
  hideRef?: Ref<HTMLButtonElement>;
  onPrevious: () => void;
  onNext: () => void;
  onCopy: () => void;
  onSettings: () => void;
}

/** The new tab's buttons; each label is also its accessible name. */
export function EntryControls(props: Props) {
  const {
    hasEntry,
    canGoBack,
    pinned,
    onPin,
    onHide,
    hideRef,
    onPrevious,
    onNext,
    onCopy,
    onSettings,
  } = props;
  // A narrow window shows the symbols of Previous, Hide, Next and Settings without
  // their words (.control-label), which stay the buttons' names.
  const settings = (
    <button type="button" onClick={onSettings}>
      <span aria-hidden="true" class="control-icon">
        ⚙
      </span>
      <span class="control-label">{t('newtab.settings')}</span>
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
        <span class="control-label">{t('newtab.previous')}</span>
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
      <button type="button" ref={hideRef} onClick={onHide} aria-keyshortcuts="h">
        <span aria-hidden="true" class="control-icon">
          ⊘
        </span>
        <span class="control-label">{t('newtab.hide')}</span>
      </button>
      <button type="button" onClick={onNext} aria-keyshortcuts="ArrowRight n">
        <span class="control-label">{t('newtab.next')}</span>
        <span aria-hidden="true"> →</span>
      </button>
      {settings}
    </nav>
  );
}
