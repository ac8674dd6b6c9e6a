// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { OptionsState, pageProblems, type StoredState } from '../../entrypoints/options/pageState';
import type { Entry } from '../../utils/entry';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { NO_POLICY } from '../../utils/team/policy';
import { text } from '../../utils/text';

const entry = (id: string, source: string, author: string, topics: string[] = []): Entry => ({
  id,
  kind: 'quote',
  text: `Words ${id}`,
  author,
  source,
  topics,
});

const ids = { newer: false, syncProblem: null };

function stored(own: Entry[] = []): StoredState {
  return {
    settings: DEFAULT_SETTINGS,
    settingsProblem: null,
    pins: { pins: [], ...ids },
    hidden: { ids: [], ...ids },
    corpus: {
      entries: [entry('c-1', 'book', 'Zoë Bell', ['calm'])],
      sources: [{ id: 'book', title: 'A book' }],
    },
    team: NO_POLICY,
    own: { entries: own, notSynced: 0, newer: false, syncProblem: null },
  };
}

describe('OptionsState', () => {
  it('knows the built-in and own entries once loaded, their topics and authors sorted by name', () => {
    const show = vi.fn();
    const page = new OptionsState(show);
    page.load(stored([entry('u-1', 'own', 'Ann Lee', ['week 2'])]));
    expect(show).toHaveBeenCalledTimes(1);
    expect([...page.known.index.entries.keys()]).toEqual(['c-1', 'u-1']);
    expect(page.known.index.sources.has('own')).toBe(true);
    expect(page.known.topics).toContain('week 2');
    expect(page.known.authors).toEqual(['Ann Lee', 'Zoë Bell']);
  });

  it('refuses to be read before storage has answered, rather than show nothing as if it were empty', () => {
    const page = new OptionsState(() => {});
    expect(() => page.state).toThrow(/before storage answered/);
    expect(() => page.known).toThrow(/before storage answered/);
  });

  it('keeps its index through changes to anything but the entries, and rebuilds it when they change', () => {
    const show = vi.fn();
    const page = new OptionsState(show);
    page.load(stored());
    const { index } = page.known;
    page.update({ pins: { pins: ['c-1'], ...ids }, pinStatus: 'Unpinned.' });
    expect(page.known.index).toBe(index);
    expect(page.state.pins.pins).toEqual(['c-1']);

    page.update({ own: stored([entry('u-2', 'own', 'Al Bo', ['refunds'])]).own });
    expect(page.known.index).not.toBe(index);
    expect(page.known.authors).toEqual(['Al Bo', 'Zoë Bell']);
    expect(page.known.topics).toContain('refunds');
    expect(show).toHaveBeenCalledTimes(3);
  });

  it('keeps what it last said about pins, hidden entries and damage when everything is read again', () => {
    const page = new OptionsState(() => {});
    page.load(stored());
    expect(page.state.damageProblem).toBeNull();
    const damaged = text('sync.damaged', { n: 1 }, 1);
    page.update({ pinStatus: 'Unpinned.', hiddenStatus: 'Shown again.', damageProblem: damaged });
    page.load(stored());
    expect(page.state).toMatchObject({
      pinStatus: 'Unpinned.',
      hiddenStatus: 'Shown again.',
      damageProblem: damaged,
    });
  });
});

describe('pageProblems', () => {
  it('lists the problems found, damaged records first, and nothing when all is well', () => {
    const damaged = text('sync.damaged', { n: 2 }, 2);
    const offline = text('sync.hidden.unavailable');
    const saidNothing = { pinStatus: '', hiddenStatus: '', damageProblem: null };
    expect(pageProblems({ ...stored(), ...saidNothing })).toEqual([]);
    expect(
      pageProblems({
        ...stored(),
        ...saidNothing,
        damageProblem: damaged,
        hidden: { ids: [], newer: false, syncProblem: offline },
      }),
    ).toEqual([damaged, offline]);
  });
});
