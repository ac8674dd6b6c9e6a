// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';
import { importBasis, knownTopicNames, prepareDraft } from '../../utils/ownDraft';
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
