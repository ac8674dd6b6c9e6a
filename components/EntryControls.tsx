interface Props {
  canGoBack: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onCopy: () => void;
}

/** The new tab's buttons; each visible label is also its accessible name. */
export function EntryControls({ canGoBack, onPrevious, onNext, onCopy }: Props) {
  return (
    <nav class="controls" aria-label="Entry controls">
      {/* aria-disabled rather than disabled: the button keeps focus when history runs out. */}
      <button
        type="button"
        onClick={canGoBack ? onPrevious : undefined}
        aria-disabled={!canGoBack}
        aria-keyshortcuts="ArrowLeft"
      >
        <span aria-hidden="true">← </span>Previous
      </button>
      <button type="button" onClick={onCopy} aria-keyshortcuts="c">
        Copy
      </button>
      <button type="button" onClick={onNext} aria-keyshortcuts="ArrowRight n">
        Next<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
