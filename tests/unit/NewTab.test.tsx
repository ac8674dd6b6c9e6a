import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { entryView } from '../../components/labels';
import { NewTab, type NewTabProps, type Rotation } from '../../components/NewTab';
import { TabRotation } from '../../storage/rotationStore';
import type { Entry } from '../../utils/entry';
import type { ShortcutAction } from '../../utils/shortcuts';
import type { Shown } from '../../utils/shuffleBag';

const entries: Entry[] = ['One', 'Two', 'Three', 'Four'].map((word) => ({
  id: word.toLowerCase(),
  kind: 'quote',
  text: `${word} line.`,
  author: `Author ${word}`,
  source: 's',
  topics: ['calm'],
}));
const byId = new Map(entries.map((e) => [e.id, e]));
const source = { id: 's', title: 'Source' };
const viewOf = (id: string) => {
  const entry = byId.get(id);
  return entry && entryView(entry, source);
};

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

interface Pins {
  pinned: ReadonlySet<string>;
  togglePin: (id: string) => Promise<boolean | string>;
}

/** What the tab hides and deletes, as the app would store it. */
type Hiding = Pick<NewTabProps, 'setHidden' | 'isOwn' | 'deleteOwn'>;

/** What every rendered tab takes that a test does not look at. */
const quietProps = {
  busy: false,
  viewOf,
  settings: { showAuthor: true, showTopics: true, onlyPinned: false },
  pinned: new Set<string>(),
  togglePin: async () => false,
  setHidden: async () => null,
  isOwn: () => false,
  deleteOwn: async () => 'unused',
  optionsUrl: '/options.html',
  openSettings: () => {},
};

/** A rotation over what `eligible` returns at each step, and the entry it opens with. */
async function openRotation(eligible: () => Iterable<string>) {
  const rotation = new TabRotation(() => ({ eligible: [...eligible()], period: null }));
  return { rotation, first: (await rotation.open())?.id ?? null };
}

async function renderNewTab(
  pins: Pins = { pinned: new Set(), togglePin: async () => false },
  over: { rotation?: Rotation; takeOver?: () => ShortcutAction[]; hiding?: Hiding } = {},
) {
  const own = new TabRotation(() => ({ eligible: [...byId.keys()], period: null }));
  const rotation = over.rotation ?? own;
  const initial = over.rotation ? { id: 'one' } : await own.open();
  render(
    <NewTab
      {...quietProps}
      initialId={initial?.id ?? null}
      eligible={new Set(byId.keys())}
      pinned={pins.pinned}
      togglePin={pins.togglePin}
      rotation={rotation}
      takeOver={over.takeOver}
      {...over.hiding}
    />,
  );
  return document.querySelector('blockquote')?.textContent ?? '';
}

const shownText = () => document.querySelector('blockquote')?.textContent ?? '';

/**
 * Renders a tab with the entries in `ids` eligible, and returns `show`,
 * which renders it again with others, as the app does after a storage
 * change; `props` may call it from the tab's own callbacks (a pin, a hide).
 */
function liveTab(
  rotation: Rotation,
  first: string | null,
  ids: Set<string>,
  props: (ids: Set<string>, show: (ids: Set<string>) => void) => Partial<NewTabProps>,
): (ids: Set<string>) => void {
  const page = (current: Set<string>) => (
    <NewTab
      {...quietProps}
      initialId={first}
      eligible={current}
      rotation={rotation}
      {...props(current, show)}
    />
  );
  const { rerender } = render(page(ids));
  function show(current: Set<string>) {
    rerender(page(current));
  }
  return show;
}

/** A rotation whose replace() answers only when the test calls `arrive`. */
function replacingLater() {
  let answer: (shown: Shown) => void = () => {};
  const rotation: Rotation = {
    next: async () => null,
    replace: () => new Promise((resolve) => (answer = resolve)),
    previous: async () => null,
    canGoBack: async () => false,
  };
  return { rotation, arrive: (shown: Shown) => answer(shown) };
}

