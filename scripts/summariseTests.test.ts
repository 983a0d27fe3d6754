import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-summary-'));

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

function resultsFile(name: string, testResults: unknown[], counts: { passed: number; failed: number }): string {
  const file = path.join(folder, name);
  const results = {
    numPassedTests: counts.passed,
    numFailedTests: counts.failed,
    numPendingTests: 0,
    numTodoTests: 0,
    testResults,
  };
  fs.writeFileSync(file, JSON.stringify(results));
  return file;
}

function summarise(args: string[], failedChecks = '') {
  const run = spawnSync(process.execPath, ['scripts/summarise-tests.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, BLUELAMP_FAILED_CHECKS: failedChecks },
  });
  return { lines: run.stdout.trim().split('\n'), status: run.status };
}

describe("the suite's closing summary", () => {
  it('names each failed test with the first line of its error just above the counts', () => {
    const file = resultsFile(
      'one-failure.json',
      [
        {
          name: path.resolve('web/src/publishing/PublishQuarterPage.test.ts'),
          status: 'failed',
          message: '',
          assertionResults: [
            { status: 'passed', fullName: 'publishes the quarter', failureMessages: [] },
            {
              status: 'failed',
              fullName: 'the quarter page shows the summary before publishing',
              failureMessages: ['\nTimeoutError: waiting for "Publish"\n    at page.click'],
            },
          ],
        },
      ],
      { passed: 1, failed: 1 },
    );
    const { lines, status } = summarise(['4', '0', file, '1']);
    expect(lines.slice(-3)).toEqual([
      'Failed:',
      '- web/src/publishing/PublishQuarterPage.test.ts › the quarter page shows the summary before publishing: TimeoutError: waiting for "Publish"',
      '5 passed, 1 failed',
    ]);
    expect(status).toBe(1);
  });

  it('counts and names a file that could not load, a failed check and a run that crashed with no failing test', () => {
    const broken = resultsFile(
      'broken.json',
      [
        {
          name: path.resolve('src/api/broken.test.ts'),
          status: 'failed',
          message: 'SyntaxError: x',
          assertionResults: [],
        },
      ],
      { passed: 0, failed: 0 },
    );
    const crashed = resultsFile('crashed.json', [], { passed: 7, failed: 0 });
    const { lines, status } = summarise(['3', '1', broken, '1', crashed, '1'], 'Lint\n');
    expect(lines.slice(-5)).toEqual([
      'Failed:',
      '- Lint (a check before the tests)',
      '- src/api/broken.test.ts (did not run): SyntaxError: x',
      `- ${crashed}: Vitest exited with 1 though no test failed (an error outside the tests)`,
      '10 passed, 3 failed',
    ]);
    expect(status).toBe(1);
  });

  it('ends with the counts alone, checks and tests added, when everything passed', () => {
    const file = resultsFile('clean.json', [], { passed: 12, failed: 0 });
    const { lines, status } = summarise(['4', '0', file, '0']);
    expect(lines).toEqual(['16 passed, 0 failed']);
    expect(status).toBe(0);
  });
});
