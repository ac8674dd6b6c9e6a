import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** How long an Undo stays offered. */
export const UNDO_MS = 8000;

/**
 * An Undo offered after a change that is hard to redo by hand (a deletion,
 * an unpin): it goes after UNDO_MS, but never from under the keyboard focus
 * or the pointer (it waits for them to leave). `offer` says what it would undo.
 */
export function useUndoOffer<T>() {
  const [offer, setOffer] = useState<T | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const expired = useRef(false);
  const pointedAt = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // Once Undo is on screen, the focus goes to it when asked (no row was left to go to).
  const [focusUndo, setFocusUndo] = useState(false);
  useLayoutEffect(() => {
    if (!focusUndo) return;
    button.current?.focus();
    setFocusUndo(false);
  }, [focusUndo]);

  /** Whether the focus or the pointer is on Undo. */
  const held = () => pointedAt.current || document.activeElement === button.current;
  /** Takes Undo away: gone, it gets no pointerleave, and the pointer is on it no more. */
  const withdraw = () => {
    pointedAt.current = false;
    setOffer(null);
  };
  const expire = () => {
    expired.current = true;
    if (!held()) withdraw();
  };
  /** Offers to undo `undone`; with `focus`, moves the focus to Undo. */
  const start = (undone: T, { focus = false } = {}) => {
    window.clearTimeout(timer.current);
    expired.current = false;
    setOffer(() => undone);
    if (focus) setFocusUndo(true);
    timer.current = window.setTimeout(expire, UNDO_MS);
  };
  const end = () => {
    window.clearTimeout(timer.current);
    withdraw();
  };
  /** The focus or the pointer left Undo: it goes if its time is up. */
  const onLeave = () => {
    if (expired.current && !held()) withdraw();
  };
  const onPointer = (over: boolean) => {
    pointedAt.current = over;
    onLeave();
  };
  /**
   * Undo pressed: ends the offer and has `undo` undo it; `done` follows it
   * up. `undo` fails by resolving false (having said why) or by rejecting
   * (`failed` says why): the offer then stays, with the focus, to try again,
   * so an Undo that fails loses nothing.
   */
  const run = async (
    undo: (undone: T) => Promise<unknown>,
    then: { done?: (undone: T) => void; failed?: (error: unknown, undone: T) => void } = {},
  ): Promise<void> => {
    const undone = offer;
    end();
    if (undone === null) return;
    let made: unknown;
    try {
      made = await undo(undone);
    } catch (error) {
      then.failed?.(error, undone);
      made = false;
    }
    if (made === false) start(undone, { focus: true });
    else then.done?.(undone);
  };
  return { offer, start, end, run, button, onLeave, onPointer };
}

/** A section's status line, with the Undo of `undo` beside it while it is offered. */
export function StatusWithUndo<T>({
  id,
  status,
  undo,
  label,
  onUndo,
}: {
  id: string;
  status: string;
  undo: ReturnType<typeof useUndoOffer<T>>;
  label: string;
  onUndo: () => void;
}) {
  return (
    <div class="status-row">
      <p class="status" role="status" id={id}>
        {status}
      </p>
      {undo.offer !== null && (
        <button
          type="button"
          ref={undo.button}
          aria-describedby={id}
          onClick={onUndo}
          onBlur={undo.onLeave}
          onPointerEnter={() => undo.onPointer(true)}
          onPointerLeave={() => undo.onPointer(false)}
        >
          {label}
        </button>
      )}
    </div>
  );
}
