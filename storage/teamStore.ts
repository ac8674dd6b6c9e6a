import { browser } from 'wxt/browser';
import { POLICY_COPY_KEY } from '../utils/storageKeys';
import { NO_POLICY, type TeamPolicy } from '../utils/team/policy';
import { isPolicyCopy, POLICY_REQUEST } from '../utils/team/policyCopy';

/**
 * What an organisation pushes through enterprise policy, as the pages read
 * it: from the copy the background keeps in storage.local, already read and
 * checked (storage/policyCopy.ts), so that no page carries the policy's
 * parser. Read once per page and kept: the settings and the entries both
 * need it. Without a policy (the usual case) it is empty, never an error.
 *
 * A copy another version of the extension wrote, or none yet (the first
 * start after installing), makes the page ask the background for it: the
 * background reads managed storage, which answers late just after the
 * browser starts (about 2.5 s, measured in Chromium), and keeps the copy.
 */

type PolicyListener = (policy: TeamPolicy) => void;

let cached: Promise<TeamPolicy> | undefined;

const thisVersion = () => browser.runtime.getManifest().version;

/** The copy's policy, when the copy is whole and this version of the extension wrote it. */
function policyOf(copy: unknown): TeamPolicy | undefined {
  return isPolicyCopy(copy) && copy.version === thisVersion() ? copy.policy : undefined;
}

async function readCopy(): Promise<TeamPolicy | undefined> {
  try {
    return policyOf((await browser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]);
  } catch {
    return undefined;
  }
}

/** The background's answer; no policy should it have none to give (it keeps the copy anyway). */
async function askBackground(): Promise<TeamPolicy> {
  try {
    return policyOf(await browser.runtime.sendMessage(POLICY_REQUEST)) ?? NO_POLICY;
  } catch {
    return NO_POLICY;
  }
}

export function loadTeamPolicy(): Promise<TeamPolicy> {
  cached ??= readCopy().then((policy) => policy ?? askBackground());
  return cached;
}

/**
 * Calls onChange with the new policy when the background's copy changes: the
 * administrator changed the policy (Chrome tells the background at once;
 * Firefox reads policies only at start-up), or managed storage answered late
 * with a policy other than the copy's.
 */
export function watchTeamPolicy(onChange: PolicyListener): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[POLICY_COPY_KEY] : undefined;
    if (!change) return;
    const policy = policyOf(change.newValue);
    // A copy this page cannot use: the next read asks the background.
    cached = policy && Promise.resolve(policy);
    if (policy) onChange(policy);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
