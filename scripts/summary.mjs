// Prints one closing line, "tests: N passed, N failed, N skipped", from the Vitest and
// Playwright JSON reports, so CI can read the outcome of the whole run.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [unitFile, e2eFile] = process.argv.slice(2);

if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites ?? 0);
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
  failed += 1;
  console.log(`no unit test report at ${unitFile}`);
}
if (e2eFile && existsSync(e2eFile)) {
  const e2e = JSON.parse(readFileSync(e2eFile, 'utf8'));
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
  skipped += e2e.stats?.skipped ?? 0;
  for (const error of e2e.errors ?? []) {
    failed += 1;
    console.log(`e2e error: ${error.message ?? error}`);
  }
} else {
  failed += 1;
  console.log(`no e2e report at ${e2eFile}`);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
