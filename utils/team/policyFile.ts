import { isRecord } from '../guards';
import { jsonErrorMessage } from '../import/jsonImport';
import {
  arrayElementSpans,
  lineAt,
  lineStarts,
  memberValueStart,
  readToken,
} from '../import/jsonTokens';
import type { Text } from '../text';
import { type PolicyPath, type ProblemKind, parsePolicy, type TeamPolicy } from './policy';

/**
 * Checks a file an administrator is about to deploy, before any browser reads
 * it: finds Tabwise's policy value in whichever of the usual files it is,
 * reads it with the very parser the extension uses (parsePolicy), and says on
 * which line each skipped part starts. `npm run pack:check` prints this.
 */

/** Firefox knows Tabwise by the add-on id in wxt.config.ts. */
export const GECKO_ID = 'tabwise@tabwise.app';

/** Chrome's extension ids: 32 letters from a to p. */
export const CHROME_ID = /^[a-p]{32}$/;

/** The top-level names of the managed value (public/managed_schema.json). */
const POLICY_KEYS = ['packs', 'defaults', 'locked'] as const;

export type PolicyFileShape =
  /** The managed value itself: { packs, defaults, locked }. */
  | 'managed'
  /** One pack, { name, entries }. */
  | 'pack'
  /** A Chrome or Chromium policy file: { "3rdparty": { "extensions": { id: value } } }. */
  | 'chromium'
  /** Firefox's policies.json: { "policies": { "3rdparty": { "Extensions": { id: value } } } }. */
  | 'firefox'
  /** The Google Admin console's file: each top-level key wrapped as { "Value": … }. */
  | 'admin-console'
  | 'unknown';

export interface LinedProblem {
  /** 1-based line where the skipped part starts. */
  line: number;
  kind: ProblemKind;
  reasons: readonly Text[];
}

/** One policy value found in the file, as Tabwise reads it. */
export interface CheckedValue {
  /** The extension id the value is given for, in a browser's policy file. */
  extension?: string;
  line: number;
  policy: TeamPolicy;
  problems: LinedProblem[];
}

/**
 * What is wrong with the file around the value: the browser would not hand
 * Tabwise what the administrator meant. Worded by the command, in English.
 */
export type FileIssue =
  | { kind: 'unknownShape'; line: number }
  | { kind: 'noExtensions'; line: number }
  | { kind: 'noTabwise'; line: number; found: readonly string[] }
  | { kind: 'badExtensionId'; line: number; id: string };

export type PolicyFileCheck =
  | { kind: 'invalid'; message: Text }
  | { kind: 'checked'; shape: PolicyFileShape; values: CheckedValue[]; issues: FileIssue[] };

/** Keys and indexes from the file's root. */
type FilePath = readonly (string | number)[];

/** A policy value in the file: where it is, and where its parts are. */
interface Found {
  extension?: string;
  at: FilePath;
  value: unknown;
  /** Where a part of the value (a problem's path) is, from `at`. */
  toFile: (path: PolicyPath) => FilePath;
}

const asIs = (path: PolicyPath): FilePath => path;

export function checkPolicyFile(input: string): PolicyFileCheck {
  const text = input.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'invalid', message: jsonErrorMessage(text) };
  }
  const lineOf = locator(text);
  const shape = shapeOf(data);
  const issues: FileIssue[] = [];
  const found = isRecord(data) ? findValues(shape, data, issues, lineOf) : [];
  if (shape === 'unknown') issues.push({ kind: 'unknownShape', line: lineOf([]) });
  const values = found.map(({ extension, at, value, toFile }) => {
    const policy = parsePolicy(value);
    const problems = policy.problems.map(({ path, kind, reasons }) => ({
      line: lineOf([...at, ...toFile(path)]),
      kind,
      reasons,
    }));
    return { ...(extension !== undefined && { extension }), line: lineOf(at), policy, problems };
  });
  return { kind: 'checked', shape, values, issues };
}

function shapeOf(data: unknown): PolicyFileShape {
  if (!isRecord(data)) return 'unknown';
  const has = (key: string) => Object.hasOwn(data, key);
  if (has('policies')) return 'firefox';
  if (has('3rdparty')) return 'chromium';
  if (POLICY_KEYS.some((key) => isWrapped(data[key]))) return 'admin-console';
  if (has('entries') && !has('packs')) return 'pack';
  if (POLICY_KEYS.some(has) || Object.keys(data).length === 0) return 'managed';
  return 'unknown';
}

