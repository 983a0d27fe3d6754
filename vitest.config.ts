import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const TEST_FOLDERS = ['src', 'web', 'test', 'scripts', 'bench'];

function testFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).flatMap((item) => {
    if (!item.isFile() || !item.name.endsWith('.test.ts')) return [];
    const file = path.join(item.parentPath, item.name);
    return file.split(path.sep).includes('node_modules') ? [] : [file];
  });
}

/**
 * Test files that replace modules or set the environment as they load: they need a fresh module
 * graph of their own. Found by reading them, so a new one is isolated without anyone listing it.
 */
const CHANGES_ITS_WORLD = /\bvi\.(mock|doMock|stubEnv|stubGlobal)\(|^process\.env\.\w+ =/m;
/** Every test file, relative to the project (vitest.node-lts.config.ts picks from these too). */
export const ALL_TEST_FILES = TEST_FOLDERS.flatMap(testFiles);
export const ISOLATED_TEST_FILES = ALL_TEST_FILES.filter((file) =>
  CHANGES_ITS_WORLD.test(fs.readFileSync(file, 'utf8')),
);
const isolatedFiles = ISOLATED_TEST_FILES;

export default defineConfig({
  test: {
    environment: 'node',
    // Guards against a hung test, not measures of speed: a browser test on a busy two-core machine
    // running three workers can take a minute.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // expect.poll waits for a page to settle; a busy machine needs more than its default second.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    // Most of a test's time is spent waiting on PostgreSQL, Chromium or LibreOffice, not on this
    // process, so one more worker than cores keeps the cores busy (Vitest's default is one fewer).
    maxWorkers: Math.min(4, os.availableParallelism() + 1),
    env: {
      // Every server a test builds checks its JSON answers against the declared response schemas.
      BLUELAMP_VALIDATE_RESPONSES: '1',
      // Tests read every public file from one address; the limit's own test sets it back to 30.
      BLUELAMP_DOWNLOADS_PER_MINUTE: '100000',
      // Each run anchors its test databases' audit trails in a folder of its own, not in ./var.
      BLUELAMP_AUDIT_ANCHOR_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-test-anchors-')),
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: TEST_FOLDERS.map((folder) => `${folder}/**/*.test.ts`),
          exclude: ['**/node_modules/**', ...isolatedFiles],
          // A worker keeps the modules it has loaded from one test file to the next: loading the
          // server's module graph afresh for each of two hundred files was a quarter of the
          // suite's time. Test files that change modules or the environment run isolated below.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: isolatedFiles, isolate: true } },
    ],
  },
});
