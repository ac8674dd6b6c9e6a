interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  class?: string;
}

/** One labelled checkbox for an on/off setting. */
export function Toggle({ label, checked, onChange, class: className }: Props) {
  return (
    <label class={className}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />{' '}
      {label}
    </label>
  );
}
