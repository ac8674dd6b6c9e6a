import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckboxList, OPEN_LIST_MAX } from '../../components/options/CheckboxList';

afterEach(cleanup);

const items = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ value: `topic-${n}`, label: `Topic ${n}` }));

/** Whether the list scrolls in a box of its own (entrypoints/options/style.css, .long). */
const scrolls = () => screen.getByRole('list').classList.contains('long');

describe('CheckboxList', () => {
  it('lies open while short, and scrolls in a box of its own past that', () => {
    render(<CheckboxList legend="Topics" items={items(18)} checked={[]} onChange={() => {}} />);
    expect(scrolls()).toBe(false);
    cleanup();
    render(
      <CheckboxList
        legend="Topics"
        items={items(OPEN_LIST_MAX + 1)}
        checked={[]}
        onChange={() => {}}
      />,
    );
    expect(scrolls()).toBe(true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(OPEN_LIST_MAX + 1);
  });

  it('scrolls when asked even while short', () => {
    render(
      <CheckboxList legend="Authors" items={items(3)} checked={[]} onChange={() => {}} long />,
    );
    expect(scrolls()).toBe(true);
  });
});
