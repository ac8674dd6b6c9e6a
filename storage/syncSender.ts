import type { SyncProblem } from '../utils/syncErrors';

/** A burst of presses (Pin, Hide) within this time costs one sync write. */
export const SEND_DELAY_MS = 1_500;
/**
 * While sync refuses for a while (too many writes this minute, or
 * unavailable), the next try: well within the minute the user is promised,
 * and short enough that a background service worker, which each try keeps
 * awake, is still running.
 */
export const RETRY_MS = 20_000;

/**
 * Sends a list (pins, hidden entries) or the settings to sync a moment after
 * the last change (the background calls `changed` whenever this browser's
 * copy changes), and tries again while sync refuses, until the copy is in
 * sync. Sync full, or the list too large for it, is not tried again every
 * 20 s, which would keep the service worker awake for nothing, but once
 * something changes sync's contents (`syncChanged`: room may have been made;
 * a send with nothing waiting writes nothing, so this holds after the worker
 * restarts too) or the copy.
 */
export class SyncSender {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly send: () => Promise<SyncProblem | null>) {}

  changed(): void {
    this.schedule(SEND_DELAY_MS);
  }

  syncChanged(): void {
    if (this.timer === undefined) this.schedule(SEND_DELAY_MS);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run() {
    this.timer = undefined;
    // The sends say why sync refused; one that throws is a bug, kept visible.
    const problem = await this.send().catch((error: unknown) => {
      console.error(error);
      return 'unavailable' as const;
    });
    const passes = problem === 'tooFast' || problem === 'unavailable';
    // A change made meanwhile has its own, sooner send scheduled.
    if (passes && this.timer === undefined) this.schedule(RETRY_MS);
  }
}
