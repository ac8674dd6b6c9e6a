import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '../../components/EmptyState';

afterEach(cleanup);

describe('EmptyState', () => {
  it('links to the section that changes what the new tab shows', () => {
    render(<EmptyState optionsUrl="/options.html" onlyPinned={false} />);
    expect(screen.getByRole('link').getAttribute('href')).toBe('/options.html#what');
  });

  it('with only pinned entries on and none pinned, links to the pinned section', () => {
    render(<EmptyState optionsUrl="/options.html" onlyPinned={true} />);
    expect(screen.getByRole('heading').textContent).toBe('Nothing pinned yet');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/options.html#pinned');
  });
});
