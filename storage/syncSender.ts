/** A burst of presses (Pin, Hide) within this time costs one sync write. */
export const SEND_DELAY_MS = 1_500;
/**
 * While sync refuses (too many writes this minute, or unavailable), the next
 * try: well within the minute the user is promised, and short enough that a
 * background service worker, which each try keeps awake, is still running.
 */
export const RETRY_MS = 20_000;

/**
 * Sends a list (pins, hidden entries) to sync a moment after the last change
 * (the background calls `changed` whenever this browser's copy changes), and
 * tries again while sync refuses, until the copy is in sync.
 */
export class SyncSender {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: () => Promise<unknown>) {}

  changed(): void {
    this.schedule(SEND_DELAY_MS);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run() {
    this.timer = undefined;
    const problem = await this.send().catch((error: unknown) => error);
    // A change made meanwhile has its own, sooner send scheduled.
    if (problem && this.timer === undefined) this.schedule(RETRY_MS);
  }
}
