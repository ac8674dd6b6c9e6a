import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { hiddenChanger, pinChanger } from '../../entrypoints/options/listActions';
import { OptionsState, type StoredState } from '../../entrypoints/options/pageState';
import { changeHidden } from '../../storage/hiddenStore';
import { changePins } from '../../storage/pinsStore';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { NO_POLICY } from '../../utils/team/policy';

beforeEach(() => fakeBrowser.reset());

const ids = { newer: false, syncProblem: null };
const stored: StoredState = {
  settings: DEFAULT_SETTINGS,
  settingsProblem: null,
  pins: { pins: [], ...ids },
  hidden: { ids: [], ...ids },
  corpus: { entries: [], sources: [] },
  team: NO_POLICY,
  own: { entries: [], notSynced: 0, newer: false, syncProblem: null },
};

describe('hiddenChanger', () => {
  it('says how many entries were shown again at once, and how many hidden back', async () => {
    for (const id of ['q-a', 'q-b', 'q-c']) await changeHidden({ type: 'hide', id });
    const page = new OptionsState(() => {});
    page.load(stored);
    const change = hiddenChanger(page);

    const shown = ['q-a', 'q-b', 'q-c'].map((id) => ({ type: 'show' as const, id }));
    expect(await change({ type: 'all', changes: shown })).toBe(true);
    expect(page.state.hidden.ids).toEqual([]);
    expect(page.state.hiddenStatus).toBe('3 entries shown again.');

    const back = shown.map(({ id }, at) => ({ type: 'hide' as const, id, at }));
    expect(await change({ type: 'all', changes: back })).toBe(true);
    expect(page.state.hidden.ids).toEqual(['q-a', 'q-b', 'q-c']);
    expect(page.state.hiddenStatus).toBe('3 entries hidden again.');

    await change({ type: 'show', id: 'q-b' });
    expect(page.state.hiddenStatus).toBe('Shown again.');
    await change({ type: 'all', changes: [{ type: 'hide', id: 'q-b', at: 1 }] });
    expect(page.state.hidden.ids).toEqual(['q-a', 'q-b', 'q-c']);
    expect(page.state.hiddenStatus).toBe('Hidden again.');
  });
});

describe('pinChanger', () => {
  it('says how many entries were unpinned at once, and pins them back where they were', async () => {
    for (const id of ['q-a', 'q-b', 'q-c', 'q-d']) await changePins({ type: 'pin', id });
    const page = new OptionsState(() => {});
    page.load(stored);
    const change = pinChanger(page);

    const unpinned = ['q-b', 'q-d'].map((id) => ({ type: 'unpin' as const, id }));
    expect(await change({ type: 'all', changes: unpinned })).toBe(true);
    expect(page.state.pins.pins).toEqual(['q-a', 'q-c']);
    expect(page.state.pinStatus).toBe('2 entries unpinned.');

    const back = [
      { type: 'pin' as const, id: 'q-b', at: 1 },
      { type: 'pin' as const, id: 'q-d', at: 3 },
    ];
    expect(await change({ type: 'all', changes: back })).toBe(true);
    expect(page.state.pins.pins).toEqual(['q-a', 'q-b', 'q-c', 'q-d']);
    expect(page.state.pinStatus).toBe('2 entries pinned again.');

    await change({ type: 'unpin', id: 'q-c' });
    expect(page.state.pinStatus).toBe('Unpinned.');
    await change({ type: 'all', changes: [{ type: 'pin', id: 'q-c', at: 2 }] });
    expect(page.state.pins.pins).toEqual(['q-a', 'q-b', 'q-c', 'q-d']);
    expect(page.state.pinStatus).toBe('Pinned again.');
  });
});
