import { browser } from 'wxt/browser';
import { NO_POLICY, parsePolicy, type TeamPolicy } from '../utils/team/policy';

/**
 * What an organisation pushes through enterprise policy, from the
 * extension's managed storage (read-only, set by the browser). Read once per
 * page and kept: the settings and the entries both need it. Without a
 * policy (the usual case) it is empty, never an error.
 */
let cached: Promise<TeamPolicy> | undefined;

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // Firefox without a policy, or a browser without managed storage.
    return undefined;
  }
}

export function loadTeamPolicy(): Promise<TeamPolicy> {
  cached ??= readManaged().then(parsePolicy, () => NO_POLICY);
  return cached;
}

/**
 * Calls onChange with the new policy when the administrator changes it (Chrome
 * tells open pages; Firefox reads policies only at start-up).
 */
export function watchTeamPolicy(onChange: (policy: TeamPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'managed') return;
    cached = undefined;
    void loadTeamPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
