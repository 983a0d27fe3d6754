/**
 * Reads a V8 CPU profile (node --cpu-prof) of the server under test and says where its time went:
 * self time by the code it was spent in (a package, a Node.js module, a folder of Bluelamp's
 * build, V8's garbage collector, idle time waiting on the network) and the functions that took
 * most. It is the profile the README gives for a goal that is not met.
 */
import fs from 'node:fs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface TimeShare {
  readonly name: string;
  readonly milliseconds: number;
  readonly share: number;
}

export interface ProfileSummary {
  readonly totalMilliseconds: number;
  readonly byCode: readonly TimeShare[];
  readonly byFunction: readonly TimeShare[];
}

const V8_ENTRIES: Readonly<Record<string, string>> = {
  '(garbage collector)': 'V8 garbage collection',
  '(idle)': 'idle (waiting on the network)',
  '(program)': 'V8 and native code (sockets, zlib, SQLite)',
};

/** Where a frame's code lives, named as a reader of the README would look for it. */
export function codeOf(frame: CallFrame): string {
  const v8Entry = V8_ENTRIES[frame.functionName];
  if (v8Entry !== undefined) return v8Entry;
  const { url } = frame;
  if (url === '') return 'V8 built-ins';
  if (url.startsWith('node:')) return `Node.js ${url.slice('node:'.length).split('/').slice(0, 2).join('/')}`;
  const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inPackage?.[1] !== undefined) return inPackage[1];
  const inBuild = /\/dist\/(src\/[^/]+\/[^/.]+|web-server)/.exec(url);
  if (inBuild?.[1] === 'web-server') return 'Bluelamp web-server bundle (React rendering of public pages)';
  if (inBuild?.[1] !== undefined) return `Bluelamp ${inBuild[1]}`;
  return url;
}

function functionOf(frame: CallFrame): string {
  const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
  if (frame.url === '' || frame.functionName.startsWith('(')) return name;
  const file = frame.url.split('/').slice(-2).join('/');
  return `${name} (${file}:${frame.lineNumber + 1})`;
}

function ranked(totals: Map<string, number>, totalMicroseconds: number, limit: number): TimeShare[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, microseconds]) => ({
      name,
      milliseconds: microseconds / 1000,
      share: totalMicroseconds === 0 ? 0 : microseconds / totalMicroseconds,
    }));
}

function addTo(totals: Map<string, number>, name: string, microseconds: number): void {
  totals.set(name, (totals.get(name) ?? 0) + microseconds);
}

/** Self time by code and by function, from each sample's time delta; each node is named once, not per sample. */
export function summariseCpuProfile(profile: CpuProfile, limit = 12): ProfileSummary {
  const names = new Map(
    profile.nodes
      .filter((node) => node.callFrame.functionName !== '(root)')
      .map((node) => [node.id, { code: codeOf(node.callFrame), function: functionOf(node.callFrame) }]),
  );
  const byCode = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((nodeId, index) => {
    const named = names.get(nodeId);
    if (named === undefined) return;
    const microseconds = profile.timeDeltas[index] ?? 0;
    total += microseconds;
    addTo(byCode, named.code, microseconds);
    addTo(byFunction, named.function, microseconds);
  });
  return {
    totalMilliseconds: total / 1000,
    byCode: ranked(byCode, total, limit),
    byFunction: ranked(byFunction, total, limit),
  };
}

export function readCpuProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

/** The summary as two Markdown tables, for the README. */
export function profileTables(summary: ProfileSummary): string[] {
  const rows = (shares: readonly TimeShare[]) =>
    shares.map((row) => `| ${row.name} | ${row.milliseconds.toFixed(0)} ms | ${(100 * row.share).toFixed(1)}% |`);
  return [
    `CPU profile of the server: ${(summary.totalMilliseconds / 1000).toFixed(1)} s sampled, self time`,
    '',
    '| code | self time | share |',
    '| --- | --- | --- |',
    ...rows(summary.byCode),
    '',
    '| function | self time | share |',
    '| --- | --- | --- |',
    ...rows(summary.byFunction),
  ];
}
