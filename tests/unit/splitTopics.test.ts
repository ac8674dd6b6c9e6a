// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { duplicateKey, splitTopics } from '../../utils/ownEntries';

describe('splitTopics', () => {
  it('splits at commas (as the entry form says), ";" and "|" (as files have them), trimmed, empty ones dropped', () => {
    expect(splitTopics(' Phone, returns,, ;x|y ')).toEqual(['Phone', 'returns', 'x', 'y']);
    expect(splitTopics('  ')).toEqual([]);
  });

  it('splits at the comma an Arabic, Chinese or Japanese keyboard types', () => {
    expect(splitTopics('حكمة، عمل')).toEqual(['حكمة', 'عمل']);
    expect(splitTopics('耐心，倾听')).toEqual(['耐心', '倾听']);
    expect(splitTopics('忍耐、傾聴')).toEqual(['忍耐', '傾聴']);
  });
});

describe('duplicateKey', () => {
  it('ignores case, spacing and every kind of quote mark, German and French ones too', () => {
    expect(duplicateKey('  „Geduld“  IST  gut ')).toBe(duplicateKey('"geduld" ist gut'));
    expect(duplicateKey('«Patience»')).toBe(duplicateKey('“patience”'));
    expect(duplicateKey('It’s')).toBe(duplicateKey("it's"));
    expect(duplicateKey('a b')).not.toBe(duplicateKey('ab'));
  });
});
