/**
 * BLUELAMP_BENCH_PROFILE=1 npm run bench:http: the server under test runs with V8's CPU profiler
 * and bench/http/memoryProbe.mjs, and the run ends with where its time went and what its memory
 * held at its peak. Profiling slows the server, so a profiled run's throughput is not the table's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileTables, readCpuProfile, summariseCpuProfile } from './cpuProfile.js';

const MEMORY_PROBE = fileURLToPath(new URL('./memoryProbe.mjs', import.meta.url));

export interface ServerProfiling {
  /** Node's options for the server's process. */
  readonly nodeArgs: readonly string[];
  /** What the server's environment adds. */
  readonly env: Readonly<Record<string, string>>;
  /** The profile as README lines, read once the server has exited. */
  report(): string[];
}

interface MemoryAtPeak {
  readonly rss: number;
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  readonly heapSpaces: Readonly<Record<string, number>>;
}

function memoryLines(file: string): string[] {
  if (!fs.existsSync(file)) return ['The memory probe wrote nothing: the server did not exit cleanly.'];
  const peak = JSON.parse(fs.readFileSync(file, 'utf8')) as MemoryAtPeak;
  const outsideV8 = peak.rss - peak.heapTotal - peak.external;
  const spaces = Object.entries(peak.heapSpaces)
    .filter(([, megabytes]) => megabytes >= 0.5)
    .map(([name, megabytes]) => `${name} ${megabytes} MB`)
    .join(', ');
  return [
    `Server memory at its peak (${peak.rss} MB resident):`,
    '',
    '| part | MB |',
    '| --- | --- |',
    `| V8 heap reserved (of which in use) | ${peak.heapTotal} (${peak.heapUsed}) |`,
    `| buffers outside the heap (of which ArrayBuffers) | ${peak.external} (${peak.arrayBuffers}) |`,
    `| the rest: code, stacks, native libraries (SQLite, zlib), allocator slack | ${outsideV8.toFixed(1)} |`,
    '',
    `V8's heap spaces at the peak: ${spaces}.`,
  ];
}

export function serverProfiling(folder: string): ServerProfiling {
  const profileFolder = path.join(folder, 'cpu-profile');
  const memoryFile = path.join(folder, 'memory-at-peak.json');
  return {
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileFolder}`, '--import', MEMORY_PROBE],
    env: { BLUELAMP_BENCH_MEMORY_FILE: memoryFile },
    report() {
      const profiles = fs.existsSync(profileFolder) ? fs.readdirSync(profileFolder) : [];
      const cpu = profiles
        .filter((name) => name.endsWith('.cpuprofile'))
        .flatMap((name) => profileTables(summariseCpuProfile(readCpuProfile(path.join(profileFolder, name)))));
      return [...(cpu.length > 0 ? cpu : ['V8 wrote no CPU profile.']), '', ...memoryLines(memoryFile)];
    },
  };
}
