/**
 * The one action that Undo can take back: the latest deletion, with where it
 * was. Holding a newer one forgets the older (Undo offers only the latest).
 */
export class UndoSlot<T> {
  private held: { item: T; at: number } | null = null;

  hold(item: T, at: number): void {
    this.held = { item, at };
  }

  /** The held item and its place, once: the slot is empty afterwards. */
  take(): { item: T; at: number } | null {
    const held = this.held;
    this.held = null;
    return held;
  }

  /** Holds again what take() gave (its undoing failed), unless something newer is held. */
  giveBack(held: { item: T; at: number }): void {
    this.held ??= held;
  }
}
