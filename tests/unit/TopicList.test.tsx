import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OPEN_LIST_MAX } from '../../components/options/CheckboxList';
import { TopicList } from '../../components/options/TopicList';

afterEach(cleanup);

const tags = Array.from({ length: OPEN_LIST_MAX + 4 }, (_, n) => `tag ${n}`);

function renderTopics(topics: readonly string[], checked: string[] = []) {
  const changes: string[][] = [];
  render(
    <TopicList
      searchId="s"
      legend="Topics"
      topics={topics}
      checked={checked}
      onChange={(next) => changes.push(next)}
    />,
  );
  const group = screen.getByRole('group', { name: 'Topics' });
  const labels = () =>
    within(group)
      .queryAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent?.trim());
  return { group, labels, changes };
}

describe('TopicList', () => {
  it('lists a few topics open, built-in ones by their names, without a search', () => {
    const { group, labels } = renderTopics(['calm', 'VIP']);
    expect(labels()).toEqual(['Calm', 'VIP']);
    expect(within(group).queryByRole('searchbox')).toBeNull();
  });

  it('searches topics that scroll in their box, keeping ticked ones, and ticks what is found', () => {
    const { group, labels, changes } = renderTopics(tags, ['tag 2']);
    const search = within(group).getByRole('searchbox', { name: 'Search topics' });
    fireEvent.input(search, { target: { value: 'TAG 3' } });
    expect(labels()).toEqual([
      'tag 2',
      'tag 3',
      ...Array.from({ length: 10 }, (_, n) => `tag 3${n}`),
    ]);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'tag 31' }));
    expect(changes).toEqual([['tag 2', 'tag 31']]);
    fireEvent.input(search, { target: { value: 'none such' } });
    expect(labels()).toEqual(['tag 2']);
    cleanup();
    const unticked = renderTopics(tags);
    fireEvent.input(within(unticked.group).getByRole('searchbox'), { target: { value: 'zz' } });
    expect(within(unticked.group).getByRole('status').textContent).toBe('No topic matches “zz”.');
  });
});
