import type { CorpusIndex } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import type { TeamPack } from '../../utils/team/policy';
import { t, tCount } from '../translate';
import { EntryRow } from './EntryRow';
import { PAGE_SIZE, Pager } from './Pager';
import { SearchField } from './SearchField';
import { useSearchedPages } from './useSearchedPages';

interface Props {
  index: CorpusIndex;
  packs: readonly TeamPack[];
  /** The organisation's entries, in policy order. */
  entries: readonly Entry[];
  pins: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
  onTogglePin: (id: string) => Promise<boolean>;
  onSetHidden: (id: string, hidden: boolean) => Promise<boolean>;
}

/**
 * "From your organisation": the entries an administrator pushes, read-only,
 * searchable, each with Pin and Hide (or Show again) like a built-in entry.
 */
export function TeamEntries({ index, packs, entries, pins, hidden, ...actions }: Props) {
  const { query, search, found, page, setPage } = useSearchedPages(entries);
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
      <SearchField id="team-search" label={t('team.search')} value={query} onInput={search} />
      {found.length === 0 && <p class="hint">{t('team.noMatch')}</p>}
      <ul class="pinned-list">
        {found.slice(first, first + PAGE_SIZE).map((entry) => {
          const textId = `team-text-${entry.id}`;
          const isHidden = hidden.has(entry.id);
          return (
            <EntryRow key={entry.id} entry={entry} index={index} textId={textId}>
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
            </EntryRow>
          );
        })}
      </ul>
      <Pager label={t('team.pages')} page={page} count={found.length} onPage={setPage} />
    </section>
  );
}
