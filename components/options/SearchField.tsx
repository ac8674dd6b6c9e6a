interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}

/** A labelled search box, label and box on one line where they fit. */
export function SearchField({ id, label, value, onInput }: Props) {
  return (
    <div class="search-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        dir="auto"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
