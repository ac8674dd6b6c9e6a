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

/** How a keyboard labels a key the list names by its `key` value. */
const LABELS: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←' };

/**
 * Each action with the keys that ask for it, labelled as on a keyboard
 * ("→", "N"; a letter once, whatever its case): the options page lists them.
 */
export function shortcutKeys(): [ShortcutAction, string[]][] {
  const keys = new Map<ShortcutAction, Set<string>>();
  for (const [key, action] of Object.entries(KEYS)) {
    const set = keys.get(action) ?? new Set<string>();
    set.add(LABELS[key] ?? key.toUpperCase());
    keys.set(action, set);
  }
  return [...keys].map(([action, labels]) => [action, [...labels]]);
}
