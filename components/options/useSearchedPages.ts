import { useMemo, useState } from 'preact/hooks';
import { type Searched, searchEntries } from '../../utils/filters';
import { usePage } from './Pager';

/**
 * A list of entries searched by text and author, and paged: what the search
 * finds, the page shown, and a search that starts again at the first page.
 */
export function useSearchedPages<T extends Searched>(entries: readonly T[]) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchEntries(entries, query), [entries, query]);
  const [page, setPage] = usePage(found.length);
  const search = (value: string) => {
    setQuery(value);
    setPage(0);
  };
  return { query, search, found, page, setPage };
}
