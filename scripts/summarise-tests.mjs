// Prints the suite's closing line, "N passed, N failed[, N skipped]", from Vitest's JSON
// results plus the static checks (build, types, lint, format), and exits non-zero on any failure.
import fs from 'node:fs';

const [file, checksPassedText, checksFailedText, vitestStatusText] = process.argv.slice(2);
let passed = Number(checksPassedText);
let failed = Number(checksFailedText);
let skipped = 0;

if (file !== undefined && fs.existsSync(file)) {
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  // A file that fails to load has no tests to count, but it is a failure all the same.
  failed += results.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
} else {
  failed += 1;
  console.log('Vitest wrote no results.');
}
if (Number(vitestStatusText) !== 0 && failed === 0) failed += 1;

console.log('');
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
