/**
 * Makes a policy value from entries an administrator has (a Tabwise export,
 * or a CSV with a header row): `npm run pack:policy FILE [--name "Pack name"]
 * [--for managed|chromium-linux|firefox|admin-console|windows-registry|macos]
 * [--id EXTENSION_ID]`. Prints the file to deploy; rows it skips go to
 * stderr with their lines (docs/ADMIN.md). Through npm, options follow
 * "--", or npm takes them for its own.
 */
import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseImport, unreadColumnsSentence } from '../utils/importParse';
import {
  needsExtensionId,
  POLICY_TARGETS,
  type PolicyTarget,
  packPolicy,
  policyFileText,
} from '../utils/team/packPolicy';
import { CHROME_ID } from '../utils/team/policyFile';
import { englishSay } from './englishText';
import { readText } from './readText';

const USAGE = `Usage: npm run pack:policy FILE -- [--name "Pack name"] [--for ${POLICY_TARGETS.join('|')}] [--id EXTENSION_ID]`;

function fail(message: string, status: number): never {
  console.error(message);
  process.exit(status);
}

const isTarget = (value: string): value is PolicyTarget =>
  (POLICY_TARGETS as readonly string[]).includes(value);

let args: ReturnType<typeof readArgs>;
try {
  args = readArgs();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const [file, ...extra] = args.positionals;
if (file === undefined || extra.length > 0) fail(USAGE, 2);
const target = args.values.for ?? 'managed';
if (!isTarget(target)) fail(`Unknown target “${target}”.\n${USAGE}`, 2);
const extensionId = args.values.id;
if (needsExtensionId(target) && (extensionId === undefined || !CHROME_ID.test(extensionId))) {
  fail(`--for ${target} needs --id with the extension’s id (32 letters from a to p).`, 2);
}

const read = await readText(file);
if ('problem' in read) fail(read.problem, 2);
const { text } = read;
const say = await englishSay();
const name = args.values.name ?? basename(file, extname(file));
const preview = parseImport(text, { existing: new Set() });
const result = packPolicy(preview, name);
if (!result.ok) fail(`${file}: ${result.reasons.map(say).join(' ')}`, 1);
if (preview.kind === 'entries' && preview.unreadColumns) {
  console.error(`${file}: ${say(unreadColumnsSentence(preview.unreadColumns))}`);
}
for (const { line, reasons } of result.skipped) {
  console.error(`${file}:${line}: skipped: ${reasons.map(say).join(' ')}`);
}
const [pack] = result.value.packs;
if (!pack || pack.entries.length === 0) fail(`${file}: no entry can go into the pack.`, 1);
const profileIds = { profile: randomUUID(), payload: randomUUID() };
process.stdout.write(policyFileText(target, result.value, { extensionId, profileIds }));

function readArgs() {
  return parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, for: { type: 'string' }, id: { type: 'string' } },
  });
}
