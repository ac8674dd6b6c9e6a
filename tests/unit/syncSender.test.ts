import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRY_MS, SEND_DELAY_MS, SyncSender } from '../../storage/syncSender';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('SyncSender', () => {
  it('sends a burst of changes once, a moment after the last', async () => {
    const send = vi.fn(async () => null);
    const sender = new SyncSender(send);
    for (let press = 0; press < 30; press++) {
      sender.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('tries again while sync refuses, within the minute, and stops once sent', async () => {
    const results = [{ key: 'sync.pins.tooFast' }, { key: 'sync.pins.tooFast' }, null];
    const send = vi.fn(async () => results.shift() ?? null);
    new SyncSender(send).changed();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(send).toHaveBeenCalledTimes(3);
    expect(SEND_DELAY_MS + 2 * RETRY_MS).toBeLessThan(60_000);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('tries again after a send that throws', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('storage gone')).mockResolvedValue(null);
    new SyncSender(send).changed();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS + RETRY_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
