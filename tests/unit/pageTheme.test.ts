import { beforeEach, describe, expect, it } from 'vitest';
import pageTheme from '../../entrypoints/page-theme';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { FIRST_PAINT_KEY } from '../../utils/storageKeys';

const html = document.documentElement;

beforeEach(() => {
  localStorage.clear();
  for (const name of ['data-theme', 'data-size', 'data-font']) html.removeAttribute(name);
});

describe('the theme script of Firefox’s options page', () => {
  it('is built for Firefox only', () => {
    expect(pageTheme.include).toEqual(['firefox']);
  });

  it('applies the theme, text size and typeface the mirror holds', () => {
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large', font: 'sans' };
    localStorage.setItem(FIRST_PAINT_KEY, JSON.stringify({ settings }));
    pageTheme.main();
    expect({ ...html.dataset }).toMatchObject({ theme: 'dark', size: 'large', font: 'sans' });
  });

  it('applies the defaults without a mirror, or with a damaged one', () => {
    localStorage.setItem(FIRST_PAINT_KEY, '{"settings": [');
    pageTheme.main();
    expect(html.dataset.theme).toBe(DEFAULT_SETTINGS.theme);
  });
});
