import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../translate';

/** Items per page in the options page's long lists. */
export const PAGE_SIZE = 50;

/** How many pages `count` items fill (at least one, so an empty list is "page 1 of 1"). */
const pageCount = (count: number): number => Math.max(1, Math.ceil(count / PAGE_SIZE));

/** The page (0-based) that holds the item at `position`. */
export const pageOf = (position: number): number => Math.floor(position / PAGE_SIZE);

/**
 * The page to show: the one chosen, or the last there is when the list has
 * shrunk under it (e.g. its last item was removed).
 */
const clampPage = (page: number, count: number): number =>
  Math.min(Math.max(0, page), pageCount(count) - 1);

/**
 * The page a list of `count` items shows, and how to choose another. When
 * the list shrinks under the chosen page (its last item went), the last page
 * there is is shown, and chosen.
 */
export function usePage(count: number): [number, (page: number) => void] {
  const [chosen, setPage] = useState(0);
  const page = clampPage(chosen, count);
  useLayoutEffect(() => {
    if (page !== chosen) setPage(page);
  }, [page, chosen]);
  return [page, setPage];
}

interface Props {
  /** Names the navigation, e.g. "Pinned entries, pages". */
  label: string;
  /** The page shown, from 0. */
  page: number;
  /** How many items the list has (after any search). */
  count: number;
  onPage: (page: number) => void;
}

/**
 * Previous and Next for a long list, and which page is shown ("Page 2 of 44"),
 * said again when it changes. At the first or last page a button stays
 * focusable (aria-disabled, not disabled), so focus never drops to the page.
 * Nothing is shown while the list fits on one page.
 */
export function Pager({ label, page, count, onPage }: Props) {
  const pages = pageCount(count);
  if (pages <= 1) return null;
  const step = (by: -1 | 1) => {
    const next = page + by;
    if (next >= 0 && next < pages) onPage(next);
  };
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" aria-disabled={page === 0 || undefined} onClick={() => step(-1)}>
        {t('pager.previous')}
      </button>
      <p class="pager-status" role="status">
        {t('pager.status', { page: page + 1, pages })}
      </p>
      <button type="button" aria-disabled={page === pages - 1 || undefined} onClick={() => step(1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
