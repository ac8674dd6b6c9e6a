import { isStringArray } from './guards';
import { EMPTY_ROTATION, type PeriodEntry, type RotationState, UPCOMING_COUNT } from './shuffleBag';

/** Version of the rotation record kept in storage.local. */
export const ROTATION_VERSION = 1;

/**
 * The largest sequence number a record may hold: a tab a second for 30,000
 * years, and far below where adding one stops changing a number.
 */
const MAX_SEQ = 2 ** 40;

const isSeq = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SEQ;

interface StoredRotation extends RotationState {
  readonly v: number;
}

/**
 * Reads a stored rotation record. Missing or damaged data yields a fresh,
 * empty rotation (it is only this device's shuffle state); a record from a
 * newer version yields null so that this version never overwrites it.
 */
export function parseRotation(raw: unknown): RotationState | null {
  if (typeof raw !== 'object' || raw === null) return EMPTY_ROTATION;
  const record = raw as Partial<StoredRotation>;
  if (typeof record.v === 'number' && record.v > ROTATION_VERSION) return null;
  const { seen, history, historyStart } = record;
  if (!isStringArray(seen) || !isStringArray(history)) return EMPTY_ROTATION;
  if (!isSeq(historyStart)) return EMPTY_ROTATION;
  const current = parseCurrent(record.current);
  return {
    seen,
    history,
    historyStart,
    upcoming: parseUpcoming(record.upcoming),
    ...(current && { current }),
  };
}

/** The ids drawn in advance; an older record kept just one, as a string. */
function parseUpcoming(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  return isStringArray(raw) ? raw.slice(0, UPCOMING_COUNT) : [];
}

function parseCurrent(raw: unknown): PeriodEntry | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, seq, key } = raw as Partial<PeriodEntry>;
  if (typeof id !== 'string' || !isSeq(seq) || typeof key !== 'string') return undefined;
  return { id, seq, key };
}

export function serializeRotation(state: RotationState): StoredRotation {
  return { v: ROTATION_VERSION, ...state };
}
