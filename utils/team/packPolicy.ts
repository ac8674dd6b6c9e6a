import type { ImportPreview, ImportRejection } from '../import/preview';
import type { Text } from '../text';
import { plist } from './plist';
import { parsePolicy } from './policy';
import { GECKO_ID } from './policyFile';

/**
 * Turns entries an administrator already has (a Tabwise export, or a CSV
 * sheet, read by parseImport) into the policy value that deploys them as a
 * pack, and writes that value as each way of deploying it wants it.
 */

/** An entry as a policy gives it: only the fields parsePolicy reads. */
export interface PolicyEntry {
  kind: string;
  text: string;
  author?: string;
  topics: string[];
}

export interface PolicyPack {
  name: string;
  entries: PolicyEntry[];
}

export interface PolicyValue {
  packs: PolicyPack[];
}

export type PackPolicyResult =
  | { ok: true; value: PolicyValue; skipped: readonly ImportRejection[] }
  | { ok: false; reasons: readonly Text[] };

/** An accepted draft, or an entry of a backup. */
interface EntryFields {
  kind: string;
  text: string;
  author?: string;
  topics: readonly string[];
}

const toPolicyEntry = ({ kind, text, author, topics }: EntryFields): PolicyEntry => ({
  kind,
  text,
  ...(author !== undefined && { author }),
  topics: [...topics],
});

/** The pack named `name` holding what the preview accepted; what it skipped is passed on. */
export function packPolicy(preview: ImportPreview, name: string): PackPolicyResult {
  if (preview.kind === 'invalid') return { ok: false, reasons: [preview.message] };
  const drafts = preview.kind === 'backup' ? preview.backup.entries : preview.accepted;
  const value: PolicyValue = { packs: [{ name, entries: drafts.map(toPolicyEntry) }] };
  // The extension reads the value with parsePolicy: what it would skip (a bad
  // pack name) is refused here rather than deployed.
  const { problems } = parsePolicy(value);
  if (problems.length > 0) return { ok: false, reasons: problems.flatMap((p) => p.reasons) };
  return { ok: true, value, skipped: preview.rejected };
}

// ---------------------------------------------------------------------------
// The value, as each way of deploying it wants it

export const POLICY_TARGETS = [
  'managed',
  'chromium-linux',
  'firefox',
  'admin-console',
  'windows-registry',
  'macos',
] as const;
export type PolicyTarget = (typeof POLICY_TARGETS)[number];

/** Targets that name the extension by its Chrome id. */
export const needsExtensionId = (target: PolicyTarget): boolean =>
  target === 'chromium-linux' || target === 'windows-registry' || target === 'macos';

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** /etc/opt/chrome/policies/managed/*.json, /etc/chromium/policies/managed/*.json */
export const chromiumLinuxFile = (value: object, extensionId: string) => ({
  '3rdparty': { extensions: { [extensionId]: value } },
});

/** Firefox's policies.json, Tabwise known by its add-on id. */
export const firefoxPolicies = (value: object) => ({
  policies: { '3rdparty': { Extensions: { [GECKO_ID]: value } } },
});

/** The file the Google Admin console takes: each top-level key's value as { "Value": … }. */
export const adminConsoleFile = (value: object) =>
  Object.fromEntries(Object.entries(value).map(([key, part]) => [key, { Value: part }]));

/**
 * A .reg file setting each top-level key as a REG_SZ holding JSON, which
 * Chrome parses when the schema wants a list or an object. The JSON is
 * ASCII (other characters escaped as \uXXXX), so the file means the same
 * whether it is saved as UTF-8 or UTF-16.
 */
export function windowsRegistryFile(value: object, extensionId: string): string {
  const key = `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${extensionId}\\policy`;
  const lines = Object.entries(value).map(
    ([name, part]) => `${regString(name)}=${regString(asciiJson(part))}`,
  );
  return ['Windows Registry Editor Version 5.00', '', `[${key}]`, ...lines, ''].join('\r\n');
}

const regString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** What a macOS configuration profile needs besides the value: its two unique ids. */
export interface ProfileIds {
  profile: string;
  payload: string;
}

/**
 * A configuration profile (.mobileconfig) for the
 * com.google.Chrome.extensions.<id> preference domain, the value under
 * Forced / mcx_preference_settings.
 */
export function macosProfile(value: object, extensionId: string, ids: ProfileIds): string {
  const domain = `com.google.Chrome.extensions.${extensionId}`;
  const profile = {
    PayloadContent: [
      {
        PayloadContent: { [domain]: { Forced: [{ mcx_preference_settings: value }] } },
        PayloadEnabled: true,
        PayloadIdentifier: ids.payload,
        PayloadType: 'com.apple.ManagedClient.preferences',
        PayloadUUID: ids.payload,
        PayloadVersion: 1,
      },
    ],
    PayloadDisplayName: 'Tabwise',
    PayloadIdentifier: `app.tabwise.policy.${ids.profile}`,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: ids.profile,
    PayloadVersion: 1,
  };
  return plist(profile);
}

export interface TargetOptions {
  /** For the targets needsExtensionId names. */
  extensionId?: string;
  /** For macos: fresh UUIDs, so that a new profile never replaces another one. */
  profileIds?: ProfileIds;
}

/** The value for a target, as the text of the file to deploy. */
export function policyFileText(
  target: PolicyTarget,
  value: object,
  options: TargetOptions = {},
): string {
  const id = needsExtensionId(target) ? required(options.extensionId, 'an extension id') : '';
  switch (target) {
    case 'managed':
      return pretty(value);
    case 'chromium-linux':
      return pretty(chromiumLinuxFile(value, id));
    case 'firefox':
      return pretty(firefoxPolicies(value));
    case 'admin-console':
      return pretty(adminConsoleFile(value));
    case 'windows-registry':
      return windowsRegistryFile(value, id);
    case 'macos':
      return macosProfile(value, id, required(options.profileIds, 'profile ids'));
  }
}

/** A caller's mistake, not a user's: the command checks its options first. */
function required<T>(option: T | undefined, what: string): T {
  if (option === undefined) throw new Error(`This target needs ${what}.`);
  return option;
}
