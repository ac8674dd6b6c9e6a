import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ownActions } from '../../entrypoints/options/ownActions';
import { OptionsState } from '../../entrypoints/options/pageState';
import { changeOwnEntries, loadOwnEntries } from '../../storage/ownEntriesStore';
import type { Entry } from '../../utils/entry';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { NO_POLICY } from '../../utils/team/policy';

beforeEach(() => fakeBrowser.reset());

const entry = (id: string, source: string, author: string, topics: string[]): Entry => ({
  id,
  kind: 'tip',
  text: `Words ${id}`,
  author,
  source,
  topics,
});
const ids = { newer: false, syncProblem: null };

/** The options page's own-entry actions over stored entries; the settings changes they ask for are kept, and made on the page. */
async function setup(filters: Partial<Settings>, locked: (keyof Settings)[] = []) {
  const own = await changeOwnEntries({
    type: 'add',
    entries: [entry('u-1', 'own', 'Bo', ['billing']), entry('u-2', 'own', 'Bo', ['billing'])],
  });
  const page = new OptionsState(() => {});
  page.load({
    settings: { ...DEFAULT_SETTINGS, ...filters },
    settingsProblem: null,
    pins: { pins: [], ...ids },
    hidden: { ids: [], ...ids },
    corpus: { entries: [entry('b-1', 'book', 'Bo', ['calm'])], sources: [] },
    team: { ...NO_POLICY, locked },
    own,
  });
  const asked: Partial<Settings>[] = [];
  const actions = ownActions(
    page,
    async () => {},
    (changes) => {
      asked.push(changes);
      page.update({ settings: { ...page.state.settings, ...changes } });
    },
  );
  return { page, actions, asked };
}

describe('renaming a topic or an author from the options page', () => {
  it('renames a topic in storage and on the page, and the ticked filter follows', async () => {
    const { page, actions, asked } = await setup({ topics: ['billing'] });
    expect(await actions.renameName('topic', 'billing', 'Billing')).toMatchObject({
      said: 'Renamed “billing” to “Billing” in 2 entries.',
      name: 'Billing',
    });
    const stored = (await loadOwnEntries()).entries;
    expect(stored.map((e) => [e.topics, e.rev])).toEqual([
      [['Billing'], 1],
      [['Billing'], 1],
    ]);
    expect(page.state.own.entries).toEqual(stored);
    expect(page.known.renameable.topic).toEqual(['Billing']);
    expect(asked).toEqual([{ topics: ['Billing'] }]);
  });

  it('offers an Undo that puts the entries and the filter back, with no Undo of its own', async () => {
    const { actions, asked } = await setup({ topics: ['billing'] });
    const outcome = await actions.renameName('topic', 'billing', 'Billing');
    const undo = 'undo' in outcome ? outcome.undo : undefined;
    expect(await undo?.()).toEqual({
      said: 'Renamed “Billing” to “billing” in 2 entries.',
      name: 'billing',
    });
    expect((await loadOwnEntries()).entries.map((e) => [e.topics, e.rev])).toEqual([
      [['billing'], 2],
      [['billing'], 2],
    ]);
    expect(asked).toEqual([{ topics: ['Billing'] }, { topics: ['billing'] }]);
  });

  it('undoes a rename that joined a name in use for its own entries alone, and the filter as it was', async () => {
    await changeOwnEntries({ type: 'add', entries: [entry('u-3', 'own', 'Cy', ['refunds'])] });
    const { page, actions, asked } = await setup({ topics: ['billing', 'refunds'] });
    const outcome = await actions.renameName('topic', 'billing', 'Refunds');
    expect(outcome).toMatchObject({ said: 'Renamed “billing” to “refunds” in 2 entries.' });
    expect(asked).toEqual([{ topics: ['refunds'] }]);
    const undo = 'undo' in outcome ? outcome.undo : undefined;
    expect(await undo?.()).toEqual({
      said: 'Renamed “refunds” to “billing” in 2 entries.',
      name: 'billing',
    });
    expect((await loadOwnEntries()).entries.map((e) => [e.id, e.topics])).toEqual([
      ['u-3', ['refunds']],
      ['u-1', ['billing']],
      ['u-2', ['billing']],
    ]);
    expect(page.known.renameable.topic).toEqual(['billing', 'refunds']);
    expect(asked).toEqual([{ topics: ['refunds'] }, { topics: ['billing', 'refunds'] }]);
  });

  it('leaves an entry changed since the rename, and a filter changed since, as they are', async () => {
    const { page, actions, asked } = await setup({ topics: ['billing'] });
    const outcome = await actions.renameName('topic', 'billing', 'Billing');
    const [first] = (await loadOwnEntries()).entries;
    if (!first) throw new Error('no entry');
    await changeOwnEntries({ type: 'update', entry: { ...first, text: 'Edited.' }, baseRev: 1 });
    page.update({ settings: { ...page.state.settings, topics: ['Billing', 'calm'] } });
    const undo = 'undo' in outcome ? outcome.undo : undefined;
    await undo?.();
    expect((await loadOwnEntries()).entries.map((e) => [e.topics, e.text])).toEqual([
      [['Billing'], 'Edited.'],
      [['billing'], 'Words u-2'],
    ]);
    expect(asked).toEqual([{ topics: ['Billing'] }]);
  });

  it('renames and counts an entry another tab stored that the page does not list yet, and undoes it too', async () => {
    const { page, actions } = await setup({});
    // Stored from elsewhere; the page has not heard of it.
    await changeOwnEntries({ type: 'add', entries: [entry('u-3', 'own', 'Cy', ['billing'])] });
    expect(page.state.own.entries.map((e) => e.id)).toEqual(['u-1', 'u-2']);
    const outcome = await actions.renameName('topic', 'billing', 'Billing');
    expect(outcome).toMatchObject({ said: 'Renamed “billing” to “Billing” in 3 entries.' });
    expect(page.state.own.entries.map((e) => [e.id, e.topics])).toEqual([
      ['u-1', ['Billing']],
      ['u-2', ['Billing']],
      ['u-3', ['Billing']],
    ]);
    const undo = 'undo' in outcome ? outcome.undo : undefined;
    expect(await undo?.()).toMatchObject({ said: 'Renamed “Billing” to “billing” in 3 entries.' });
    expect((await loadOwnEntries()).entries.map((e) => e.topics)).toEqual([
      ['billing'],
      ['billing'],
      ['billing'],
    ]);
  });

  it('keeps the old author ticked beside the new one while a built-in entry goes by it', async () => {
    const { actions, asked } = await setup({ authors: ['Bo'] });
    await actions.renameName('author', 'Bo', 'Bo Li');
    expect((await loadOwnEntries()).entries.map((e) => e.author)).toEqual(['Bo Li', 'Bo Li']);
    expect(asked).toEqual([{ authors: ['Bo', 'Bo Li'] }]);
  });

  it('leaves a filter the organisation locked as it is', async () => {
    const { actions, asked } = await setup({ topics: ['billing'] }, ['topics']);
    await actions.renameName('topic', 'billing', 'Billing');
    expect((await loadOwnEntries()).entries[0]?.topics).toEqual(['Billing']);
    expect(asked).toEqual([]);
  });

  it('says what is wrong with the new name, and changes nothing', async () => {
    const { actions, asked } = await setup({ topics: ['billing'] });
    expect(await actions.renameName('topic', 'billing', ' ')).toEqual({
      problem: 'Type the new name.',
    });
    expect((await loadOwnEntries()).entries.map((e) => e.topics)).toEqual([
      ['billing'],
      ['billing'],
    ]);
    expect(asked).toEqual([]);
  });
});

