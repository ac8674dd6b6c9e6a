import { browser } from 'wxt/browser';
import { POLICY_COPY_KEY } from '../utils/storageKeys';
import { parsePolicy, type TeamPolicy } from '../utils/team/policy';
import { isPolicyCopy, type PolicyCopy } from '../utils/team/policyCopy';
import { withLanguage } from './textLanguage';

/** What managed storage holds: undefined where the browser has none or refuses (Firefox without a policy). */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

async function readStored(): Promise<PolicyCopy | undefined> {
  try {
    const stored: unknown = (await browser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
    return isPolicyCopy(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The policy with each entry's language, where the browser's detector is sure of it. */
async function withLanguages(policy: TeamPolicy): Promise<TeamPolicy> {
  return { ...policy, entries: await Promise.all(policy.entries.map(withLanguage)) };
}

/** The last call: each waits for the one before it. */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Keeps storage.local's copy of the policy as managed storage has it, read
 * with this version's parser, each entry with the language of its text, and
 * returns it. The background calls it at start-up, after installing or
 * updating, on every change, and when a page asks. Writes only what changed.
 * Never fails: should storage refuse the copy, the page that asked still gets the policy.
 * Calls run one after another: a read that finds its languages late never
 * writes over a newer one, and a second call at install finds the copy made.
 */
export function keepPolicyCopy(): Promise<PolicyCopy> {
  const call = previous.then(copyPolicy);
  previous = call.catch(() => undefined);
  return call;
}

async function copyPolicy(): Promise<PolicyCopy> {
  const [raw, stored] = await Promise.all([readManaged(), readStored()]);
  const version = browser.runtime.getManifest().version;
  if (stored?.version === version && sameData(raw, stored.raw)) return stored;
  const policy = await withLanguages(parsePolicy(raw));
  const copy: PolicyCopy = { version, ...(raw !== undefined && { raw }), policy };
  try {
    await browser.storage.local.set({ [POLICY_COPY_KEY]: copy });
  } catch {
    // Full: the pages keep the old copy or none, and ask again.
  }
  return copy;
}
