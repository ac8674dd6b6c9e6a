interface Props {
  optionsUrl: string;
}

/** Shown instead of an entry when the user's choices match nothing. */
export function EmptyState({ optionsUrl }: Props) {
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