describe('deleting entries from the options page', () => {
  /** Four own entries, u-1 to u-4, stored and listed on the page. */
  async function setupFour() {
    const { page, actions } = await setup({});
    await changeOwnEntries({
      type: 'add',
      entries: [entry('u-3', 'own', 'Cy', []), entry('u-4', 'own', 'Bo', [])],
    });
    page.update({ own: await loadOwnEntries() });
    return { page, actions };
  }

  it('deletes those found in one write, and Undo puts them back where they were, among one added since', async () => {
    const { page, actions } = await setupFour();
    expect(await actions.deleteEntries(['u-1', 'u-4', 'u-gone'])).toBe(2);
    const stored = async () => (await loadOwnEntries()).entries.map((e) => e.id);
    expect(await stored()).toEqual(['u-2', 'u-3']);
    expect(page.state.own.entries.map((e) => e.id)).toEqual(['u-2', 'u-3']);

    await changeOwnEntries({ type: 'add', entries: [entry('u-5', 'own', 'Di', [])] });
    await actions.undoDelete();
    expect(await stored()).toEqual(['u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
    expect(page.state.own.entries.map((e) => e.id)).toEqual(['u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
    // Undo is offered once.
    await actions.undoDelete();
    expect(await stored()).toEqual(['u-1', 'u-2', 'u-3', 'u-4', 'u-5']);
  });

  it('puts an entry back at its place as stored, when another tab deleted one above it that the page still lists', async () => {
    const { page, actions } = await setupFour();
    // Deleted elsewhere; the page still lists it, above u-3.
    await changeOwnEntries({ type: 'delete', ids: ['u-1'] });
    expect(page.state.own.entries.map((e) => e.id)).toEqual(['u-1', 'u-2', 'u-3', 'u-4']);
    await actions.deleteEntries(['u-3']);
    await actions.undoDelete();
    expect((await loadOwnEntries()).entries.map((e) => e.id)).toEqual(['u-2', 'u-3', 'u-4']);
  });

  it('deletes nothing, and has nothing to put back, when another tab deleted every entry asked for', async () => {
    const { page, actions } = await setupFour();
    await actions.deleteEntries(['u-4']);
    await changeOwnEntries({ type: 'delete', ids: ['u-2', 'u-3'] });
    expect(await actions.deleteEntries(['u-2', 'u-3'])).toBe(0);
    expect(page.state.own.entries.map((e) => e.id)).toEqual(['u-1']);
    // Not even the earlier delete's entry: Undo is no longer offered for it.
    await actions.undoDelete();
    expect((await loadOwnEntries()).entries.map((e) => e.id)).toEqual(['u-1']);
  });
});
