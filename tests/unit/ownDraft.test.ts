// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { importBasis, knownTopicNames, prepareDraft, prepareNewName } from '../../utils/ownDraft';
import { duplicateKey } from '../../utils/ownEntries';

const own = (id: string, text: string, author: string | undefined, topics: string[]): Entry => ({
  id,
  kind: 'quote',
  text,
  source: 'own',
  topics,
  ...(author && { author }),
});

const index = indexCorpus(
  [
    own('u-1', 'Be kind.', 'Mark Twain', ['VIP', 'patience']),
    own('u-2', 'Listen first.', 'José Martí', ['Returns']),
  ],
  [],
);
/** A German page: the built-in topic "patience" is shown as "Geduld". */
const builtIn = [
  ['Geduld', 'patience'],
  ['Zuhören', 'listening'],
] as const;

const draft = (text: string, author: string, topics: string[]) => ({
  kind: 'quote',
  text,
  author,
  topics,
});

describe('prepareDraft', () => {
  it('spells topics and authors as the entries already there do, and the built-in topics by their names', () => {
    const prepared = prepareDraft(
      draft('Stay calm.', 'mark  twain', ['vip', 'Geduld', 'zuhören', 'Billing']),
      null,
      index,
      builtIn,
    );
    expect(prepared).toEqual({
      ok: true,
      draft: {
        kind: 'quote',
        text: 'Stay calm.',
        author: 'Mark Twain',
        topics: ['VIP', 'patience', 'listening', 'Billing'],
      },
    });
  });

  it('takes the word for no author as none, and keeps a new author as typed', () => {
    const unknown = prepareDraft(draft('Stay calm.', 'Unbekannt', []), null, index, builtIn);
    expect(unknown.ok && unknown.draft.author).toBeUndefined();
    const fresh = prepareDraft(draft('Stay calm.', 'ann lee', []), null, index, builtIn);
    expect(fresh.ok && fresh.draft.author).toBe('ann lee');
  });

  it('refuses the text of another entry, case and quote marks aside, but not the edited entry’s own', () => {
    const copy = prepareDraft(draft('BE KIND.', '', []), null, index, builtIn);
    expect(copy.ok).toBe(false);
    expect(!copy.ok && copy.problems.map((problem) => problem.field)).toEqual(['text']);
    expect(prepareDraft(draft('Be kind.', '', []), 'u-1', index, builtIn).ok).toBe(true);
  });

  it('lets an edit change the case of a topic and an author only that entry has', () => {
    const edited = prepareDraft(
      draft('Listen first.', 'JOSÉ MARTÍ', ['returns']),
      'u-2',
      index,
      builtIn,
    );
    expect(edited.ok && edited.draft).toMatchObject({ author: 'JOSÉ MARTÍ', topics: ['returns'] });
  });

  it('returns the draft’s own problems unchanged', () => {
    const prepared = prepareDraft(draft('  ', '', []), null, index, builtIn);
    expect(!prepared.ok && prepared.problems.map((problem) => problem.field)).toEqual(['text']);
  });
});

describe('knownTopicNames', () => {
  it('names each topic in use, and each built-in one by its name on the page too', () => {
    const known = knownTopicNames(index, builtIn);
    expect(known.get('geduld')).toBe('patience');
    expect(known.get('vip')).toBe('VIP');
    expect(knownTopicNames(index, builtIn, 'u-2').has('returns')).toBe(false);
  });
});

describe('importBasis', () => {
  it('holds the texts there, and the topics and authors to spell an import by', () => {
    const basis = importBasis(index, builtIn);
    expect(basis.existing).toEqual(new Set(['Be kind.', 'Listen first.'].map(duplicateKey)));
    expect(basis.knownTopics.get('zuhören')).toBe('listening');
    expect(basis.knownAuthors.get('jose marti')).toBe('José Martí');
  });
});

describe('prepareNewName', () => {
  const shared = indexCorpus(
    [
      own('u-1', 'Be kind.', 'mark twain', ['billing']),
      own('u-2', 'Listen first.', 'mark twain', ['billing', 'VIP']),
      own('u-3', 'Stay calm.', 'Mark Twain', []),
    ],
    [],
  );
  const name = (kind: 'topic' | 'author', typed: string, from: string) =>
    prepareNewName(kind, typed, from, shared, builtIn);

  it('changes the case of a topic several entries share, which the entry form keeps as it is', () => {
    expect(prepareDraft(draft('New.', '', ['Billing']), null, shared, builtIn)).toMatchObject({
      ok: true,
      draft: { topics: ['billing'] },
    });
    expect(name('topic', '  Billing ', 'billing')).toEqual({ ok: true, name: 'Billing' });
  });

  it('spells the new name as another one in use, or a built-in topic by its name: renaming joins them', () => {
    expect(name('topic', 'vip', 'billing')).toEqual({ ok: true, name: 'VIP' });
    expect(name('topic', 'geduld', 'billing')).toEqual({ ok: true, name: 'patience' });
    expect(name('author', 'MARK TWAIN', 'mark twain')).toEqual({ ok: true, name: 'Mark Twain' });
  });

  it('says why a new name cannot be: empty, two topics, too long, or the name it has', () => {
    const problem = (kind: 'topic' | 'author', typed: string, from: string) => {
      const prepared = name(kind, typed, from);
      return prepared.ok ? null : prepared.message.key;
    };
    expect(problem('topic', '  ', 'billing')).toBe('rename.empty');
    expect(problem('author', 'Unknown', 'mark twain')).toBe('rename.empty');
    expect(problem('topic', 'refunds; returns', 'billing')).toBe('rename.oneTopic');
    expect(problem('topic', 'x'.repeat(41), 'billing')).toBe('draft.topicTooLong');
    expect(problem('author', 'x'.repeat(121), 'mark twain')).toBe('draft.authorTooLong');
    expect(problem('topic', 'billing', 'billing')).toBe('rename.same');
  });
});
