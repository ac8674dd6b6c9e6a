import { browser } from 'wxt/browser';
import { POLICY_COPY_KEY } from '../utils/storageKeys';
import { parsePolicy, type TeamPolicy } from '../utils/team/policy';

/**
 * What an organisation pushes through enterprise policy, from the
 * extension's managed storage (read-only, set by the browser). Read once per
 * page and kept: the settings and the entries both need it. Without a
 * policy (the usual case) it is empty, never an error.
 *
 * For a few seconds after the browser starts, managed storage answers late
 * (about 2.5 s, measured in Chromium, with or without a policy; 1–9 ms
 * after that), and a new tab cannot move on until it knows the policy. So
 * the background keeps a copy of the policy in storage.local, and a page
 * that waits longer than MANAGED_WAIT_MS for managed storage takes the
 * copy, then follows managed storage when it answers, should the policy
 * have changed meanwhile.
 */
export const MANAGED_WAIT_MS = 100;

type PolicyListener = (policy: TeamPolicy) => void;

let cached: Promise<TeamPolicy> | undefined;
const listeners = new Set<PolicyListener>();

/** What managed storage holds: undefined where the browser has none or refuses (Firefox without a policy). */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

async function readCopy(): Promise<{ raw: unknown } | undefined> {
  try {
    const raw = (await browser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
    return raw === undefined ? undefined : { raw };
  } catch {
    return undefined;
  }
}

const sameData = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function adopt(raw: unknown) {
  const policy = parsePolicy(raw);
  cached = Promise.resolve(policy);
  for (const listener of listeners) listener(policy);
}

async function firstRead(): Promise<TeamPolicy> {
  const managed = readManaged();
  const timer = new Promise<undefined>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS));
  const early = await Promise.race([managed.then((raw) => ({ raw })), timer]);
  if (early) return parsePolicy(early.raw);
  const copy = await readCopy();
  // No copy yet (the first start after installing): only managed storage knows.
  if (!copy) return parsePolicy(await managed);
  const started = cached;
  void managed.then((raw) => {
    // Unless a change event has started a fresh read since.
    if (cached === started && !sameData(raw, copy.raw)) adopt(raw);
  });
  return parsePolicy(copy.raw);
}

export function loadTeamPolicy(): Promise<TeamPolicy> {
  cached ??= firstRead();
  return cached;
}

/**
 * Calls onChange with the new policy when the administrator changes it (Chrome
 * tells open pages; Firefox reads policies only at start-up), or when managed
 * storage answers late with a policy other than the copy this page took.
 */
export function watchTeamPolicy(onChange: PolicyListener): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'managed') return;
    cached = undefined;
    void loadTeamPolicy().then(onChange);
  };
  listeners.add(onChange);
  browser.storage.onChanged.addListener(listener);
  return () => {
    listeners.delete(onChange);
    browser.storage.onChanged.removeListener(listener);
  };
}

/**
 * Keeps storage.local's copy of the policy as managed storage has it (the
 * background, at start-up, after installing and on every change). Writes
 * only what changed. Never fails: without a copy, pages wait for managed
 * storage, as they would anyway.
 */
export async function keepPolicyCopy(): Promise<void> {
  const [raw, copy] = await Promise.all([readManaged(), readCopy()]);
  if (copy && sameData(raw, copy.raw)) return;
  try {
    if (raw === undefined) await browser.storage.local.remove(POLICY_COPY_KEY);
    else await browser.storage.local.set({ [POLICY_COPY_KEY]: raw });
  } catch {
    // Full: the pages keep reading the old copy or none, and follow managed storage when it answers.
  }
}
