// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { byName } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { applyOwnChange } from '../../utils/ownEntries';
import {
  entriesNamed,
  namedElsewhere,
  renameableNames,
  renameInEntries,
  renameInFilters,
} from '../../utils/renameName';
import { ownTip } from './ownTip';

const entries = [
  ownTip('u-1', 'ann lee', ['billing', 'Billing'], 2),
  ownTip('u-2', 'Bo', ['billing', 'patience']),
  ownTip('u-3', undefined, ['refunds']),
];

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
    expect(entriesNamed(entries, 'author', 'ann lee')).toBe(1);
    expect(entriesNamed(entries, 'topic', 'billing')).toBe(2);
  });

  it('is the rename change own entries take under their lock: an edit begun before it conflicts', () => {
    const renamed = applyOwnChange(entries, {
      type: 'rename',
      kind: 'topic',
      from: 'billing',
      to: 'Billing',
    });
    const edit = { ...(renamed[1] as Entry), text: 'Edited.' };
    expect(() => applyOwnChange(renamed, { type: 'update', entry: edit, baseRev: 0 })).toThrow();
    expect(applyOwnChange(renamed, { type: 'update', entry: edit, baseRev: 1 })[1]?.text).toBe(
      'Edited.',
    );
  });
});

describe('renameInFilters', () => {
  it('keeps a ticked topic or author ticked under its new name, once', () => {
    const filters = { topics: ['billing', 'Billing', 'calm'], authors: ['Bo'] };
    const rename = (from: string, to: string) => ({ from, to, keepFrom: false });
    expect(renameInFilters(filters, 'topic', rename('billing', 'Billing'))).toEqual({
      topics: ['Billing', 'calm'],
    });
    expect(renameInFilters(filters, 'author', rename('Bo', 'Bo Li'))).toEqual({
      authors: ['Bo Li'],
    });
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
    ).toEqual({ authors: ['Bo', 'Bo Li', 'Cy'] });
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
