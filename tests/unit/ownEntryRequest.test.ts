import { describe, expect, it } from 'vitest';
import { toEntry } from '../../utils/ownEntries';
import { parseOwnEntryRequest } from '../../utils/ownEntryRequest';

const entry = toEntry('u-1', { kind: 'quote', text: 'Mine.', author: 'Me', topics: ['calm'] });

describe('parseOwnEntryRequest', () => {
  it('reads a request to delete an entry, or to put one back where it was', () => {
    expect(parseOwnEntryRequest({ type: 'tabwise.deleteOwn', id: 'u-1' })).toEqual({
      type: 'tabwise.deleteOwn',
      id: 'u-1',
    });
    // As messages carry it: a copy, read again as an entry of the user's.
    const message = structuredClone({ type: 'tabwise.putOwnBack', entry, at: 2 });
    expect(parseOwnEntryRequest(message)).toEqual({ type: 'tabwise.putOwnBack', entry, at: 2 });
  });

  it.each([
    ['another message', 'tabwise.policy'],
    ['no id', { type: 'tabwise.deleteOwn' }],
    ['no place', { type: 'tabwise.putOwnBack', entry }],
    ['a place that is no index', { type: 'tabwise.putOwnBack', entry, at: 1.5 }],
    ['an entry that is none', { type: 'tabwise.putOwnBack', entry: { id: 'u-1' }, at: 0 }],
  ])('is none for %s', (_label, message) => {
    expect(parseOwnEntryRequest(message)).toBeNull();
  });
});
