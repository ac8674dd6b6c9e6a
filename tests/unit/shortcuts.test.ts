// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type KeyPress, shortcutFor, shortcutKeys } from '../../utils/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  ...extra,
});

describe('shortcutFor', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'previous'],
    ['c', 'copy'],
  ])('maps %s to %s', (key, action) => {
    expect(shortcutFor(press(key))).toBe(action);
  });

  it('ignores other keys', () => {
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('Enter'))).toBeNull();
  });

  it('never acts while typing in a text field', () => {
    expect(shortcutFor(press('n', { inTextField: true }))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(shortcutFor(press('c', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('c', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }))).toBeNull();
  });
});

describe('shortcutKeys', () => {
  it('lists every action with its keys as a keyboard labels them, a letter once', () => {
    expect(shortcutKeys()).toEqual([
      ['next', ['→', 'N']],
      ['previous', ['←']],
      ['copy', ['C']],
      ['pin', ['P']],
      ['hide', ['H']],
    ]);
  });

  it('lists only keys that do what it says, in either case', () => {
    const keyOf: Record<string, string> = { '→': 'ArrowRight', '←': 'ArrowLeft' };
    for (const [action, labels] of shortcutKeys()) {
      for (const label of labels) {
        const keys = keyOf[label] ? [keyOf[label]] : [label, label.toLowerCase()];
        for (const key of keys) expect(shortcutFor(press(key))).toBe(action);
      }
    }
  });
});