/** Presses h, and waits until the tab says the entry is hidden. */
async function pressHide() {
  fireEvent.keyDown(document.body, { key: 'h' });
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('Hidden: it will not show again.'),
  );
}

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

  it('announces a tip with its title, as Copy gives it', async () => {
    const tip: Entry = {
      id: 'tip',
      kind: 'tip',
      title: 'Pause',
      text: 'Take a breath.',
      source: 's',
      topics: ['calm'],
    };
    const toTip: Rotation = {
      next: async () => ({ id: 'tip', seq: 1 }),
      replace: async () => null,
      previous: async () => null,
      canGoBack: async () => false,
    };
    render(
      <NewTab
        {...quietProps}
        initialId="one"
        eligible={new Set(['one', 'tip'])}
        viewOf={(id) => (id === 'tip' ? entryView(tip, source) : viewOf(id))}
        rotation={toTip}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    const live = () => document.querySelector('[aria-live="polite"]')?.textContent;
    await waitFor(() => expect(live()).toContain('Pause. Take a breath.'));
  });

  it('answers the keyboard shortcuts, but not while typing in a field', async () => {
    const first = await renderNewTab();
    const field = document.createElement('input');
    document.body.append(field);
    // Not taken as a shortcut: the key is left to the field (not prevented), nothing moves.
    expect(fireEvent.keyDown(field, { key: 'n' })).toBe(true);
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

  it('says "Copied" again, as a change a screen reader speaks, each time Copy is pressed', async () => {
    await renderNewTab();
    const status = screen.getByRole('status');
    const said: string[] = [];
    for (let press = 0; press < 3; press++) {
      const before = status.textContent;
      fireEvent.keyDown(document.body, { key: 'c' });
      await waitFor(() => expect(status.textContent).not.toBe(before));
      said.push(status.textContent ?? '');
    }
    expect(said.map((words) => words.trim())).toEqual(Array(3).fill('Copied to the clipboard.'));
  });

  it('shows whether the entry is pinned, and toggles it with the button and with p', async () => {
    const toggled: string[] = [];
    const first = await renderNewTab({
      pinned: new Set(entries.map((e) => e.id)),
      togglePin: async (id) => {
        toggled.push(id);
        return toggled.length % 2 === 0;
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

  it('says what quick presses of p did, before the page hears back from storage', async () => {
    // Storage toggles each press in turn; the page's pins are re-read only later.
    const stored = new Set<string>();
    await renderNewTab({
      pinned: new Set(),
      togglePin: async (id) => {
        if (!stored.delete(id)) stored.add(id);
        return stored.has(id);
      },
    });
    fireEvent.keyDown(document.body, { key: 'p' });
    fireEvent.keyDown(document.body, { key: 'p' });
    await waitFor(() => expect(stored.size).toBe(0));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Unpinned.'));
  });

  it('with only pinned entries showing, keeps an entry unpinned here on screen until the user moves on', async () => {
    let pinned = new Set(['one', 'two']);
    const { rotation, first } = await openRotation(() => pinned);
    liveTab(rotation, first, pinned, (ids, show) => ({
      settings: { showAuthor: true, showTopics: true, onlyPinned: true },
      pinned: ids,
      togglePin: async (id) => {
        pinned = new Set([...pinned].filter((other) => other !== id));
        show(pinned);
        return false;
      },
    }));
    const text = shownText();
    fireEvent.keyDown(document.body, { key: 'p' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Unpinned.'));
    expect(shownText()).toBe(text);
    const pin = screen.getByRole('button', { name: /Pin/ });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    expect(pinned.size).toBe(1);
    fireEvent.keyDown(document.body, { key: 'n' });
    await waitFor(() => expect(shownText()).not.toBe(text));
    expect(pinned.has(entries.find((e) => e.text === shownText())?.id ?? '')).toBe(true);
    // The last pin unpinned stays too; Next then leads to the empty state.
    const last = shownText();
    fireEvent.keyDown(document.body, { key: 'p' });
    await waitFor(() => expect(pinned.size).toBe(0));
    expect(shownText()).toBe(last);
    fireEvent.keyDown(document.body, { key: 'n' });
    await screen.findByRole('heading', { name: 'Nothing pinned yet' });
    expect(document.querySelector('blockquote')).toBeNull();
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

  it('carries out what was asked before it took over the first paint, in order', async () => {
    const toggled: string[] = [];
    const togglePin = async (id: string) => {
      toggled.push(id);
      return true;
    };
    const first = await renderNewTab(
      { pinned: new Set(), togglePin },
      { takeOver: () => ['pin', 'next'] },
    );
    await waitFor(() => expect(shownText()).not.toBe(first));
    expect(toggled).toEqual([entries.find((e) => e.text === first)?.id]);
  });

  it('moves on with a Next pressed while storage is still being read', async () => {
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    let eligible: string[] = [];
    const rotation = new TabRotation(() => ({ eligible, period: null }), undefined, ready);
    await renderNewTab(undefined, { rotation });
    fireEvent.keyDown(document.body, { key: 'n' });
    // Storage answers: the tab confirms the entry it painted, then is ready.
    eligible = [...byId.keys()];
    await rotation.open('one');
    markReady();
    await waitFor(() => expect(shownText()).not.toBe('One line.'));
    expect(entries.map((e) => e.text)).toContain(shownText());
  });

  it('keeps Previous unavailable when the rotation cannot tell', async () => {
    const failing: Rotation = {
      next: async () => null,
      replace: async () => null,
      previous: async () => null,
      canGoBack: () => Promise.reject(new Error('storage refused')),
    };
    await renderNewTab(undefined, { rotation: failing });
    const previous = screen.getByRole('button', { name: /Previous/ });
    await waitFor(() => expect(previous.getAttribute('aria-disabled')).toBe('true'));
  });

  it('hides the entry with h and moves on; Undo shows it again', async () => {
    const calls: [string, boolean][] = [];
    const hiding: Hiding = {
      setHidden: async (id, hidden) => {
        calls.push([id, hidden]);
        return null;
      },
      isOwn: () => false,
      deleteOwn: async () => 'unused',
    };
    const first = await renderNewTab(undefined, { hiding });
    const id = entries.find((e) => e.text === first)?.id as string;
    fireEvent.keyDown(document.body, { key: 'h' });
    await waitFor(() => expect(shownText()).not.toBe(first));
    expect(screen.getByRole('status').textContent).toBe('Hidden: it will not show again.');
    // Undo leaves the page once used: the focus moves to Hide, not to the page's start.
    const undo = screen.getByRole('button', { name: 'Undo' });
    undo.focus();
    fireEvent.click(undo);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Hide/ }));
    await waitFor(() => expect(shownText()).toBe(first));
    expect(calls).toEqual([
      [id, true],
      [id, false],
    ]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('hiding the last entry that matches leaves the empty state, not that entry; Undo brings it back', async () => {
    // The rotation still offers the entry when Hide has stored it: the
    // storage change that drops it from the filters comes after.
    let eligible = new Set(['one']);
    const { rotation, first } = await openRotation(() => eligible);
    const show = liveTab(rotation, first, eligible, (ids, show) => ({
      allHidden: ids.size === 0,
      setHidden: async (_, hide) => {
        if (!hide) {
          eligible = new Set(['one']);
          show(eligible);
        }
        return null;
      },
    }));
    await pressHide();
    expect(document.querySelector('blockquote')).toBeNull();
    eligible = new Set();
    show(eligible);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Everything that matches is hidden',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownText()).toBe('One line.'));
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('keeps the entry and says why when hiding fails', async () => {
    const hiding: Hiding = {
      setHidden: async () => 'Sync storage is full.',
      isOwn: () => false,
      deleteOwn: async () => 'unused',
    };
    const first = await renderNewTab(undefined, { hiding });
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Sync storage is full.'),
    );
    expect(shownText()).toBe(first);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Undo goes as soon as it is pressed, before the entry is back: one press, one put-back', async () => {
    const calls: boolean[] = [];
    let answer: (problem: string | null) => void = () => {};
    const hiding: Hiding = {
      setHidden: (_, hidden) => {
        calls.push(hidden);
        return hidden ? Promise.resolve(null) : new Promise((resolve) => (answer = resolve));
      },
      isOwn: () => false,
      deleteOwn: async () => 'unused',
    };
    const first = await renderNewTab(undefined, { hiding });
    await pressHide();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    answer(null);
    await waitFor(() => expect(shownText()).toBe(first));
    expect(calls).toEqual([true, false]);
  });

  it('says why when Undo cannot put the entry back, and offers it again', async () => {
    const answers: (string | null)[] = ['Storage on this browser is full.', null];
    const hiding: Hiding = {
      setHidden: async (_, hidden) => (hidden ? null : (answers.shift() ?? null)),
      isOwn: () => false,
      deleteOwn: async () => 'unused',
    };
    const first = await renderNewTab(undefined, { hiding });
    await pressHide();
    const next = shownText();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Storage on this browser is full.'),
    );
    expect(shownText()).toBe(next);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownText()).toBe(first));
    expect(screen.getByRole('status').textContent).toBe('Shown again.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('asks before hiding one’s own entry: Cancel keeps it, Delete it deletes with Undo', async () => {
    const hidden: string[] = [];
    let restored = 0;
    const hiding: Hiding = {
      setHidden: async (id) => {
        hidden.push(id);
        return null;
      },
      isOwn: () => true,
      deleteOwn: async () => ({
        undo: async () => {
          restored++;
          return null;
        },
      }),
    };
    const first = await renderNewTab(undefined, { hiding });
    fireEvent.keyDown(document.body, { key: 'h' });
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    expect(document.activeElement?.textContent).toBe('Delete it');
    fireEvent.click(cancel);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(shownText()).toBe(first);
    fireEvent.keyDown(document.body, { key: 'h' });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete it' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Deleted.'));
    expect(shownText()).not.toBe(first);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownText()).toBe(first));
    expect(restored).toBe(1);
    expect(hidden).toEqual([]);
  });

  it('gives the question the focus before it is painted, so Escape pressed at once reaches it', async () => {
    const hiding: Hiding = {
      setHidden: async () => null,
      isOwn: () => true,
      deleteOwn: async () => ({ undo: async () => null }),
    };
    const first = await renderNewTab(undefined, { hiding });
    // Where the focus is when the question enters the page, and an Escape
    // pressed there and then.
    let focusedOnArrival: string | null | undefined;
    const observer = new MutationObserver(() => {
      if (focusedOnArrival !== undefined || !document.querySelector('fieldset.ask')) return;
      focusedOnArrival = document.activeElement?.textContent;
      fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Not fireEvent: its act() would run the effects before anything could look.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
    await waitFor(() => expect(focusedOnArrival).toBeDefined());
    observer.disconnect();
    expect(focusedOnArrival).toBe('Delete it');
    await waitFor(() => expect(document.querySelector('fieldset.ask')).toBeNull());
    expect(shownText()).toBe(first);
  });

  it('keeps the entry the filters dropped on screen until the next one is there, never a frame without', async () => {
    const { rotation, arrive } = replacingLater();
    const show = liveTab(rotation, 'one', new Set(['one', 'two']), () => ({}));
    show(new Set(['two']));
    // Rendered, and the move under way: the entry and its controls stay as they were.
    expect(shownText()).toBe('One line.');
    expect(screen.getByRole('button', { name: /Pin/ })).toBeTruthy();
    arrive({ id: 'two', seq: 1 });
    await waitFor(() => expect(shownText()).toBe('Two line.'));
  });

  it('keeps the empty state until the entry the filters let through at last is there', async () => {
    const { rotation, arrive } = replacingLater();
    const show = liveTab(rotation, null, new Set(), () => ({}));
    show(new Set(['two']));
    expect(screen.getByRole('heading', { name: /Nothing to show/ })).toBeTruthy();
    arrive({ id: 'two', seq: 0 });
    await waitFor(() => expect(shownText()).toBe('Two line.'));
    expect(screen.queryByRole('heading', { name: /Nothing to show/ })).toBeNull();
  });

  it('shows the empty state at once when the filters drop the entry and match nothing', async () => {
    const show = liveTab(replacingLater().rotation, 'one', new Set(['one']), () => ({}));
    show(new Set());
    expect(shownText()).toBe('');
    expect(screen.getByRole('heading', { name: /Nothing to show/ })).toBeTruthy();
  });

  it('keeps the status and its Undo when the filters move the tab on quietly', async () => {
    let eligible = new Set(byId.keys());
    const { rotation, first } = await openRotation(() => eligible);
    const show = liveTab(rotation, first, eligible, (_, show) => ({
      setHidden: async (id, hide) => {
        eligible = new Set([...byId.keys()].filter((other) => !hide || other !== id));
        show(eligible);
        return null;
      },
    }));
    await pressHide();
    // Another tab's filter change takes the entry now shown out too.
    const second = shownText();
    const secondId = entries.find((e) => e.text === second)?.id as string;
    eligible = new Set([...eligible].filter((id) => id !== secondId));
    show(eligible);
    // The entry dropped stays on screen until the next one replaces it: never none.
    await waitFor(() => expect(shownText()).not.toBe(second));
    expect(shownText()).not.toBe('');
    expect(screen.getByRole('status').textContent).toBe('Hidden: it will not show again.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});
