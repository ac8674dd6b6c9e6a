import { browser } from 'wxt/browser';
import { parseRotation, serializeRotation } from '../utils/rotationSchema';
import {
  draw,
  EMPTY_ROTATION,
  lastShown,
  openTab,
  type Painted,
  type RotationState,
  recordPainted,
  type Shown,
  stepBack,
  stepForward,
} from '../utils/shuffleBag';
import { ROTATION_KEY } from '../utils/storageKeys';
import { withLock } from './access';

const LOCK_NAME = 'tabwise:rotation';

async function readState(): Promise<RotationState | null> {
  const stored = await browser.storage.local.get(ROTATION_KEY);
  return parseRotation(stored[ROTATION_KEY]);
}

/** A step's outcome, with the painted entries it recorded in the bag (see open). */
type Step = (
  state: RotationState,
) => { state: RotationState; shown: Shown; recorded?: readonly Painted[] } | null;

type OnSaved = (state: RotationState, recorded: readonly Painted[]) => void;

/**
 * Applies a step to the stored bag and saves the result. Resolves as soon as
 * the entry is chosen, so the page can paint while the write finishes under
 * the lock.
 */
function stepAndSave(step: Step, onSaved: OnSaved): Promise<Shown | null> {
  return new Promise((resolve, reject) => {
    withLock(LOCK_NAME, async () => {
      // An unreadable bag still gives the tab an entry; it is just not saved.
      const state = await readState().catch(() => null);
      const result = step(state ?? EMPTY_ROTATION);
      resolve(result?.shown ?? null);
      // A record from a newer version, or one that could not be read, is left as it is.
      if (result && state && result.state !== state) {
        // In the step's own task, before the write: no page paints from the
        // mirror in between. Should the write then fail, the claims it
        // recorded are already forgotten, and those entries may show again.
        onSaved(result.state, result.recorded ?? []);
        await browser.storage.local.set({ [ROTATION_KEY]: serializeRotation(result.state) });
      }
    }).catch(reject);
  });
}

/** What a tab draws from: the eligible ids, the current hour or day (or null), and what pages painted. */
export interface RotationScope {
  eligible: readonly string[];
  period: string | null;
  /**
   * Entries pages have painted from the mirror and the bag has not recorded
   * yet, in that order: read only by the steps that need them.
   */
  painted?: () => readonly Painted[];
}

/**
 * One tab's walk through the device's rotation: Next draws from the shared
 * bag (or returns along the way this tab went back), Previous walks back
 * through the device history.
 */
export class TabRotation {
  private cursor: Shown | null = null;
  /** The furthest history position this tab has reached. */
  private head = -1;

  /**
   * @param scope what to draw from, read at each step, under the lock
   * @param onSaved told each new rotation state as it is saved (to mirror it),
   *   with the painted entries it has recorded (to forget them)
   * @param ready settles once the scope can be read and the tab has opened
   *   its entry: Next, Previous and canGoBack wait for it, so a key pressed
   *   while the page is still reading storage is carried out, not lost
   */
  constructor(
    private readonly scope: () => RotationScope,
    private readonly onSaved: OnSaved = () => {},
    private readonly ready: Promise<unknown> = Promise.resolve(),
  ) {}

  /** The eligible ids as a set, rebuilt only when the scope hands out a new list. */
  private eligibleSet = { of: [] as readonly string[], ids: new Set<string>() };

  private isEligible = (id: string): boolean => {
    const { eligible } = this.scope();
    if (this.eligibleSet.of !== eligible)
      this.eligibleSet = { of: eligible, ids: new Set(eligible) };
    return this.eligibleSet.ids.has(id);
  };

  private moveTo(shown: Shown | null): Shown | null {
    if (shown) {
      this.cursor = shown;
      this.head = Math.max(this.head, shown.seq);
    }
    return shown;
  }

  /**
   * The entry this tab opens with: the one it painted from the mirror
   * (`claim`) whenever that is still eligible, so nothing changes on screen;
   * with hourly or daily rotation, the period's entry. First the bag records
   * every entry pages painted (this one's too, or another page did already).
   */
  async open(claim: string | null = null): Promise<Shown | null> {
    const step: Step = (state) => {
      const { eligible, period, painted = () => [] } = this.scope();
      const recorded = painted();
      const next = recordPainted(state, eligible, recorded);
      const shown = claim !== null && eligible.includes(claim) ? lastShown(next, claim) : null;
      const opened = shown ? { state: next, shown } : openTab(next, eligible, { period, claim });
      return opened && { ...opened, recorded };
    };
    return this.moveTo(await stepAndSave(step, this.onSaved));
  }

  async next(): Promise<Shown | null> {
    await this.ready;
    if (this.cursor && this.cursor.seq < this.head) {
      const state = (await readState()) ?? EMPTY_ROTATION;
      const ahead = stepForward(state, this.cursor.seq, this.head, this.isEligible);
      if (ahead) return this.moveTo(ahead);
    }
    return this.moveTo(await stepAndSave(this.drawing(draw), this.onSaved));
  }

  /**
   * After the shown entry was taken away (hidden, deleted, filtered out):
   * with hourly or daily rotation the period's entry, which another tab may
   * have drawn already, so the period's tabs stay together; else as Next.
   */
  async replace(): Promise<Shown | null> {
    await this.ready;
    if (this.scope().period === null) return this.next();
    return this.moveTo(await stepAndSave(this.drawing(openTab), this.onSaved));
  }

  /** A step drawing with `pick`, from what the scope allows now. */
  private drawing(pick: typeof draw): Step {
    return (state) => {
      const { eligible, period, painted = () => [] } = this.scope();
      return pick(state, eligible, { period, claimed: new Set(painted().map(({ id }) => id)) });
    };
  }

  async canGoBack(): Promise<boolean> {
    await this.ready;
    if (!this.cursor) return false;
    const state = (await readState()) ?? EMPTY_ROTATION;
    return stepBack(state, this.cursor.seq, this.isEligible) !== null;
  }

  async previous(): Promise<Shown | null> {
    await this.ready;
    const state = (await readState()) ?? EMPTY_ROTATION;
    const from = this.cursor?.seq ?? state.historyStart + state.history.length;
    return this.moveTo(stepBack(state, from, this.isEligible));
  }
}
