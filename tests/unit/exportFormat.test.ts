// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../utils/entry';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  backupJson,
  entriesFileName,
  PACK_FORMAT,
  PACK_VERSION,
  packCsv,
  packJson,
} from '../../utils/exportFormat';

const QUOTE: Entry = {
  id: 'u-1',
  source: 'own',
  kind: 'quote',
  text: 'Be kind, always.',
  author: 'Anon',
  topics: ['kindness', 'calm'],
};
const TIP: Entry = {
  id: 'u-2',
  source: 'own',
  kind: 'tip',
  text: 'Say "thank you" first.',
  topics: [],
};
const ENTRIES = [QUOTE, TIP];

describe('packJson', () => {
  it('writes the pack format with entries and no ids, pretty-printed', () => {
    const text = packJson(ENTRIES);
    expect(JSON.parse(text)).toEqual({
      format: PACK_FORMAT,
      version: PACK_VERSION,
      entries: [
        { kind: 'quote', text: 'Be kind, always.', author: 'Anon', topics: ['kindness', 'calm'] },
        { kind: 'tip', text: 'Say "thank you" first.', topics: [] },
      ],
    });
    expect(text).toContain('\n  "format": "tabwise-pack",\n');
    expect(text).not.toContain('u-1');
    expect(text).not.toContain('"source"');
  });

  it('leaves out a tip headline, which packs do not carry', () => {
    expect(packJson([{ ...TIP, title: 'Gratitude' }])).not.toContain('Gratitude');
  });
});

describe('packCsv', () => {
  it('writes a header, topics joined with ";", RFC 4180 quoting and CRLF line ends', () => {
    expect(packCsv(ENTRIES)).toBe(
      '\uFEFFkind,text,author,topics\r\n' +
        'quote,"Be kind, always.",Anon,kindness;calm\r\n' +
        'tip,"Say ""thank you"" first.",,\r\n',
    );
  });

  it('separates fields with semicolons when asked, quoting the topics that hold them', () => {
    expect(packCsv(ENTRIES, ';')).toBe(
      '\uFEFFkind;text;author;topics\r\n' +
        'quote;Be kind, always.;Anon;"kindness;calm"\r\n' +
        'tip;"Say ""thank you"" first.";;\r\n',
    );
  });

  it('ends a lone topic holding a comma with ";", so that the import keeps it whole', () => {
    const entry = (topics: string[]): Entry => ({
      id: 'x',
      source: 'own',
      kind: 'tip',
      text: 'T',
      topics,
    });
    expect(packCsv([entry(['calm, always'])])).toBe(
      '\uFEFFkind,text,author,topics\r\ntip,T,,"calm, always;"\r\n',
    );
    expect(packCsv([entry(['calm, always', 'vip'])])).toBe(
      '\uFEFFkind,text,author,topics\r\ntip,T,,"calm, always;vip"\r\n',
    );
  });

  it('quotes text with line breaks', () => {
    const entry: Entry = { id: 'x', source: 'own', kind: 'quote', text: 'one\ntwo', topics: [] };
    expect(packCsv([entry])).toBe('\uFEFFkind,text,author,topics\r\nquote,"one\ntwo",,\r\n');
  });

  it('starts with a byte-order mark, so that Excel reads accents as UTF-8', () => {
    const entry: Entry = { id: 'x', source: 'own', kind: 'tip', text: 'Écoutez.', topics: [] };
    const bytes = new TextEncoder().encode(packCsv([entry]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes just the header when there is nothing to export', () => {
    expect(packCsv([])).toBe('\uFEFFkind,text,author,topics\r\n');
  });
});

describe('backupJson', () => {
  const settings = { v: 2, theme: 'dark', fromTheFuture: { x: 1 } };
  const now = new Date('2025-03-04T05:06:07.000Z');

  it('writes settings as stored, pins, hidden and own entries with their ids', () => {
    const text = backupJson(
      { settings, pins: ['u-2', 't-1'], hidden: ['q-x'], entries: ENTRIES },
      now,
    );
    expect(JSON.parse(text)).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2025-03-04T05:06:07.000Z',
      settings,
      pins: ['u-2', 't-1'],
      hidden: ['q-x'],
      entries: ENTRIES,
    });
    expect(text).toMatch(/^\{\n {2}"format": "tabwise-backup",\n/);
  });

  it('writes {} when nothing is stored yet, so the file stays restorable', () => {
    for (const nothing of [undefined, null, 'x', ['a']]) {
      const text = backupJson({ settings: nothing, pins: [], hidden: [], entries: [] }, now);
      expect(JSON.parse(text).settings).toEqual({});
    }
  });
});

describe('download names', () => {
  it('dates a backup by its day, and names an export by its format', () => {
    expect(backupFileName(new Date('2026-12-02T23:59:00Z'))).toBe('tabwise-backup-2026-12-02.json');
    expect(entriesFileName('csv')).toBe('tabwise-entries.csv');
  });
});
