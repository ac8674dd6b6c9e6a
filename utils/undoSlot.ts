/**
 * The one action that Undo can take back: the latest deletion, with where
 * what it deleted was. Holding a newer one forgets the older (Undo offers
 * only the latest).
 */
export class UndoSlot<T> {
  private held: T | null = null;

  hold(item: T): void {
    this.held = item;
  }

  /** The held item, once: the slot is empty afterwards. */
  take(): T | null {
    const held = this.held;
    this.held = null;
    return held;
  }

  /** Holds again what take() gave (its undoing failed), unless something newer is held. */
  giveBack(held: T): void {
    this.held ??= held;
  }
}
