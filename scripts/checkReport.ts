import type { FileIssue, PolicyFileCheck } from '../utils/team/policyFile';
import type { Text } from '../utils/text';

/**
 * What `npm run pack:check` prints about a checked file, in English, one
 * line per problem in the compilers' FILE:LINE: form, and its exit status.
 */

export interface Report {
  lines: string[];
  /** 0: nothing skipped; 1: something would be skipped or not reach Tabwise; 2: not JSON. */
  status: 0 | 1 | 2;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function checkReport(
  file: string,
  check: PolicyFileCheck,
  say: (text: Text) => string,
): Report {
  if (check.kind === 'invalid') {
    const line = check.message.values?.line;
    return {
      lines: [`${file}${line === undefined ? '' : `:${line}`}: ${say(check.message)}`],
      status: 2,
    };
  }
  const located: { line: number; text: string }[] = check.issues.map((issue) => ({
    line: issue.line,
    text: issueText(issue),
  }));
  for (const value of check.values) {
    // Only a Chrome policy file gives values to several extensions.
    const whose = check.shape === 'chromium' ? ` (extension ${value.extension})` : '';
    for (const { line, kind, reasons } of value.problems) {
      located.push({ line, text: `${kind} skipped${whose}: ${reasons.map(say).join(' ')}` });
    }
  }
  located.sort((a, b) => a.line - b.line);
  const packs = check.values.reduce((sum, value) => sum + value.policy.packs.length, 0);
  const entries = check.values.reduce((sum, value) => sum + value.policy.entries.length, 0);
  const summary = `${plural(packs, 'pack', 'packs')}, ${plural(entries, 'entry', 'entries')} in use; ${plural(located.length, 'problem', 'problems')}`;
  return {
    lines: [...located.map(({ line, text }) => `${file}:${line}: ${text}`), summary],
    status: located.length > 0 ? 1 : 0,
  };
}

function issueText(issue: FileIssue): string {
  switch (issue.kind) {
    case 'unknownShape':
      return 'This is not a Tabwise policy. Expected the managed value {"packs", "defaults", "locked"}, one pack {"name", "entries"}, a Chrome or Chromium policy file {"3rdparty": …}, a Firefox policies.json {"policies": …}, or an Admin console file {"packs": {"Value": …}}.';
    case 'noExtensions':
      return 'No extension gets a value from this file: Chrome reads an extension’s policy from "3rdparty" → "extensions" → its id.';
    case 'noTabwise': {
      const found = issue.found.length > 0 ? ` (this file has ${issue.found.join(', ')})` : '';
      return `Tabwise gets no value from this file: Firefox reads it from "policies" → "3rdparty" → "Extensions" → "tabwise@tabwise.app"${found}.`;
    }
    case 'badExtensionId':
      return `“${issue.id}” is not a Chrome extension id (32 letters from a to p), so Chrome gives this value to no extension.`;
  }
}
