import { describe, expect, it } from 'vitest';
import { say } from '../../components/translate';
import { addedOutcome, restoredOutcome } from '../../utils/importOutcome';
import { text } from '../../utils/text';

const said = (texts: ReturnType<typeof addedOutcome>) => texts.map(say).join(' ');

describe('what an import says once stored', () => {
  it('counts what was added, and what only this browser keeps', () => {
    expect(said(addedOutcome(1, 0))).toBe('Added 1 entry.');
    expect(said(addedOutcome(1_200, 300))).toBe(
      'Added 1,200 entries. 300 entries are kept on this browser only.',
    );
  });

  it('says a backup is restored, then what sync refused', () => {
    expect(said(restoredOutcome([]))).toBe('Restored the backup.');
    const refused = text('sync.pins.tooFast');
    expect(restoredOutcome([refused])).toEqual([text('import.restored'), refused]);
  });
});
