// Prints the suite's closing line, "N passed, N failed[, N skipped]", from the static checks
// (build, types, lint, format) and each Vitest run's JSON results (the main run, then the tests
// without a database again on the newest Node.js LTS), and exits non-zero on any failure.
//
//   node scripts/summarise-tests.mjs CHECKS_PASSED CHECKS_FAILED RESULTS.json EXIT_STATUS [RESULTS.json EXIT_STATUS]…
import fs from 'node:fs';

const [checksPassedText, checksFailedText, ...runs] = process.argv.slice(2);
let passed = Number(checksPassedText);
let failed = Number(checksFailedText);
let skipped = 0;

for (let index = 0; index < runs.length; index += 2) {
  const file = runs[index];
  const status = Number(runs[index + 1] ?? 1);
  let runFailed = 0;
  if (file !== undefined && fs.existsSync(file)) {
    const results = JSON.parse(fs.readFileSync(file, 'utf8'));
    passed += results.numPassedTests;
    runFailed += results.numFailedTests;
    skipped += results.numPendingTests + results.numTodoTests;
    // A file that fails to load has no tests to count, but it is a failure all the same.
    runFailed += results.testResults.filter(
      (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
    ).length;
  } else {
    runFailed += 1;
    console.log(`Vitest wrote no results to ${file}.`);
  }
  // A run that failed without a failing test (a crash, an unhandled error) still counts as one.
  if (status !== 0 && runFailed === 0) runFailed += 1;
  failed += runFailed;
}

console.log('');
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
