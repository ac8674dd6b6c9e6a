/**
 * Checks a policy file before it is deployed: `npm run pack:check FILE`.
 * Prints each part Tabwise would skip as FILE:LINE: why, then a summary;
 * exits 1 when anything would be skipped, 2 when the file cannot be read or
 * is not JSON (docs/ADMIN.md).
 */
import { checkPolicyFile } from '../utils/team/policyFile';
import { checkReport } from './checkReport';
import { englishSay } from './englishText';
import { readText } from './readText';

const file = process.argv[2];
if (file === undefined || process.argv.length > 3) {
  console.error('Usage: npm run pack:check FILE');
  process.exit(2);
}
const read = await readText(file);
if ('problem' in read) {
  console.error(read.problem);
  process.exit(2);
}
const { lines, status } = checkReport(file, checkPolicyFile(read.text), await englishSay());
for (const line of lines) console.log(line);
process.exitCode = status;
