import { describe, expect, it } from 'vitest';
import { isKnownTopic, topicNames, topicSpeller } from '../../utils/topicSpelling';

const known = topicNames(
  ['patience', 'calm', 'VIP'],
  [
    ['Geduld', 'patience'],
    ['Ruhe', 'calm'],
    ['vip', 'calm'],
  ],
);

describe('topicNames', () => {
  it('knows each topic by itself and each built-in one by its name, in any case', () => {
    expect(isKnownTopic(known, 'GEDULD')).toBe(true);
    expect(isKnownTopic(known, 'vip')).toBe(true);
    expect(isKnownTopic(known, 'billing')).toBe(false);
  });

  it('lets the first topic to claim a name keep it', () => {
    expect(known.get('vip')).toBe('VIP');
  });
});

describe('topicSpeller', () => {
  it('spells a known topic as it is spelt, whatever the case or name it is typed in', () => {
    const spell = topicSpeller(known);
    expect(spell(['Vip', 'geduld', 'CALM'])).toEqual(['VIP', 'patience', 'calm']);
  });

  it('keeps a new topic as it first comes, and spells later ones like it', () => {
    const spell = topicSpeller(known);
    expect(spell(['Black Friday'])).toEqual(['Black Friday']);
    expect(spell(['black friday', 'BLACK FRIDAY'])).toEqual(['Black Friday']);
  });

  it('learns nothing into the names it was given', () => {
    topicSpeller(known)(['Billing']);
    expect(isKnownTopic(known, 'billing')).toBe(false);
  });

  it('gives one topic once when two of its names are typed', () => {
    expect(topicSpeller(known)(['Ruhe', 'calm'])).toEqual(['calm']);
  });
});
