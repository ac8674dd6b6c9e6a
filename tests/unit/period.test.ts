// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
});
