import { describe, expect, it, vi } from 'vitest';
import { authorLabel, credit, kindLabel, topicLabel } from '../../components/labels';
import { formatNumber, reasonOf, say, t, tCount } from '../../components/translate';
import { TOPICS } from '../../content/topics';
import { UNKNOWN_AUTHOR } from '../../utils/credit';
import type { Entry } from '../../utils/entry';
import { type SyncedData, syncProblemMessage } from '../../utils/syncErrors';
import { TextError, text } from '../../utils/text';

/** Messages whose keys the code builds from values: each one must exist. */
describe('messages named from values', () => {
  it('names every controlled topic, and leaves a topic the user made up as written', () => {
    for (const topic of TOPICS) expect(topicLabel(topic), topic).not.toBe('');
    expect(topicLabel('follow-up')).toBe('Follow-up');
    expect(topicLabel('my own')).toBe('my own');
  });

  it('says how a quote is credited: "Attributed to", or quoted in an article', () => {
    const quote: Entry = {
      id: 'q',
      kind: 'quote',
      text: 'A.',
      author: 'Ann',
      source: 's',
      topics: [],
    };
    const post = { id: 's', title: 'Post', author: 'Bo' };
    expect(credit({ ...quote, provenance: { kind: 'attributed' } }, post)).toBe(
      'Attributed to Ann',
    );
    expect(credit({ ...quote, provenance: { kind: 'quoted-in' } }, post)).toBe(
      'Ann, quoted in Bo, “Post”',
    );
  });

  it('names both kinds', () => {
    expect(kindLabel({ kind: 'quote' })).toBe('Quote');
    expect(kindLabel({ kind: 'tip' })).toBe('Service tip');
  });

  it('has a sentence for every sync problem with every kind of data', () => {
    const errors = [
      'QUOTA_BYTES_PER_ITEM',
      'QUOTA_BYTES quota exceeded',
      'MAX_WRITE_OPERATIONS',
      'x',
    ];
    for (const what of ['settings', 'pins', 'entries'] as SyncedData[]) {
      const sentences = errors.map((error) => say(syncProblemMessage(new Error(error), what)));
      expect(new Set(sentences).size, what).toBe(errors.length);
      for (const sentence of sentences) expect(sentence).toContain(what);
    }
  });
});

describe('reasonOf', () => {
  it('says our own reasons in the user’s language', () => {
    expect(reasonOf(new TextError(text('own.newer')))).toBe(t('own.newer'));
  });

  it('never shows the browser’s own words: a full store says so and what to do', () => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => {});
    const full = reasonOf(new Error('Resource::kQuotaBytes quota exceeded'));
    expect(full).toBe(t('reason.storageFull'));
    expect(full).not.toContain('kQuotaBytes');
    expect(reasonOf(new TypeError('e.filter is not a function'))).toBe(t('reason.unexpected'));
    expect(reasonOf('a thrown string')).toBe(t('reason.unexpected'));
    expect(silence).toHaveBeenCalledTimes(3);
    silence.mockRestore();
  });
});

describe('translate', () => {
  it('fills in values, formatting numbers', () => {
    expect(t('pinned.limit', { n: 1600 })).toBe(
      'Sync storage can hold about 1,600 pins: unpin some to pin more.',
    );
    expect(formatNumber(12345)).toBe('12,345');
  });

  it('picks the plural form by the count', () => {
    expect(tCount('what.matches', 0)).toBe('0 entries match');
    expect(tCount('what.matches', 1)).toBe('1 entry matches');
    expect(tCount('what.matches', 1953)).toBe('1,953 entries match');
  });

  it('credits the unknown in the user’s language, and names that author filter so', () => {
    const entry: Entry = { id: 'q', kind: 'quote', text: 'Hi', source: 'own', topics: [] };
    expect(credit(entry, { id: 'own', title: 'Your entries', collection: true })).toBe('Unknown');
    expect(authorLabel(UNKNOWN_AUTHOR)).toBe('Unknown');
    expect(authorLabel('Ann')).toBe('Ann');
  });
});
