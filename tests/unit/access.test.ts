import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchStorage } from '../../storage/access';

describe('watchStorage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers only the latest read when reads resolve out of order', async () => {
    const pending: ((value: string) => void)[] = [];
    const delivered: string[] = [];
    const stop = watchStorage(
      (key) => key === 'ours',
      () => new Promise<string>((resolve) => pending.push(resolve)),
      (value) => delivered.push(value),
    );
    await fakeBrowser.storage.local.set({ ours: 1 });
    await fakeBrowser.storage.local.set({ ours: 2 });
    expect(pending).toHaveLength(2);
    // The newer read answers first; the older one, answering after it, is stale.
    pending[1]?.('after the second change');
    pending[0]?.('after the first change');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(delivered).toEqual(['after the second change']);
    stop();
  });

  it('reads nothing for other keys, and stops when told', async () => {
    let reads = 0;
    const stop = watchStorage(
      (key) => key === 'ours',
      async () => ++reads,
      () => {},
    );
    await fakeBrowser.storage.sync.set({ theirs: 1 });
    expect(reads).toBe(0);
    stop();
    await fakeBrowser.storage.sync.set({ ours: 1 });
    expect(reads).toBe(0);
  });
});
