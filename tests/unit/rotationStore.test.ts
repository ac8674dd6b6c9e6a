import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TabRotation } from '../../storage/rotationStore';

const ids = Array.from({ length: 12 }, (_, i) => `e${i}`);

beforeEach(() => fakeBrowser.reset());

const newTab = (eligible: string[] = ids, period: string | null = null) =>
  new TabRotation(() => ({ eligible, period }));

async function drawn(rotation: TabRotation) {
  const shown = await rotation.next();
  if (!shown) throw new Error('nothing shown');
  return shown.id;
}

describe('TabRotation over storage.local', () => {
  it('keeps the bag in storage.local, never in sync', async () => {
    await newTab().next();
    const local = await fakeBrowser.storage.local.get('rotation');
    expect(local.rotation).toMatchObject({ v: 1, seen: [expect.any(String)] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('shares one bag between tabs: no repeats across them until all are shown', async () => {
    const tabs = Array.from({ length: 4 }, () => newTab());
    const seen: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (const tab of tabs) seen.push(await drawn(tab));
    }
    expect(new Set(seen).size).toBe(12);
  });

  it('goes back through the device history and forward again', async () => {
    const tab = newTab();
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
    const first = newTab();
    const shownInFirst = await drawn(first);
    const second = newTab();
    await drawn(second);
    expect((await second.previous())?.id).toBe(shownInFirst);
  });

  it('starts afresh from a damaged bag and repairs it', async () => {
    await fakeBrowser.storage.local.set({ rotation: { v: 1, seen: 'oops' } });
    const id = await drawn(newTab());
    expect(ids).toContain(id);
    const { rotation } = await fakeBrowser.storage.local.get('rotation');
    expect(rotation).toMatchObject({ seen: [id], history: [id] });
  });

  it('never overwrites a bag written by a newer version', async () => {
    const newer = { v: 99, shape: 'from the future' };
    await fakeBrowser.storage.local.set({ rotation: newer });
    expect(ids).toContain(await drawn(newTab()));
    expect((await fakeBrowser.storage.local.get('rotation')).rotation).toEqual(newer);
  });

  it('shows nothing when nothing is eligible', async () => {
    expect(await newTab([]).next()).toBeNull();
  });

  it('opens every tab of one period on the same entry, without writing', async () => {
    const first = await newTab(ids, '2026-11-23').open();
    const before = await fakeBrowser.storage.local.get('rotation');
    const again = await newTab(ids, '2026-11-23').open();
    expect(again?.id).toBe(first?.id);
    expect(await fakeBrowser.storage.local.get('rotation')).toEqual(before);
  });

  it('moves the period entry on with Next, and draws afresh in the next period', async () => {
    const tab = newTab(ids, '2026-11-23T09');
    const first = await tab.open();
    const moved = await tab.next();
    expect(moved?.id).not.toBe(first?.id);
    expect((await newTab(ids, '2026-11-23T09').open())?.id).toBe(moved?.id);
    const later = await newTab(ids, '2026-11-23T10').open();
    expect([first?.id, moved?.id]).not.toContain(later?.id);
  });

  it('draws afresh when the period entry is filtered out', async () => {
    const first = await newTab(ids, '2026-11-23').open();
    const others = ids.filter((id) => id !== first?.id);
    expect(others).toContain((await newTab(others, '2026-11-23').open())?.id);
  });

  it('keeps a period’s tabs together when its entry is taken away under them', async () => {
    let eligible = ids;
    const tab = () => new TabRotation(() => ({ eligible, period: '2026-11-23T09' }));
    const [a, b] = [tab(), tab()];
    const first = await a.open();
    expect((await b.open())?.id).toBe(first?.id);
    eligible = ids.filter((id) => id !== first?.id);
    // Hidden in one tab: both move on, to the same entry, which new tabs open on too.
    const inA = await a.replace();
    expect(eligible).toContain(inA?.id);
    expect((await b.replace())?.id).toBe(inA?.id);
    expect((await tab().open())?.id).toBe(inA?.id);
  });

  it('replaces a taken entry as Next does without a period', async () => {
    const tab = newTab();
    const first = await tab.open();
    const replaced = await tab.replace();
    expect(replaced?.id).not.toBe(first?.id);
    expect(replaced?.seq).toBe((first?.seq ?? 0) + 1);
  });

  it('records what pages painted before this one opens on its own painted entry', async () => {
    const painted = ['e3', 'e7', 'e5'].map((id) => ({ id, period: null }));
    const saved: { history: readonly string[]; recorded: readonly string[] }[] = [];
    const tab = new TabRotation(
      () => ({ eligible: ids, period: null, painted: () => painted }),
      (state, recorded) =>
        saved.push({ history: state.history, recorded: recorded.map((p) => p.id) }),
    );
    expect(await tab.open('e7')).toEqual({ id: 'e7', seq: 1 });
    expect(saved).toEqual([{ history: ['e3', 'e7', 'e5'], recorded: ['e3', 'e7', 'e5'] }]);
    expect((await tab.previous())?.id).toBe('e3');
  });

  it('opens on its painted entry when another page recorded it already, without writing', async () => {
    const painted = [{ id: 'e4', period: null }];
    await new TabRotation(() => ({ eligible: ids, period: null, painted: () => painted })).open(
      'e4',
    );
    const before = await fakeBrowser.storage.local.get('rotation');
    expect(await newTab().open('e4')).toEqual({ id: 'e4', seq: 0 });
    expect(await fakeBrowser.storage.local.get('rotation')).toEqual(before);
  });

  it('does not draw what pages painted and the bag has yet to record', async () => {
    const painted = ids.slice(0, 11).map((id) => ({ id, period: null }));
    const tab = new TabRotation(() => ({ eligible: ids, period: null, painted: () => painted }));
    expect(await drawn(tab)).toBe('e11');
  });
});
