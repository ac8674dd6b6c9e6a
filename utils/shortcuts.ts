export type ShortcutAction = 'next' | 'previous' | 'copy' | 'pin' | 'hide';

const KEYS: Record<string, ShortcutAction> = {
  ArrowRight: 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  c: 'copy',
  C: 'copy',
  p: 'pin',
  P: 'pin',
  h: 'hide',
  H: 'hide',
};

/** The parts of a keyboard event that decide whether it is a shortcut. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when focus is in a field where the key types text. */
  inTextField: boolean;
}

/**
 * The action a key press asks for, or null. Keys typed into a text field and
 * combinations with Ctrl, Cmd or Alt (browser shortcuts) are never ours.
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.inTextField || press.ctrlKey || press.metaKey || press.altKey) return null;
  return KEYS[press.key] ?? null;
}
