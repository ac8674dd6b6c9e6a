import { searchable } from '../../utils/filters';
import { SearchField } from './SearchField';

/** The choices a search keeps: those whose name holds it (searchable), and every ticked one, in its place. */
export function matching<T extends { value: string; searchKey: string }>(
  choices: readonly T[],
  query: string,
  ticked: readonly string[],
): T[] {
  const key = searchable(query.trim());
  return choices.filter(
    ({ value, searchKey }) => ticked.includes(value) || searchKey.includes(key),
  );
}

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
