import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '../../components/EmptyState';

afterEach(cleanup);

describe('EmptyState', () => {
  it('links to the section that changes what the new tab shows', () => {
    render(<EmptyState optionsUrl="/options.html" reason="filters" />);
    expect(screen.getByRole('heading').textContent).toBe('Nothing to show with these choices');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/options.html#what');
  });

  it('with only pinned entries on and none pinned, links to the pinned section', () => {
    render(<EmptyState optionsUrl="/options.html" reason="pinned" />);
    expect(screen.getByRole('heading').textContent).toBe('Nothing pinned yet');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/options.html#pinned');
  });

  it('when the user hid everything that matches, says so and links to the hidden entries', () => {
    render(<EmptyState optionsUrl="/options.html" reason="hidden" />);
    expect(screen.getByRole('heading').textContent).toBe('Everything that matches is hidden');
    expect(screen.getByRole('link').textContent).toBe('Show some of them again in Settings');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/options.html#hidden');
  });
});
