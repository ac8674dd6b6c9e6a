// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { byName } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { applyOwnChange } from '../../utils/ownEntries';
import {
  changedByRename,
  namedElsewhere,
  nameFilter,
  renameableNames,
  renameInEntries,
  renameInFilters,
  tickedNames,
} from '../../utils/renameName';
import { ownTip } from './ownTip';

const entries = [
  ownTip('u-1', 'ann lee', ['billing', 'Billing'], 2),
  ownTip('u-2', 'Bo', ['billing', 'patience']),
  ownTip('u-3', undefined, ['refunds']),
];

/** The rename change own entries take under their lock, of a topic in `entries`. */
const renameTopic = (from: string, to: string) =>
  applyOwnChange(entries, { type: 'rename', kind: 'topic', from, to });

describe('renameInEntries', () => {
  it('renames a topic in every entry that has it, once in each, and gives those a new revision', () => {
    const renamed = renameInEntries(entries, 'topic', 'billing', 'Billing');
    expect(renamed.map((entry) => [entry.topics, entry.rev])).toEqual([
      [['Billing'], 3],
      [['Billing', 'patience'], 1],
      [['refunds'], undefined],
    ]);
    expect(renamed[2]).toBe(entries[2]);
  });

  it('renames an author, leaving the other entries as they are', () => {
    const renamed = renameInEntries(entries, 'author', 'ann lee', 'Ann Lee');
    expect(renamed.map((entry) => entry.author)).toEqual(['Ann Lee', 'Bo', undefined]);
    expect(renamed.slice(1)).toEqual(entries.slice(1));
  });

  it('tells which entries a rename changes, as they were and as they become', () => {
    const changed = changedByRename(
      entries,
      renameInEntries(entries, 'topic', 'billing', 'Billing'),
    );
    expect(changed.map(({ before, after }) => [before, after.topics])).toEqual([
      [entries[0], ['Billing']],
      [entries[1], ['Billing', 'patience']],
    ]);
    expect(changedByRename(entries, renameInEntries(entries, 'author', 'nobody', 'Ann'))).toEqual(
      [],
    );
  });

  it('is the rename change own entries take under their lock: an edit begun before it conflicts', () => {
    const renamed = renameTopic('billing', 'Billing');
    const edit = { ...(renamed[1] as Entry), text: 'Edited.' };
    expect(() => applyOwnChange(renamed, { type: 'update', entry: edit, baseRev: 0 })).toThrow();
    expect(applyOwnChange(renamed, { type: 'update', entry: edit, baseRev: 1 })[1]?.text).toBe(
      'Edited.',
    );
  });
});

describe('reverting a rename (its Undo)', () => {
  it('puts back each renamed entry still as the rename left it, with a new revision, and no other', () => {
    const changed = changedByRename(
      entries,
      renameInEntries(entries, 'topic', 'billing', 'refunds'),
    );
    const renamed = renameTopic('billing', 'refunds');
    // Another tab edits the second entry after the rename: its edit stays.
    const edited = { ...(renamed[1] as Entry), text: 'Edited.' };
    const later = applyOwnChange(renamed, { type: 'update', entry: edited, baseRev: 1 });
    const reverted = applyOwnChange(later, { type: 'revert', changed });
    expect(reverted.map((entry) => [entry.topics, entry.rev, entry.text])).toEqual([
      [['billing', 'Billing'], 4, entries[0]?.text],
      [['refunds', 'patience'], 2, 'Edited.'],
      [['refunds'], undefined, entries[2]?.text],
    ]);
  });
});

describe('renameInFilters', () => {
  it('keeps a ticked topic or author ticked under its new name, once', () => {
    const filters = { topics: ['billing', 'Billing', 'calm'], authors: ['Bo'] };
    const rename = (from: string, to: string) => ({ from, to, keepFrom: false });
    expect(renameInFilters(filters, 'topic', rename('billing', 'Billing'))).toEqual([
      'Billing',
      'calm',
    ]);
    expect(renameInFilters(filters, 'author', rename('Bo', 'Bo Li'))).toEqual(['Bo Li']);
  });

  it('keeps the old name ticked beside the new one while other entries go by it', () => {
    const builtIn = { ...ownTip('q-1', 'Bo', ['calm']), source: 'book' };
    const mine = (entry: Entry) => entry.source === 'own';
    expect(namedElsewhere([...entries, builtIn], 'author', 'Bo', mine)).toBe(true);
    expect(namedElsewhere([...entries, builtIn], 'topic', 'billing', mine)).toBe(false);
    expect(
      renameInFilters({ topics: [], authors: ['Bo', 'Cy'] }, 'author', {
        from: 'Bo',
        to: 'Bo Li',
        keepFrom: true,
      }),
    ).toEqual(['Bo', 'Bo Li', 'Cy']);
  });

  it('reads and writes the filter on topics or on authors', () => {
    const filters = { topics: ['calm'], authors: ['Bo'] };
    expect([tickedNames(filters, 'topic'), tickedNames(filters, 'author')]).toEqual([
      ['calm'],
      ['Bo'],
    ]);
    expect([nameFilter('topic', ['a']), nameFilter('author', ['b'])]).toEqual([
      { topics: ['a'] },
      { authors: ['b'] },
    ]);
  });

  it('changes nothing when the filter does not hold the name', () => {
    const change = { from: 'billing', to: 'x', keepFrom: false };
    expect(renameInFilters({ topics: [], authors: ['billing'] }, 'topic', change)).toBeNull();
    expect(renameInFilters({ topics: ['billing'], authors: [] }, 'author', change)).toBeNull();
  });
});

describe('renameableNames', () => {
  it('offers the own topics that are not built in, and the authors, each once and sorted', () => {
    expect(renameableNames(entries, new Set(['patience']), byName)).toEqual({
      topic: ['billing', 'Billing', 'refunds'],
      author: ['ann lee', 'Bo'],
    });
  });
});
