import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/** Where Debian's Chromium reads enterprise policy at start (docs/ADMIN.md). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an unpacked extension: the first 32 hex digits of the
 * SHA-256 of its folder's absolute path, each digit 0–f written as a–p.
 */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * A copy of the build in a folder of its own, so that its id (and the policy
 * keyed by it) is this test's alone: other suites' browsers never see it.
 */
export async function extensionCopy(): Promise<{
  dir: string;
  id: string;
  remove(): Promise<void>;
}> {
  const parent = await realpath(await mkdtemp(join(tmpdir(), 'tabwise-team-')));
  const dir = join(parent, 'extension');
  await cp(EXTENSION_DIR, dir, { recursive: true });
  return {
    dir,
    id: unpackedExtensionId(dir),
    remove: () => rm(parent, { recursive: true, force: true }),
  };
}

/** Writes (or rewrites) the policy file giving this extension `value` as its managed storage. */
export async function writePolicy(file: string, id: string, value: unknown): Promise<void> {
  await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
  const policy = { '3rdparty': { extensions: { [id]: value } } };
  await writeFile(join(CHROMIUM_POLICY_DIR, file), JSON.stringify(policy, null, 2));
}

export const removePolicy = (file: string) => rm(join(CHROMIUM_POLICY_DIR, file), { force: true });
