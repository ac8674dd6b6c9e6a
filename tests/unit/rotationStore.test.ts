import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TabRotation } from '../../storage/rotationStore';

const ids = Array.from({ length: 12 }, (_, i) => `e${i}`);

beforeEach(() => fakeBrowser.reset());

async function drawn(rotation: TabRotation) {
  const shown = await rotation.next();
  if (!shown) throw new Error('nothing shown');
  return shown.id;
}

describe('TabRotation over storage.local', () => {
  it('keeps the bag in storage.local, never in sync', async () => {
    await new TabRotation(() => ids).next();
    const local = await fakeBrowser.storage.local.get('rotation');
    expect(local.rotation).toMatchObject({ v: 1, seen: [expect.any(String)] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('shares one bag between tabs: no repeats across them until all are shown', async () => {
    const tabs = Array.from({ length: 4 }, () => new TabRotation(() => ids));
    const seen: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const tab of tabs) seen.push(await drawn(tab));
    }
    expect(new Set(seen).size).toBe(12);
  });

  it('goes back through the device history and forward again', async () => {
    const tab = new TabRotation(() => ids);
    const a = await drawn(tab);
    const b = await drawn(tab);
    expect(await tab.canGoBack()).toBe(true);
    expect((await tab.previous())?.id).toBe(a);
    expect(await tab.canGoBack()).toBe(false);
    expect(await tab.previous()).toBeNull();
    expect((await tab.next())?.id).toBe(b);
    const c = await drawn(tab);
    expect([a, b]).not.toContain(c);
  });

  it('lets a new tab step back to what another tab showed', async () => {
    const first = new TabRotation(() => ids);
    const shownInFirst = await drawn(first);
    const second = new TabRotation(() => ids);
    await drawn(second);
    expect((await second.previous())?.id).toBe(shownInFirst);
  });

  it('starts afresh from a damaged bag and repairs it', async () => {
    await fakeBrowser.storage.local.set({ rotation: { v: 1, seen: 'oops' } });
    const id = await drawn(new TabRotation(() => ids));
    expect(ids).toContain(id);
    const { rotation } = await fakeBrowser.storage.local.get('rotation');
    expect(rotation).toMatchObject({ seen: [id], history: [id] });
  });

  it('never overwrites a bag written by a newer version', async () => {
    const newer = { v: 99, shape: 'from the future' };
    await fakeBrowser.storage.local.set({ rotation: newer });
    expect(ids).toContain(await drawn(new TabRotation(() => ids)));
    expect((await fakeBrowser.storage.local.get('rotation')).rotation).toEqual(newer);
  });

  it('shows nothing when nothing is eligible', async () => {
    expect(await new TabRotation(() => []).next()).toBeNull();
  });
});
