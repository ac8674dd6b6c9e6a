interface Props<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A fieldset of labelled radio buttons. */
export function RadioGroup<T extends string>({ legend, name, options, value, onChange }: Props<T>) {
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      <div class="radio-row">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
