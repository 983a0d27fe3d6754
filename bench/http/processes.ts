/**
 * The processes npm run bench:http measures: the built Bluelamp (bin/bluelamp.js, as an operator
 * runs it) on a database of its own, and the bare baseline, each in a process apart from the load
 * generator, with their peak memory read from /proc.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = `${ROOT}bin/bluelamp.js`;

export interface Served {
  readonly url: string;
  readonly child: ChildProcess;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

/** Runs a bluelamp command to its end, failing the benchmark with its own words if it fails. */
export function bluelamp(args: string[], env: NodeJS.ProcessEnv, input?: string): void {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bluelamp ${args.join(' ')} failed:\n${result.stderr}`);
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the process for ${url} stopped with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 30 s`);
}

/** `bluelamp serve` on the given database, logging only warnings as in production. */
export async function startBluelamp(env: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): Promise<Served> {
  if (!fs.existsSync(`${ROOT}dist/src/cli/main.js`)) throw new Error('Run "npm run build" first.');
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child);
  return { url, child };
}

export async function startBare(): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}bench/http/bareServer.ts`, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/bare`, child);
  return { url, child };
}

export async function stop(served: Served): Promise<void> {
  if (served.child.exitCode !== null) return;
  const ended = new Promise((resolve) => served.child.once('exit', resolve));
  served.child.kill('SIGTERM');
  await ended;
}

/** A process's resident memory now, in MB (VmRSS), or null where /proc is not there. */
export function residentMegabytes(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kilobytes === undefined ? null : Number(kilobytes) / 1024;
  } catch {
    return null;
  }
}
