import { useMemo, useState } from 'preact/hooks';
import { type Searched, searchEntries } from '../../utils/filters';
import { pageOf, usePage } from './Pager';

/**
 * A list of entries searched by text and author, and paged: what the search
 * finds, the page shown, a search that starts again at the first page, and
 * the list as it was (an Undo lists its entries again, whatever was searched since).
 */
export function useSearchedPages<T extends Searched>(entries: readonly T[]) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchEntries(entries, query), [entries, query]);
  const [page, setPage] = usePage(found.length);
  const search = (value: string) => {
    setQuery(value);
    setPage(0);
  };
  const listAgain = (then: string, position: number) => {
    setQuery(then);
    setPage(pageOf(position));
  };
  return { query, search, found, page, setPage, listAgain };
}
