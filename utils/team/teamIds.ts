import { duplicateKey } from '../ownEntries';

/** Team entries' ids start with this, so they never meet a built-in or own id. */
const TEAM_ID_PREFIX = 'org-';

/** An id an administrator may give: letters, digits, ".", "_" and "-". */
const GIVEN_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A team entry's id, stable across policy updates so that pins and hidden
 * entries survive them: the id the policy gives, or one derived from the
 * pack's name and the entry's text (spacing, case and quote marks aside).
 * Null when the given id cannot be used.
 */
export function teamEntryId(pack: string, given: unknown, text: string): string | null {
  if (given !== undefined && given !== null) {
    return typeof given === 'string' && GIVEN_ID.test(given) ? `${TEAM_ID_PREFIX}${given}` : null;
  }
  return `${TEAM_ID_PREFIX}${hash(`${pack}\n${duplicateKey(text)}`)}`;
}

/**
 * Two 32-bit FNV-1a hashes (different offsets) over the UTF-16 code units,
 * as 16 hex digits: ids derived from 2,000 entries collide with a chance of
 * about 1 in 10^13. Synchronous, unlike SubtleCrypto, because ids are needed
 * while the policy is read.
 */
function hash(value: string): string {
  let a = 0x811c9dc5;
  let b = 0x2f5e3b1d;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (a >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}
