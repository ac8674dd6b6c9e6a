import { useState } from 'preact/hooks';
import { type CorpusIndex, eligibleIds, pool } from '../../utils/corpusIndex';
import { ENTRY_KINDS } from '../../utils/entry';
import { authorOf, countsFor, searchable } from '../../utils/filters';
import type { Settings } from '../../utils/settings';
import { authorLabel, topicLabel } from '../labels';
import { lang, t, tCount } from '../translate';
import { CheckboxList } from './CheckboxList';
import { Locked } from './Locked';
import { SearchField } from './SearchField';
import { SettingToggle } from './SettingToggle';
import type { SettingsForm } from './settingsForm';

interface Props extends SettingsForm {
  index: CorpusIndex;
  /** Topic ids to filter by, in order. */
  topics: readonly string[];
  pins: readonly string[];
  hidden: readonly string[];
  /** Whether the user's organisation pushes entries ("only my organisation's" is offered). */
  withTeam: boolean;
}

/** "None ticked: all are shown", said only while it is true. */
const noneTicked = (checked: readonly string[]) =>
  checked.length === 0 ? t('what.noneTicked') : undefined;

/** Kinds, topics and authors to show, with counts and a live total. */
export function WhatToShow(props: Props) {
  const { index, topics: topicIds, settings, pins, locked, onChange } = props;
  const [authorQuery, setAuthorQuery] = useState('');
  const entries = pool(index, settings);
  const topicCounts = countsFor('topics', entries, settings, index.sources);
  const authorCounts = countsFor('authors', entries, settings, index.sources);
  const total = eligibleIds(index, settings, pins, new Set(props.hidden)).length;

  const topics = topicIds.map((topic) => ({
    value: topic,
    label: topicLabel(topic),
    count: topicCounts.get(topic) ?? 0,
  }));
  const query = searchable(authorQuery.trim());
  const allAuthors = index.all.map((entry) => authorOf(entry, index.sources));
  const authors = [...new Set([...allAuthors, ...settings.authors])]
    .map((name) => ({ value: name, label: authorLabel(name), count: authorCounts.get(name) ?? 0 }))
    .filter(
      ({ value, label }) => settings.authors.includes(value) || searchable(label).includes(query),
    )
    .sort((a, b) => a.label.localeCompare(b.label, lang()));

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
        <CheckboxList
          legend={t('what.topics')}
          hint={noneTicked(settings.topics)}
          items={topics}
          checked={settings.topics}
          onChange={(checked) => onChange({ topics: checked })}
        />
      </Locked>
      <Locked locked={locked.has('authors')}>
        <CheckboxList
          legend={t('what.authors')}
          hint={noneTicked(settings.authors)}
          items={authors}
          long
          checked={settings.authors}
          onChange={(checked) => onChange({ authors: checked })}
        >
          <SearchField
            id="author-search"
            label={t('what.searchAuthors')}
            value={authorQuery}
            onInput={setAuthorQuery}
          />
          {authors.length === 0 && (
            <p class="hint" role="status">
              {t('what.noAuthorMatches', { query: authorQuery.trim() })}
            </p>
          )}
        </CheckboxList>
      </Locked>
    </section>
  );
}
