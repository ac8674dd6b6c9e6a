export type ShortcutAction = 'next' | 'previous' | 'copy' | 'pin' | 'hide';

/** Each key by its `key` value in lower case: a letter with Shift or Caps Lock is the same key. */
const KEYS: Record<string, ShortcutAction> = {
  arrowright: 'next',
  n: 'next',
  arrowleft: 'previous',
  c: 'copy',
  p: 'pin',
  h: 'hide',
};

/**
 * The end of the Latin letters' blocks (with their spacing marks): a key
 * beyond types another script, Cyrillic, Greek, Arabic, Hebrew… A reader who
 * types in it has no N key, so the key where an English keyboard has the N
 * does. A Latin layout (AZERTY, QWERTZ, Dvorak, Colemak) keeps its letters,
 * wherever they are. Named keys ("ArrowLeft") begin with a Latin letter.
 */
const LAST_LATIN = '\u02ff';

/** The parts of a keyboard event that decide whether it is a shortcut: a KeyboardEvent has them. */
export interface KeyPress {
  key: string;
  /** The physical key ("KeyN"), whatever letter the layout gives it. */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The action a key press asks for, if any. Keys typed into a text field and
 * combinations with Ctrl, Cmd or Alt (browser shortcuts) are never ours.
 */
export function shortcutFor(press: KeyPress, inTextField?: boolean): ShortcutAction | undefined {
  if (inTextField || press.ctrlKey || press.metaKey || press.altKey) return undefined;
  // "KeyN" less "Key": the other keys such a layout has letters on have
  // longer codes ("Semicolon", "BracketLeft"), which name no key here.
  const key = press.key > LAST_LATIN ? press.code.slice(3) : press.key;
  return KEYS[key.toLowerCase()];
}

/** How a keyboard labels a key the list names by its `key` value. */
const LABELS: Record<string, string> = { arrowright: '→', arrowleft: '←' };

/** Each action with the keys that ask for it, labelled as on a keyboard ("→", "N"): the options page lists them. */
export function shortcutKeys(): [ShortcutAction, string[]][] {
  const keys = new Map<ShortcutAction, string[]>();
  for (const [key, action] of Object.entries(KEYS)) {
    keys.set(action, [...(keys.get(action) ?? []), LABELS[key] ?? key.toUpperCase()]);
  }
  return [...keys];
}
