interface Props {
  /** Without an entry (nothing matches) only Settings is offered. */
  hasEntry: boolean;
  canGoBack: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onCopy: () => void;
  onSettings: () => void;
}

/** The new tab's buttons; each visible label is also its accessible name. */
export function EntryControls(props: Props) {
  const { hasEntry, canGoBack, onPrevious, onNext, onCopy, onSettings } = props;
  const settings = (
    <button type="button" onClick={onSettings}>
      Settings
    </button>
  );
  if (!hasEntry)
    return (
      <nav class="controls" aria-label="Entry controls">
        {settings}
      </nav>
    );
  return (
    <nav class="controls" aria-label="Entry controls">
      {/* aria-disabled rather than disabled: the button keeps focus when history runs
          out. A click then finds no earlier entry and changes nothing. */}
      <button
        type="button"
        onClick={onPrevious}
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
      {settings}
    </nav>
  );
}
