import { isRecord } from '../guards';
import type { TeamPolicy } from './policy';

/**
 * The organisation's policy as the background keeps it in storage.local for
 * the pages: what managed storage held, and the policy read from it, by the
 * version of the extension that read it (another version may read it
 * otherwise, so its copy is read again).
 */
export interface PolicyCopy {
  version: string;
  /** What managed storage held; absent when it held nothing or refused. */
  raw?: unknown;
  policy: TeamPolicy;
}

/** What a page sends the background to have the copy kept and sent back. */
export const POLICY_REQUEST = 'tabwise:policy';

/** A copy as stored: its policy is trusted as the background wrote it, its shape checked. */
export function isPolicyCopy(value: unknown): value is PolicyCopy {
  if (!isRecord(value) || typeof value.version !== 'string' || !isRecord(value.policy)) {
    return false;
  }
  const { packs, entries, sources, defaults, locked, problems } = value.policy;
  return [packs, entries, sources, locked, problems].every(Array.isArray) && isRecord(defaults);
}
