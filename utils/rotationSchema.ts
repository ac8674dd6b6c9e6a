import { EMPTY_ROTATION, type PeriodEntry, type RotationState, UPCOMING_COUNT } from './shuffleBag';

/** Version of the rotation record kept in storage.local. */
export const ROTATION_VERSION = 1;

interface StoredRotation extends RotationState {
  readonly v: number;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

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
  if (typeof historyStart !== 'number' || !Number.isInteger(historyStart) || historyStart < 0) {
    return EMPTY_ROTATION;
  }
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
  if (typeof id !== 'string' || typeof seq !== 'number' || typeof key !== 'string')
    return undefined;
  return { id, seq, key };
}

export function serializeRotation(state: RotationState): StoredRotation {
  return { v: ROTATION_VERSION, ...state };
}
