import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PIN_RETRY_MS, PIN_SEND_DELAY_MS, PinSender } from '../../storage/pinSender';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PinSender', () => {
  it('sends a burst of changes once, a moment after the last', async () => {
    const send = vi.fn(async () => null);
    const sender = new PinSender(send);
    for (let press = 0; press < 30; press++) {
      sender.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PIN_SEND_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(PIN_RETRY_MS * 3);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('tries again while sync refuses, within the minute, and stops once sent', async () => {
    const results = [{ key: 'sync.pins.tooFast' }, { key: 'sync.pins.tooFast' }, null];
    const send = vi.fn(async () => results.shift() ?? null);
    new PinSender(send).changed();
    await vi.advanceTimersByTimeAsync(PIN_SEND_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(PIN_RETRY_MS);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(PIN_RETRY_MS);
    expect(send).toHaveBeenCalledTimes(3);
    expect(PIN_SEND_DELAY_MS + 2 * PIN_RETRY_MS).toBeLessThan(60_000);
    await vi.advanceTimersByTimeAsync(PIN_RETRY_MS * 3);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('tries again after a send that throws', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('storage gone')).mockResolvedValue(null);
    new PinSender(send).changed();
    await vi.advanceTimersByTimeAsync(PIN_SEND_DELAY_MS + PIN_RETRY_MS);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
