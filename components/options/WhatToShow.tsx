import { useMemo, useState } from 'preact/hooks';
import { type CorpusIndex, eligibleIds, pool } from '../../utils/corpusIndex';
import { ENTRY_KINDS } from '../../utils/entry';
import { authorOf, choicesMatching, countsFor, searchable } from '../../utils/filters';
import type { Settings } from '../../utils/settings';
import { authorLabel } from '../labels';
import { lang, t, tCount } from '../translate';
import { CheckboxList } from './CheckboxList';
import { ChoiceSearch } from './ChoiceSearch';
import { Locked } from './Locked';
import { SettingToggle } from './SettingToggle';
import type { SettingsForm } from './settingsForm';
import { TickedHint } from './TickedHint';
import { TopicList } from './TopicList';

interface Props extends SettingsForm {
  index: CorpusIndex;
  /** Topic ids to filter by, in order. */
  topics: readonly string[];
  pins: readonly string[];
  hidden: readonly string[];
  /** Whether the user's organisation pushes entries ("only my organisation's" is offered). */
  withTeam: boolean;
}

/**
 * How many authors the list shows before a search narrows it: every built-in
 * author fits; a collection of one's own can bring thousands, which nobody
 * scrolls through, and each one listed slows every key typed in the search.
 */
export const AUTHORS_LISTED = 300;

/** "None ticked: all are shown", said only while it is true. */
const noneTicked = (checked: readonly string[]) =>
  checked.length === 0 ? t('what.noneTicked') : undefined;

/**
 * The counts beside the choices, every author sorted with the text a search
 * compares, and the live total: worked out again when the choices change,
 * not at each key typed in the author search (10,000 own entries take tens
 * of milliseconds).
 */
function useCounts({ index, settings, pins, hidden }: Props) {
  return useMemo(() => {
    const entries = pool(index, settings);
    const authorCounts = countsFor('authors', entries, settings, index.sources);
    const names = new Set([
      ...index.all.map((entry) => authorOf(entry, index.sources)),
      ...settings.authors,
    ]);
    const authorChoices = [...names]
      .map((name) => {
        const label = authorLabel(name);
        return {
          value: name,
          label,
          count: authorCounts.get(name) ?? 0,
          searchKey: searchable(label),
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label, lang()));
    return {
      topicCounts: countsFor('topics', entries, settings, index.sources),
      authorChoices,
      total: eligibleIds(index, settings, pins, new Set(hidden)).length,
    };
  }, [index, settings, pins, hidden]);
}

/** Kinds, topics and authors to show, with counts and a live total. */
export function WhatToShow(props: Props) {
  const { topics: topicIds, settings, locked, onChange } = props;
  const [authorQuery, setAuthorQuery] = useState('');
  const { topicCounts, authorChoices, total } = useCounts(props);
  // A ticked topic no entry has any more (its last entry deleted) stays
  // listed, as a ticked author does, to be unticked.
  const topicsListed = useMemo(
    () => [...topicIds, ...settings.topics.filter((topic) => !topicIds.includes(topic))],
    [topicIds, settings.topics],
  );

  const setTopics = (topics: string[]) => onChange({ topics });
  const setAuthors = (authors: string[]) => onChange({ authors });
  const authors = choicesMatching(authorChoices, authorQuery, settings.authors);
  // Ticked authors stay listed, in their place, past the limit.
  const listed = authors.filter(
    ({ value }, position) => position < AUTHORS_LISTED || settings.authors.includes(value),
  );

  return (
    <section id="what" aria-labelledby="what-title">
      <h2 id="what-title">{t('what.title')}</h2>
      <p class="match-count" aria-live="polite">
        {tCount('what.matches', total)}
      </p>
      {settings.onlyPinned && <p class="hint">{t('what.onlyPinned')}</p>}
      <Locked locked={locked.has('kinds')}>
        <CheckboxList
          legend={t('what.kinds')}
          hint={noneTicked(settings.kinds)}
          items={ENTRY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          checked={settings.kinds}
          onChange={(kinds) => onChange({ kinds: kinds as Settings['kinds'] })}
        />
      </Locked>
      <SettingToggle name="onlyMine" class="only-mine" label={t('what.onlyMine')} form={props} />
      {(props.withTeam || settings.onlyTeam) && (
        <SettingToggle name="onlyTeam" class="only-team" label={t('what.onlyTeam')} form={props} />
      )}
      <Locked locked={locked.has('topics')}>
        <TopicList
          searchId="topic-search"
          legend={t('what.topics')}
          hint={
            <TickedHint
              checked={settings.topics}
              untick="what.untickTopics"
              tickAgain="what.tickTopicsAgain"
              onChange={setTopics}
            />
          }
          topics={topicsListed}
          counts={topicCounts}
          checked={settings.topics}
          onChange={setTopics}
        />
      </Locked>
      <Locked locked={locked.has('authors')}>
        <CheckboxList
          legend={t('what.authors')}
          hint={
            <TickedHint
              checked={settings.authors}
              untick="what.untickAuthors"
              tickAgain="what.tickAuthorsAgain"
              onChange={setAuthors}
            />
          }
          items={listed}
          long
          checked={settings.authors}
          onChange={setAuthors}
        >
          <ChoiceSearch
            id="author-search"
            label={t('what.searchAuthors')}
            query={authorQuery}
            onInput={setAuthorQuery}
            noMatch={t('what.noAuthorMatches', { query: authorQuery.trim() })}
            found={authors.length}
          />
          {listed.length < authors.length && (
            <p class="hint">
              {t('what.authorsListed', { shown: listed.length, n: authors.length })}
            </p>
          )}
        </CheckboxList>
      </Locked>
    </section>
  );
}
