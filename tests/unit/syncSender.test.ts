import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRY_MS, SEND_DELAY_MS, SyncSender } from '../../storage/syncSender';
import type { SyncProblem } from '../../utils/syncErrors';

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
    const results: (SyncProblem | null)[] = ['tooFast', 'unavailable', null];
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

  it('with sync full, waits for a change in sync or here rather than trying every 20 s', async () => {
    const results: (SyncProblem | null)[] = ['full', 'full', 'tooLarge', null];
    const send = vi.fn(async () => results.shift() ?? null);
    const sender = new SyncSender(send);
    sender.changed();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS + RETRY_MS * 5);
    expect(send).toHaveBeenCalledTimes(1);
    // Something in sync changed: room may have been made.
    sender.syncChanged();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS + RETRY_MS * 5);
    expect(send).toHaveBeenCalledTimes(2);
    // A change here (a pin removed) tries again too.
    sender.changed();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(3);
    sender.syncChanged();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS + RETRY_MS * 3);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('leaves a send already waiting as it is when sync changes', async () => {
    const results: (SyncProblem | null)[] = ['tooFast', null];
    const send = vi.fn(async () => results.shift() ?? null);
    const sender = new SyncSender(send);
    sender.changed();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    // The retry is due in 20 s; a change in sync does not bring it forward.
    sender.syncChanged();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('tries again after a send that throws, and logs why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = new Error('storage gone');
    const send = vi.fn().mockRejectedValueOnce(failure).mockResolvedValue(null);
    new SyncSender(send).changed();
    await vi.advanceTimersByTimeAsync(SEND_DELAY_MS + RETRY_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledWith(failure);
    logged.mockRestore();
  });
});
