// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HIDDEN_LAYOUT } from '../../utils/hidden';
import { PINS_LAYOUT } from '../../utils/pins';
import { damagedRecords } from '../../utils/storageHealth';

const layouts = {
  pins: PINS_LAYOUT,
  hidden: HIDDEN_LAYOUT,
  own: { key: 'own', version: 1, maxChunks: 6 },
};
const healthy = {
  sync: {
    settings: { v: 2, theme: 'dark' },
    pins: { v: 1, chunks: 1 },
    'pins.0': ['q-a'],
    hidden: { v: 1, chunks: 1 },
    'hidden.0': ['q-b'],
    own: { v: 1, chunks: 1 },
    'own.0': [{ id: 'u-1', kind: 'quote', text: 'Mine.', topics: [] }],
  },
  local: {
    settings: { v: 2, theme: 'dark' },
    settingsUnsynced: ['theme'],
    pinsCopy: { pins: ['q-a'], unsynced: false },
    hiddenCopy: { hidden: ['q-b'], unsynced: true, base: ['q-b', 'q-c'] },
    ownCopy: { entries: [], unsynced: false },
    ownOverflow: '[{"id":"u-2","kind":"tip","text":"Also mine.","topics":[]}]',
  },
};

describe('damagedRecords', () => {
  it('finds nothing in healthy or empty storage, nor in records a newer version wrote', () => {
    expect(damagedRecords(healthy.sync, healthy.local, layouts)).toEqual([]);
    expect(damagedRecords({}, {}, layouts)).toEqual([]);
    const olderLocal = { ...healthy.local, settingsUnsynced: true };
    expect(damagedRecords(healthy.sync, olderLocal, layouts)).toEqual([]);
    const newer = { ...healthy.sync, pins: { v: 9, chunks: 1, order: 'by-date' } };
    expect(damagedRecords(newer, healthy.local, layouts)).toEqual([]);
  });

  it('takes the entries kept on this browser as an earlier build stored them, a list', () => {
    const earlier = { ...healthy.local, ownOverflow: [] };
    expect(damagedRecords(healthy.sync, earlier, layouts)).toEqual([]);
  });

  it.each([
    ['sync', 'settings', 'garbage', 'sync:settings'],
    ['sync', 'pins', { v: 1, chunks: -3 }, 'sync:pins'],
    ['sync', 'pins.0', [1, 2], 'sync:pins.0'],
    ['sync', 'hidden.1', 'q-x', 'sync:hidden.1'],
    ['sync', 'own', 'garbage', 'sync:own'],
    ['sync', 'own.0', { not: 'a list' }, 'sync:own.0'],
    ['local', 'settings', [1], 'local:settings'],
    ['local', 'settingsUnsynced', 'yes', 'local:settingsUnsynced'],
    ['local', 'pinsCopy', { unsynced: true }, 'local:pinsCopy'],
    ['local', 'pinsCopy', { pins: 42, unsynced: true }, 'local:pinsCopy'],
    ['local', 'hiddenCopy', { hidden: [7], unsynced: true }, 'local:hiddenCopy'],
    ['local', 'ownCopy', { entries: 'x', unsynced: false }, 'local:ownCopy'],
    ['local', 'ownOverflow', 'x', 'local:ownOverflow'],
    ['local', 'ownOverflow', '{"id":"u-2"}', 'local:ownOverflow'],
    ['local', 'ownOverflow', 42, 'local:ownOverflow'],
  ])('reports %s “%s” holding %j', (area, key, value, expected) => {
    const sync = area === 'sync' ? { ...healthy.sync, [key]: value } : healthy.sync;
    const local = area === 'local' ? { ...healthy.local, [key]: value } : healthy.local;
    expect(damagedRecords(sync, local, layouts)).toEqual([expected]);
  });
});
