import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import base, { ALL_TEST_FILES, ISOLATED_TEST_FILES } from './vitest.config.js';

/**
 * The suite's tests that need no database, run again on the newest Node.js LTS (scripts/test.sh
 * runs this with Node 24). better-sqlite3 is compiled for the Node that installed it, so a test
 * that loads it, or talks to PostgreSQL, or starts the built command (which opens a database),
 * stays with the main run. Which tests those are is found by following each test file's imports,
 * so a new test joins this run, or stays out of it, without anyone listing it.
 */

const DATABASE_PACKAGES = new Set(['better-sqlite3', 'pg', '@duckdb/node-api']);
/** Tests that start the built command or a child Node run it with the installing Node's modules. */
const STARTS_THE_COMMAND = /bin\/bluelamp|dist\/src|process\.execPath/;

// Runtime imports only: `import type` and `export type` vanish when TypeScript is compiled.
const IMPORT =
  /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolveLocal(from: string, specifier: string): string | null {
  const target = path.resolve(path.dirname(from), specifier);
  const stem = target.replace(/\.(js|jsx|mjs)$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, target, path.join(target, 'index.ts')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const verdicts = new Map<string, boolean>();

/** Whether loading this file loads a database driver, following local imports (cycles count as clean). */
function needsDatabase(file: string): boolean {
  const known = verdicts.get(file);
  if (known !== undefined) return known;
  verdicts.set(file, false);
  const source = fs.readFileSync(file, 'utf8');
  let needs = false;
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (specifier.startsWith('.')) {
      const local = resolveLocal(file, specifier);
      needs = local !== null && /\.tsx?$/.test(local) && needsDatabase(local);
    } else {
      needs = DATABASE_PACKAGES.has(packageName(specifier.replace(/^node:/, '')));
    }
    if (needs) break;
  }
  verdicts.set(file, needs);
  return needs;
}

export const NO_DATABASE_TEST_FILES = ALL_TEST_FILES.filter(
  (file) => !STARTS_THE_COMMAND.test(fs.readFileSync(file, 'utf8')) && !needsDatabase(path.resolve(file)),
);
const isolated = NO_DATABASE_TEST_FILES.filter((file) => ISOLATED_TEST_FILES.includes(file));
const shared = NO_DATABASE_TEST_FILES.filter((file) => !ISOLATED_TEST_FILES.includes(file));

export default defineConfig({
  test: {
    ...base.test,
    projects: [
      { extends: true, test: { name: 'shared (newest LTS)', include: shared, isolate: false } },
      ...(isolated.length > 0
        ? [{ extends: true as const, test: { name: 'isolated (newest LTS)', include: isolated, isolate: true } }]
        : []),
    ],
  },
});
