import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeLength, longerThan } from '../../utils/graphemes';

describe('text lengths as people count them (utils/graphemes.ts)', () => {
  it('counts an emoji with its modifiers, or a letter with its accents, as one', () => {
    expect(graphemeLength('👍🏽👨‍👩‍👧')).toBe(2);
    expect(graphemeLength('e\u0301te\u0301')).toBe(3);
    expect(graphemeLength('')).toBe(0);
  });

  it('tells a text longer than a limit exactly as counting would, emoji and accents included', () => {
    const pieces = fc.constantFrom('a', 'é', 'e\u0301', '👍🏽', '👨‍👩‍👧', '中', ' ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(60), (parts, max) => {
        const text = parts.join('');
        expect(longerThan(text, max)).toBe(graphemeLength(text) > max);
      }),
    );
  });
});
