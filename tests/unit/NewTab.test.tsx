import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { NewTab } from '../../components/NewTab';
import { TabRotation } from '../../storage/rotationStore';
import type { Entry } from '../../utils/entry';

const entries: Entry[] = ['One', 'Two', 'Three', 'Four'].map((word) => ({
  id: word.toLowerCase(),
  kind: 'quote',
  text: `${word} line.`,
  author: `Author ${word}`,
  source: 's',
  topics: ['calm'],
}));
const byId = new Map(entries.map((e) => [e.id, e]));
const sources = new Map([['s', { id: 's', title: 'Source' }]]);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function renderNewTab(
  pins: { pinned: ReadonlySet<string>; togglePin: (id: string) => Promise<string | null> } = {
    pinned: new Set(),
    togglePin: async () => null,
  },
) {
  const rotation = new TabRotation(() => ({ eligible: [...byId.keys()], period: null }));
  const initial = await rotation.open();
  render(
    <NewTab
      initialId={initial?.id ?? null}
      busy={false}
      entries={byId}
      sources={sources}
      eligible={new Set(byId.keys())}
      settings={{ showAuthor: true, showTopics: true, onlyPinned: false }}
      pinned={pins.pinned}
      togglePin={pins.togglePin}
      rotation={rotation}
      optionsUrl="/options.html"
      openSettings={() => {}}
    />,
  );
  return document.querySelector('blockquote')?.textContent ?? '';
}

const shownText = () => document.querySelector('blockquote')?.textContent ?? '';

describe('NewTab', () => {
  it('shows the first entry with Previous unavailable', async () => {
    const first = await renderNewTab();
    expect(entries.map((e) => e.text)).toContain(first);
    const previous = screen.getByRole('button', { name: /Previous/ });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
  });

  it('moves on with Next and back with Previous, announcing each change', async () => {
    const first = await renderNewTab();
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(shownText()).not.toBe(first));
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toContain(shownText());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Previous/ }).getAttribute('aria-disabled')).toBe(
        'false',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    await waitFor(() => expect(shownText()).toBe(first));
  });

  it('answers the keyboard shortcuts, but not while typing in a field', async () => {
    const first = await renderNewTab();
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'n' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownText()).toBe(first);
    field.remove();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    await waitFor(() => expect(shownText()).not.toBe(first));
  });

  it('copies "text — author" and says so', async () => {
    const first = await renderNewTab();
    fireEvent.click(screen.getByRole('button', { name: /Copy/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Copied/));
    const entry = entries.find((e) => e.text === first);
    expect(await navigator.clipboard.readText()).toBe(`${first} — ${entry?.author}`);
  });

  it('shows whether the entry is pinned, and toggles it with the button and with p', async () => {
    const toggled: string[] = [];
    const first = await renderNewTab({
      pinned: new Set(entries.map((e) => e.id)),
      togglePin: async (id) => {
        toggled.push(id);
        return null;
      },
    });
    const pin = screen.getByRole('button', { name: /Pin/ });
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(document.body, { key: 'p' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Unpinned.'));
    fireEvent.click(pin);
    const id = entries.find((e) => e.text === first)?.id;
    expect(toggled).toEqual([id, id]);
  });

  it('says why a pin could not be made', async () => {
    await renderNewTab({
      pinned: new Set(),
      togglePin: async () => 'Sync storage can hold about 3 pins: unpin some to pin more.',
    });
    const pin = screen.getByRole('button', { name: /Pin/ });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/about 3 pins/));
  });
});
