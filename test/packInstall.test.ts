import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, freePort, stop } from './support/processes.js';

/**
 * What a production install gets: the package `npm pack` makes, installed with `npm install
 * --omit=dev` in an empty folder outside the project, so nothing can come from the project's own
 * node_modules or sources. It packs the build that is already there (the suite builds first):
 * `npm pack` would otherwise build again through prepack.
 *
 * better-sqlite3 compiles its native module when installed (no prebuilt binary can be downloaded
 * from this network), which takes a minute of one core. The project's `npm ci` has just compiled
 * the same version with the same Node, so the install skips install scripts and takes that module;
 * BLUELAMP_TEST_PACK_BUILD=1 compiles it instead, as a fresh server does.
 */

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const compileNativeModule = process.env.BLUELAMP_TEST_PACK_BUILD === '1';

interface PackedFile {
  readonly path: string;
}

let folder: string;
let installed: string;
let packedFiles: string[];

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: process.env });
  return stdout;
}

function betterSqliteVersion(nodeModules: string): string {
  const manifest = path.join(nodeModules, 'better-sqlite3', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The native module the project's own install compiled, put where the installed copy loads it from. */
function reuseCompiledSqlite(appModules: string): void {
  const projectModules = path.join(ROOT, 'node_modules');
  expect(betterSqliteVersion(appModules)).toBe(betterSqliteVersion(projectModules));
  const release = path.join('better-sqlite3', 'build', 'Release');
  fs.mkdirSync(path.join(appModules, release), { recursive: true });
  fs.copyFileSync(
    path.join(projectModules, release, 'better_sqlite3.node'),
    path.join(appModules, release, 'better_sqlite3.node'),
  );
}

beforeAll(
  async () => {
    assertBuilt();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-pack-'));
    const packed = JSON.parse(
      await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', folder], ROOT),
    ) as {
      filename: string;
      files: PackedFile[];
    }[];
    const [tarball] = packed;
    if (tarball === undefined) throw new Error('npm pack made no package.');
    packedFiles = tarball.files.map((file) => file.path);

    const app = path.join(folder, 'app');
    fs.mkdirSync(app);
    // A deployment's own folder; it allows better-sqlite3's install script, which npm asks for.
    fs.writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ private: true, allowScripts: { 'better-sqlite3': true } }),
    );
    await npm(
      [
        'install',
        '--omit=dev',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...(compileNativeModule ? [] : ['--ignore-scripts']),
        path.join(folder, path.basename(tarball.filename)),
      ],
      app,
    );
    installed = path.join(app, 'node_modules', 'bluelamp');
    if (!compileNativeModule) reuseCompiledSqlite(path.join(app, 'node_modules'));
    // Compiling SQLite takes a minute of one core when the machine is quiet, many when it is not.
  },
  compileNativeModule ? 1_800_000 : 600_000,
);

afterAll(() => {
  if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the package npm pack makes, installed for production', () => {
  it('carries the command, the server and web builds and the demo data, but no sources or tests', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'bin/bluelamp.js',
        'dist/src/cli/main.js',
        'dist/web/index.html',
        'dist/demo/crimeFiles.js',
        'demo/data/police-uk-2018.zip',
        'LICENSE',
        'README.md',
        'package.json',
      ]),
    );
    // Whatever the build makes (server, web app, the public site's server drawing) ships.
    const built = fs
      .readdirSync(path.join(ROOT, 'dist'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    expect(built.filter((file) => !packedFiles.includes(file))).toEqual([]);
    const unwanted = packedFiles.filter((file) =>
      /^(src|web|test|scripts|bench|docs)\/|\.test\.|\.map$|^demo\/[^/]+\.ts$|^node_modules\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('installs without development packages', () => {
    const modules = path.join(installed, '..');
    for (const devOnly of ['react', 'vite', 'vitest', 'typescript', 'tsx'])
      expect(fs.existsSync(path.join(modules, devOnly)), devOnly).toBe(false);
  });

  it('lists its commands with --help', async () => {
    const { stdout } = await run(process.execPath, [path.join(installed, 'bin', 'bluelamp.js'), '--help']);
    for (const command of ['serve', 'db', 'demo', 'doctor', 'backup', 'users'])
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('serves the demo, its API and the web app from a SQLite database of its own', async () => {
    const port = await freePort();
    const database = path.join(folder, 'data', 'bluelamp.db');
    fs.mkdirSync(path.dirname(database));
    // Run from the deployment's folder, as systemd would, so nothing resolves from the project.
    const child = spawn(
      process.execPath,
      [path.join(installed, 'bin', 'bluelamp.js'), 'serve', '--demo', '--port', String(port), '--host', '127.0.0.1'],
      { cwd: path.join(folder, 'app'), env: { ...process.env, DATABASE_URL: `sqlite:${database}` } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      await expect
        .poll(
          async () => {
            if (child.exitCode !== null) throw new Error(`bluelamp serve exited early: ${output}`);
            return fetch(`${base}/api/ready`).then(
              (response) => response.status,
              () => 0,
            );
          },
          { timeout: 180_000, interval: 200 },
        )
        .toBe(200);
      expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'sqlite' });
      expect(await (await fetch(`${base}/api/ready`)).json()).toMatchObject({ status: 'ready', reason: null });
      expect(output).toMatch(/Loaded the demo data \(\d+ organisational units\)/);
      expect(await (await fetch(`${base}/`)).text()).toContain('<div id="root">');
    } finally {
      await stop(child);
    }
  }, 240_000);
});
