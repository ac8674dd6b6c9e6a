import type { JSX } from 'preact';

/** The id of the message that says what is wrong with a field. */
export const errorId = (field: string): string => `own-${field}-error`;

/** aria-describedby from the ids that apply. */
export const describedBy = (...ids: (string | false)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

/** What is wrong with a field, if anything, where the field points to it. */
export function FieldError({ field, message }: { field: string; message: string }) {
  return message ? (
    <p class="field-error" id={errorId(field)}>
      {message}
    </p>
  ) : null;
}

interface TextFieldProps {
  id: string;
  label: string;
  /** The field a problem is reported for (its message's id follows from it). */
  field: string;
  /** What is wrong with the value: empty when nothing is. */
  message: string;
  value: string;
  onValue: (value: string) => void;
  /** The id of a datalist of values to suggest. */
  suggestions?: string;
  onFocus?: () => void;
}

/** A one-line field with its problem shown beside it and tied to it. */
export function TextField(props: TextFieldProps): JSX.Element {
  const { id, label, field, message, value, onValue, suggestions, onFocus } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        dir="auto"
        list={suggestions}
        value={value}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(!!message && errorId(field))}
        onInput={(event) => onValue(event.currentTarget.value)}
        onFocus={onFocus}
      />
      <FieldError field={field} message={message} />
    </div>
  );
}
