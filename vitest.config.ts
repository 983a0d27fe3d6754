import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Guards against a hung test, not measures of speed: a browser test on a busy two-core machine
    // running three workers can take a minute.
    testTimeout: 90_000,
    hookTimeout: 180_000,
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
  },
});
