// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { periodKey } from '../../utils/period';

describe('periodKey', () => {
  it('is null for every new tab', () => {
    expect(periodKey('tab', new Date(2026, 10, 23, 9, 30))).toBeNull();
  });

  it('is the same within an hour and changes across the hour boundary', () => {
    const before = periodKey('hour', new Date(2026, 10, 23, 9, 0, 0));
    expect(periodKey('hour', new Date(2026, 10, 23, 9, 59, 59, 999))).toBe(before);
    expect(periodKey('hour', new Date(2026, 10, 23, 10, 0, 0))).not.toBe(before);
  });

  it('is the same within a local day and changes at midnight', () => {
    const day = periodKey('day', new Date(2026, 10, 23, 0, 0, 0));
    expect(periodKey('day', new Date(2026, 10, 23, 23, 59, 59))).toBe(day);
    expect(periodKey('day', new Date(2026, 10, 24, 0, 0, 0))).not.toBe(day);
  });

  it('tells the same hour on different days apart, and across a year end', () => {
    expect(periodKey('hour', new Date(2026, 10, 23, 9))).not.toBe(
      periodKey('hour', new Date(2026, 10, 24, 9)),
    );
    expect(periodKey('day', new Date(2026, 11, 31, 23))).not.toBe(
      periodKey('day', new Date(2027, 0, 1, 0)),
    );
  });

  describe('when the clocks go back', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    // Berlin, 25 October 2026: 02:00-03:00 comes twice, in summer time then in winter time.
    const summer = new Date(Date.UTC(2026, 9, 25, 0, 30));
    const winter = new Date(Date.UTC(2026, 9, 25, 1, 30));

    it('gives the repeated hour a key each time it comes', () => {
      vi.stubEnv('TZ', 'Europe/Berlin');
      expect([summer.getHours(), winter.getHours()]).toEqual([2, 2]);
      expect(periodKey('hour', winter)).not.toBe(periodKey('hour', summer));
      expect(periodKey('hour', new Date(Date.UTC(2026, 9, 25, 0, 59)))).toBe(
        periodKey('hour', summer),
      );
    });

    it('keeps one key for the day', () => {
      vi.stubEnv('TZ', 'Europe/Berlin');
      expect(periodKey('day', winter)).toBe(periodKey('day', summer));
    });
  });
});
