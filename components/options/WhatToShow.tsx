import { useState } from 'preact/hooks';
import { TOPIC_LABELS, TOPICS, type Topic } from '../../content/topics';
import { type CorpusIndex, eligibleIds, pool, topicsInUse } from '../../utils/corpusIndex';
import { authorOf, countsFor } from '../../utils/filters';
import type { Settings } from '../../utils/settings';
import { CheckboxList } from './CheckboxList';
import { countOf } from './count';
import { Toggle } from './Toggle';

interface Props {
  index: CorpusIndex;
  settings: Settings;
  pins: readonly string[];
  onChange: (changes: Partial<Settings>) => void;
}

const ALL_HINT = 'None ticked: all are shown.';

export function matchLine(count: number): string {
  return countOf(count, 'entry matches', 'entries match');
}

/** Kinds, topics and authors to show, with counts and a live total. */
export function WhatToShow({ index, settings, pins, onChange }: Props) {
  const [authorQuery, setAuthorQuery] = useState('');
  const entries = pool(index, settings);
  const topicCounts = countsFor('topics', entries, settings, index.sources);
  const authorCounts = countsFor('authors', entries, settings, index.sources);
  const total = eligibleIds(index, settings, pins).length;

  const topics = topicsInUse(index, TOPICS).map((topic) => ({
    value: topic,
    label: TOPIC_LABELS[topic as Topic] ?? topic,
    count: topicCounts.get(topic) ?? 0,
  }));
  const query = authorQuery.trim().toLowerCase();
  const allAuthors = index.all.map((entry) => authorOf(entry, index.sources));
  const authors = [...new Set([...allAuthors, ...settings.authors])]
    .filter((name) => settings.authors.includes(name) || name.toLowerCase().includes(query))
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({ value: name, label: name, count: authorCounts.get(name) ?? 0 }));

  return (
    <section aria-labelledby="what-title">
      <h2 id="what-title">What to show</h2>
      <p class="match-count" aria-live="polite">
        {matchLine(total)}
      </p>
      {settings.onlyPinned && (
        <p class="hint">
          Only pinned entries are shown (see Pinned below): these choices apply again when you turn
          that off.
        </p>
      )}
      <CheckboxList
        legend="Kinds"
        hint={ALL_HINT}
        items={[
          { value: 'quote', label: 'Quotes' },
          { value: 'tip', label: 'Service tips' },
        ]}
        checked={settings.kinds}
        onChange={(kinds) => onChange({ kinds: kinds as Settings['kinds'] })}
      />
      <Toggle
        class="only-mine"
        label="Only my entries"
        checked={settings.onlyMine}
        onChange={(onlyMine) => onChange({ onlyMine })}
      />
      <CheckboxList
        legend="Topics"
        hint={ALL_HINT}
        items={topics}
        checked={settings.topics}
        onChange={(checked) => onChange({ topics: checked })}
      />
      <CheckboxList
        legend="Authors"
        hint={ALL_HINT}
        items={authors}
        checked={settings.authors}
        onChange={(checked) => onChange({ authors: checked })}
      >
        <div class="author-search">
          <label for="author-search">Search authors</label>
          <input
            id="author-search"
            type="search"
            value={authorQuery}
            onInput={(event) => setAuthorQuery(event.currentTarget.value)}
          />
        </div>
      </CheckboxList>
    </section>
  );
}
