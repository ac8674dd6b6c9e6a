import { SearchField } from './SearchField';

interface SearchProps {
  id: string;
  label: string;
  query: string;
  onInput: (query: string) => void;
  /** Said when nothing matches the query. */
  noMatch: string;
  found: number;
}

/** A search over a list of choices, saying so when nothing matches. */
export function ChoiceSearch({ noMatch, found, query, ...field }: SearchProps) {
  return (
    <>
      <SearchField {...field} value={query} />
      {found === 0 && (
        <p class="hint" role="status">
          {noMatch}
        </p>
      )}
    </>
  );
}
