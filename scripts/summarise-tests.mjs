// Prints the suite's closing lines from the static checks (build, types, lint, format) and each
// Vitest run's JSON results (the main run, then the tests without a database again on the newest
// Node.js LTS), and exits non-zero on any failure. Each failed test is named, with the first line
// of its error, just above the last line, "N passed, N failed[, N skipped]": CI often shows only
// the end of the output, and a failure that cannot be named cannot be fixed.
//
//   node scripts/summarise-tests.mjs CHECKS_PASSED CHECKS_FAILED RESULTS.json EXIT_STATUS [RESULTS.json EXIT_STATUS]…
import fs from 'node:fs';
import path from 'node:path';

const [checksPassedText, checksFailedText, ...runs] = process.argv.slice(2);
let passed = Number(checksPassedText);
let failed = Number(checksFailedText);
let skipped = 0;
// test.sh names the static checks that failed, a line each.
const failures = (process.env.BLUELAMP_FAILED_CHECKS ?? '')
  .split('\n')
  .filter((name) => name.length > 0)
  .map((name) => `${name} (a check before the tests)`);

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0) ?? '(no message)';

for (let index = 0; index < runs.length; index += 2) {
  const file = runs[index];
  const status = Number(runs[index + 1] ?? 1);
  let runFailed = 0;
  if (file !== undefined && fs.existsSync(file)) {
    const results = JSON.parse(fs.readFileSync(file, 'utf8'));
    passed += results.numPassedTests;
    runFailed += results.numFailedTests;
    skipped += results.numPendingTests + results.numTodoTests;
    for (const suite of results.testResults) {
      const suiteFile = path.relative(process.cwd(), suite.name);
      for (const test of suite.assertionResults) {
        if (test.status === 'failed') {
          failures.push(`${suiteFile} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
        }
      }
      // A file that fails to load has no tests to count, but it is a failure all the same.
      if (suite.status === 'failed' && suite.assertionResults.length === 0) {
        runFailed += 1;
        failures.push(`${suiteFile} (did not run): ${firstLine(suite.message)}`);
      }
    }
  } else {
    runFailed += 1;
    failures.push(`Vitest wrote no results to ${file}`);
  }
  // A run that failed without a failing test (a crash, an unhandled error) still counts as one.
  if (status !== 0 && runFailed === 0) {
    runFailed += 1;
    failures.push(`${file}: Vitest exited with ${status} though no test failed (an error outside the tests)`);
  }
  failed += runFailed;
}

console.log('');
if (failures.length > 0) {
  console.log('Failed:');
  for (const failure of failures) console.log(`- ${failure}`);
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
