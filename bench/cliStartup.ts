/**
 * npm run bench:cli: how long the command line takes to start and answer, beside a bare
 * `node -e 0` timed in the same rounds. Each command runs in its own process, as a person runs it;
 * the rounds interleave the commands so that a machine busy with other work slows them alike.
 * Reports the median wall time and the median peak memory (maximum resident set, from
 * /usr/bin/time) of each, and both as ratios to node. A figure for the README, not a test.
 *
 * Runs the built app (bin/bluelamp.js loads dist/): run `npx tsc -p tsconfig.build.json` first.
 * Options: --rounds <n> (default 7).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'bluelamp.js');
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt < 0 ? 7 : Number(process.argv[roundsAt + 1]);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-cli-bench-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${path.join(folder, 'demo.db')}` };

interface Subject {
  readonly label: string;
  readonly args: readonly string[];
  readonly times: number[];
  readonly peaks: number[];
}

/** Runs one command to its end under /usr/bin/time; returns its wall time in ms and peak RSS in MB. */
function run(args: readonly string[]): { ms: number; mb: number } {
  const report = path.join(folder, 'time.txt');
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-o', report, '-f', '%M', process.execPath, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} ended with ${result.status}: ${result.stderr}`);
  return { ms, mb: Number(fs.readFileSync(report, 'utf8').trim().split('\n').pop()) / 1024 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const subjects: Subject[] = [
  { label: '`node -e 0` (baseline)', args: ['-e', '0'] },
  { label: '`bluelamp --version`', args: [bin, '--version'] },
  { label: '`bluelamp --help`', args: [bin, '--help'] },
  { label: '`bluelamp plans list --json` (demo)', args: [bin, 'plans', 'list', '--json'] },
].map((subject) => ({ ...subject, times: [], peaks: [] }));

try {
  if (!fs.existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js')))
    throw new Error('the app is not built: run npx tsc -p tsconfig.build.json first.');
  run([bin, 'demo']);
  for (let round = 0; round <= rounds; round += 1) {
    for (const subject of subjects) {
      const { ms, mb } = run(subject.args);
      // The first round warms the file cache and is not counted.
      if (round === 0) continue;
      subject.times.push(ms);
      subject.peaks.push(mb);
    }
  }
  const [baseline] = subjects;
  const baseMs = median(baseline?.times ?? []);
  const baseMb = median(baseline?.peaks ?? []);
  process.stdout.write(`${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}, ${rounds} rounds\n\n`);
  process.stdout.write('| command | median wall | × node | peak RSS | × node |\n| --- | --- | --- | --- | --- |\n');
  for (const subject of subjects) {
    const ms = median(subject.times);
    const mb = median(subject.peaks);
    process.stdout.write(
      `| ${subject.label} | ${ms.toFixed(0)} ms | ${(ms / baseMs).toFixed(1)}× | ${mb.toFixed(0)} MB | ${(mb / baseMb).toFixed(1)}× |\n`,
    );
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
