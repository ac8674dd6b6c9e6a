import { useLayoutEffect, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import type { TeamPack } from '../../utils/team/policy';
import { t, tCount } from '../translate';
import { EntrySummary } from './EntrySummary';
import { clampPage, PAGE_SIZE, Pager } from './Pager';
import { SearchField } from './SearchField';

interface Props {
  index: CorpusIndex;
  packs: readonly TeamPack[];
  /** The organisation's entries, in policy order. */
  entries: readonly Entry[];
  pins: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
  onTogglePin: (id: string) => Promise<void>;
  onSetHidden: (id: string, hidden: boolean) => Promise<void>;
}

const matchesQuery = (entry: Entry, query: string) =>
  query === '' ||
  entry.text.toLowerCase().includes(query) ||
  (entry.author ?? '').toLowerCase().includes(query);

/**
 * "From your organisation": the entries an administrator pushes, read-only,
 * searchable, each with Pin and Hide (or Show again) like a built-in entry.
 */
export function TeamEntries({ index, packs, entries, pins, hidden, ...actions }: Props) {
  const [query, setQuery] = useState('');
  const [chosenPage, setPage] = useState(0);
  const found = entries.filter((entry) => matchesQuery(entry, query.trim().toLowerCase()));
  const page = clampPage(chosenPage, found.length);
  useLayoutEffect(() => {
    if (page !== chosenPage) setPage(page);
  }, [page, chosenPage]);
  const first = page * PAGE_SIZE;
  return (
    <section id="team" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p class="hint">{t('team.intro')}</p>
      <ul class="team-packs">
        {packs.map((pack) => (
          <li key={pack.name}>{tCount('team.count', pack.count, { pack: pack.name })}</li>
        ))}
      </ul>
      <SearchField id="team-search" label={t('team.search')} value={query} onInput={setQuery} />
      {found.length === 0 && <p class="hint">{t('team.noMatch')}</p>}
      <ul class="pinned-list">
        {found.slice(first, first + PAGE_SIZE).map((entry) => {
          const textId = `team-text-${entry.id}`;
          const isHidden = hidden.has(entry.id);
          return (
            <li key={entry.id}>
              <EntrySummary entry={entry} index={index} textId={textId} />
              <div class="pinned-actions">
                <button
                  type="button"
                  aria-describedby={textId}
                  aria-pressed={pins.has(entry.id)}
                  onClick={() => void actions.onTogglePin(entry.id)}
                >
                  {t('newtab.pin')}
                </button>
                <button
                  type="button"
                  aria-describedby={textId}
                  onClick={() => void actions.onSetHidden(entry.id, !isHidden)}
                >
                  {t(isHidden ? 'hidden.showAgain' : 'newtab.hide')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <Pager label={t('team.pages')} page={page} count={found.length} onPage={setPage} />
    </section>
  );
}
