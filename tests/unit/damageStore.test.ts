import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { collectBackup } from '../../storage/backupStore';
import { damagedKept, setAsideDamaged } from '../../storage/damageStore';
import { changePins, loadPins, sendPins } from '../../storage/pinsStore';

beforeEach(() => fakeBrowser.reset());

describe('damaged records', () => {
  it('are counted, kept aside once (the first damage survives later writes), and carried by a backup', async () => {
    expect(await setAsideDamaged()).toBe(0);
    await fakeBrowser.storage.sync.set({ pins: 'garbage', 'pins.0': ['q-a'] });
    await fakeBrowser.storage.local.set({ ownOverflow: 'also garbage' });
    expect(await setAsideDamaged()).toBe(2);
    expect(await damagedKept()).toEqual({
      'sync:pins': 'garbage',
      'local:ownOverflow': 'also garbage',
    });
    // The next pin rewrites the damaged record: nothing is damaged any more.
    await changePins({ type: 'pin', id: 'q-b' });
    await sendPins();
    expect((await loadPins()).pins).toEqual(['q-a', 'q-b']);
    await fakeBrowser.storage.local.set({ ownOverflow: [] });
    expect(await setAsideDamaged()).toBe(0);
    expect((await collectBackup()).damaged).toEqual({
      'sync:pins': 'garbage',
      'local:ownOverflow': 'also garbage',
    });
  });
});
