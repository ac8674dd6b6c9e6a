import { useLayoutEffect } from 'preact/hooks';
import { type ShortcutAction, shortcutFor } from '../utils/shortcuts';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The new tab's keys (→/n, ←, p, h, c), never while typing in a field, and
 * only with an entry on screen. `takeOver` hands over what was asked for
 * before this took over from the first paint, carried out once.
 */
export function useShortcutKeys(
  actions: Record<ShortcutAction, () => void>,
  hasEntry: boolean,
  takeOver?: () => readonly ShortcutAction[],
): void {
  // Layout effects run as the nodes are rendered, before any event can
  // reach them: no key or click is handled twice (by the first paint too)
  // or by neither.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event, isTextField(event.target));
      if (!action || !hasEntry) return;
      event.preventDefault();
      actions[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Now that this handles keys and clicks, carry out what was asked before.
  useLayoutEffect(() => {
    for (const action of takeOver?.() ?? []) actions[action]();
  }, []);
}
