import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { choicesMatching, searchable } from '../../utils/filters';
import { topicLabel } from '../labels';
import { t } from '../translate';
import { CheckboxList, OPEN_LIST_MAX } from './CheckboxList';
import { ChoiceSearch } from './ChoiceSearch';

interface Props {
  /** The search field's id: the filter and the entry form each have one. */
  searchId: string;
  legend: string;
  hint?: ComponentChildren;
  topics: readonly string[];
  /** How many entries each topic has, where the list says so. */
  counts?: ReadonlyMap<string, number>;
  checked: readonly string[];
  onChange: (checked: string[]) => void;
}

/**
 * Topics as checkboxes. Only a list long enough to scroll in its box gets a
 * search: the built-in topics lie open; an import of a collection's tags can
 * bring hundreds. Ticked topics stay listed, in their place.
 */
export function TopicList({ searchId, topics, counts, ...list }: Props) {
  const [query, setQuery] = useState('');
  const choices = useMemo(
    () =>
      topics.map((topic) => {
        const label = topicLabel(topic);
        return { value: topic, label, searchKey: searchable(label) };
      }),
    [topics],
  );
  const searched = topics.length > OPEN_LIST_MAX;
  // A search no longer shown (the topics became few) no longer narrows them.
  const found = choicesMatching(choices, searched ? query : '', list.checked);
  const items = counts
    ? found.map((topic) => ({ ...topic, count: counts.get(topic.value) ?? 0 }))
    : found;
  return (
    <CheckboxList {...list} items={items} long={searched}>
      {searched && (
        <ChoiceSearch
          id={searchId}
          label={t('what.searchTopics')}
          query={query}
          onInput={setQuery}
          noMatch={t('what.noTopicMatches', { query: query.trim() })}
          found={found.length}
        />
      )}
    </CheckboxList>
  );
}
