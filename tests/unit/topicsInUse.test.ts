// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexCorpus, topicsInUse } from '../../utils/corpusIndex';
import type { Entry } from '../../utils/entry';

const own = (id: string, topics: string[]): Entry => ({
  id,
  kind: 'tip',
  text: `Text ${id}`,
  source: 'own',
  topics,
});

describe('topicsInUse', () => {
  it('lists the controlled topics in their order, then the user’s own once each, numbers by value', () => {
    const index = indexCorpus(
      [
        own('u-1', ['week 10', 'calm']),
        own('u-2', ['week 2', 'billing']),
        own('u-3', ['week 1', 'week 10', 'Returns']),
      ],
      [],
    );
    expect(topicsInUse(index, ['listening', 'calm'])).toEqual([
      'listening',
      'calm',
      'billing',
      'Returns',
      'week 1',
      'week 2',
      'week 10',
    ]);
  });
});
