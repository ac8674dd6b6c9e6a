// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type KeyPress, shortcutFor, shortcutKeys } from '../../utils/shortcuts';

/** A key pressed, at the place an English keyboard has that key unless code says. */
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe('shortcutFor', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'previous'],
    ['c', 'copy'],
    ['P', 'pin'],
    ['h', 'hide'],
  ])('maps %s to %s', (key, action) => {
    expect(shortcutFor(press(key))).toBe(action);
  });

  it('ignores other keys', () => {
    expect(shortcutFor(press('x'))).toBeUndefined();
    expect(shortcutFor(press('Enter'))).toBeUndefined();
  });

  it('takes a key of another script by where an English keyboard has its letter', () => {
    const keys: [string, string, string | undefined][] = [
      ['т', 'KeyN', 'next'], // Russian
      ['Т', 'KeyN', 'next'], // with Shift
      ['с', 'KeyC', 'copy'], // Russian, the Cyrillic letter that looks like a c
      ['π', 'KeyP', 'pin'], // Greek
      ['ا', 'KeyH', 'hide'], // Arabic
      ['מ', 'KeyN', 'next'], // Hebrew
      ['ж', 'Semicolon', undefined], // a letter on a key that is no letter in English
      ['х', 'BracketLeft', undefined],
      ['№', 'Digit3', undefined],
    ];
    for (const [key, code, action] of keys) {
      expect(shortcutFor(press(key, { code })), `${key} on ${code}`).toBe(action);
    }
  });

  it('takes a Latin layout’s letters where it has them', () => {
    // Colemak has ";" where QWERTY has P, and P where QWERTY has R.
    expect(shortcutFor(press(';', { code: 'KeyP' }))).toBeUndefined();
    expect(shortcutFor(press('p', { code: 'KeyR' }))).toBe('pin');
    // AZERTY and Dvorak letters that are no shortcut, on the keys of ones that are.
    expect(shortcutFor(press('é', { code: 'KeyN' }))).toBeUndefined();
    expect(shortcutFor(press('d', { code: 'KeyH' }))).toBeUndefined();
  });

  it('never acts while typing in a text field', () => {
    expect(shortcutFor(press('n'), true)).toBeUndefined();
    expect(shortcutFor(press('т', { code: 'KeyN' }), true)).toBeUndefined();
  });

  it('leaves browser shortcuts alone', () => {
    expect(shortcutFor(press('c', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(press('c', { metaKey: true }))).toBeUndefined();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }))).toBeUndefined();
    expect(shortcutFor(press('с', { code: 'KeyC', ctrlKey: true }))).toBeUndefined();
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
