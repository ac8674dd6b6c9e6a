interface Props {
  optionsUrl: string;
  /** "Show only pinned entries" is on: the way out is to pin something. */
  onlyPinned: boolean;
}

/** Shown instead of an entry when the user's choices match nothing. */
export function EmptyState({ optionsUrl, onlyPinned }: Props) {
  if (onlyPinned) {
    return (
      <section class="empty" aria-labelledby="empty-title">
        <h2 id="empty-title">Nothing pinned yet</h2>
        <p>
          You chose to see only pinned entries, and none is pinned. Turn that off in{' '}
          <a href={optionsUrl}>Settings</a>, then press Pin (or the P key) on an entry you want to
          keep.
        </p>
      </section>
    );
  }
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">Nothing to show with these choices</h2>
      <p>
        None of the quotes or tips matches what you chose to see.{' '}
        <a href={optionsUrl}>Change what to show in Settings</a>.
      </p>
    </section>
  );
}