/** The Admin console's wrapping of a value. */
const isWrapped = (value: unknown): value is { Value: unknown } =>
  isRecord(value) && Object.hasOwn(value, 'Value');

function findValues(
  shape: PolicyFileShape,
  data: Record<string, unknown>,
  issues: FileIssue[],
  lineOf: (path: FilePath) => number,
): Found[] {
  switch (shape) {
    case 'managed':
      return [{ at: [], value: data, toFile: asIs }];
    case 'pack':
      // A problem's path starts with "packs", 0: the pack is the file's root.
      return [{ at: [], value: { packs: [data] }, toFile: (path) => path.slice(2) }];
    case 'admin-console': {
      const value = Object.fromEntries(
        Object.entries(data).map(([key, part]) => [key, isWrapped(part) ? part.Value : part]),
      );
      const toFile = ([key, ...rest]: PolicyPath): FilePath =>
        key !== undefined && isWrapped(data[key]) ? [key, 'Value', ...rest] : [key ?? '', ...rest];
      return [{ at: [], value, toFile }];
    }
    case 'chromium':
      return chromiumValues(data, issues, lineOf);
    case 'firefox':
      return firefoxValue(data, issues, lineOf);
    case 'unknown':
      return [];
  }
}

function chromiumValues(
  data: Record<string, unknown>,
  issues: FileIssue[],
  lineOf: (path: FilePath) => number,
): Found[] {
  const thirdParty = data['3rdparty'];
  const extensions = isRecord(thirdParty) ? thirdParty.extensions : undefined;
  if (!isRecord(extensions) || Object.keys(extensions).length === 0) {
    issues.push({ kind: 'noExtensions', line: lineOf(['3rdparty', 'extensions']) });
    return [];
  }
  return Object.entries(extensions).map(([id, value]) => {
    const at = ['3rdparty', 'extensions', id];
    if (!CHROME_ID.test(id)) issues.push({ kind: 'badExtensionId', line: lineOf(at), id });
    return { extension: id, at, value, toFile: asIs };
  });
}

function firefoxValue(
  data: Record<string, unknown>,
  issues: FileIssue[],
  lineOf: (path: FilePath) => number,
): Found[] {
  const at = ['policies', '3rdparty', 'Extensions'];
  const policies = data.policies;
  const thirdParty = isRecord(policies) ? policies['3rdparty'] : undefined;
  const extensions = isRecord(thirdParty) ? thirdParty.Extensions : undefined;
  if (!isRecord(extensions) || !Object.hasOwn(extensions, GECKO_ID)) {
    const found = isRecord(extensions) ? Object.keys(extensions) : [];
    issues.push({ kind: 'noTabwise', line: lineOf(at), found });
    return [];
  }
  return [
    { extension: GECKO_ID, at: [...at, GECKO_ID], value: extensions[GECKO_ID], toFile: asIs },
  ];
}

/**
 * The line each path starts on: as far down the path as the text goes (a
 * path always exists in a file JSON.parse read, but a wrong one stops early
 * rather than failing). Steps are remembered, as a file with many problems
 * would otherwise scan its long lists once per problem.
 */
function locator(text: string): (path: FilePath) => number {
  const starts = lineStarts(text);
  const root = readToken(text, 0).start;
  const elements = new Map<number, number[]>();
  const members = new Map<string, number | undefined>();
  const step = (at: number, key: string | number): number | undefined => {
    if (typeof key === 'number') {
      if (text[at] !== '[') return undefined;
      let spans = elements.get(at);
      if (!spans) {
        spans = arrayElementSpans(text, at).map((span) => span.start);
        elements.set(at, spans);
      }
      return spans[key];
    }
    if (text[at] !== '{') return undefined;
    const id = `${at}:${key}`;
    if (!members.has(id)) members.set(id, memberValueStart(text, at, key));
    return members.get(id);
  };
  return (path) => {
    let at = root;
    for (const key of path) {
      const next = step(at, key);
      if (next === undefined) break;
      at = next;
    }
    return lineAt(starts, at);
  };
}
