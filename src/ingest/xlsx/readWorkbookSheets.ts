import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IngestError } from '../ingestError.js';
import { checkWorkbookDirectory, refusal, type WorkbookLimits } from './workbookLimits.js';
import type { WorkbookJob, WorkbookJobAnswer } from './workbookReadWorker.js';
import type { SheetRecord } from './workbookRecords.js';

// Two readers at most, so uploads together take at most twice a reader's heap limit.
const MOST_READERS = 2;
// Starting a process and loading the spreadsheet library costs far more than reading a plan.
const IDLE_READER_KEPT_MS = 60_000;
// V8's own words when a heap limit ends a process; the tail of its stderr is kept to find them.
const OUT_OF_MEMORY = /JavaScript heap out of memory/;
const STDERR_KEPT_CHARS = 8 * 1024;

/**
 * A process of its own, not a worker thread: a thread's resourceLimits are best-effort, and V8 can
 * end the whole process with a fatal out-of-memory instead of ending the thread (seen on Node 20
 * and 24 alike, for a sheet a little bigger than the test's). A child's crash cannot reach us.
 */
interface Reader {
  readonly child: ChildProcess;
  readonly heapMb: number;
  stderrTail: string;
  idleTimer?: NodeJS.Timeout;
}

const idle: Reader[] = [];
let alive = 0;
const waiting: ((reader: Reader) => void)[] = [];

/**
 * The reader's own file: compiled JavaScript when built; when running from the TypeScript source
 * (the test suite), the child loads tsx first so it can run TypeScript.
 */
function startProcess(heapMb: number): ChildProcess {
  const compiled = !import.meta.url.endsWith('.ts');
  const file = new URL(compiled ? './workbookReadWorker.js' : './workbookReadWorker.ts', import.meta.url);
  const typescript = compiled ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
  return fork(fileURLToPath(file), [], {
    // Set, not inherited: the server's own flags (an inspector, a bigger heap) are not the reader's.
    execArgv: [`--max-old-space-size=${heapMb}`, ...typescript],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

function startReader(heapMb: number): Reader {
  const reader: Reader = { child: startProcess(heapMb), heapMb, stderrTail: '' };
  reader.child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    reader.stderrTail = (reader.stderrTail + text).slice(-STDERR_KEPT_CHARS);
  });
  return reader;
}

/** Whether an idle reader may let a finished command exit: the process, its channel and its pipe. */
function holdOpen(reader: Reader, held: boolean): void {
  const handles = [reader.child, reader.child.channel, reader.child.stderr as Socket | null];
  for (const handle of handles) {
    if (held) handle?.ref();
    else handle?.unref();
  }
}

async function takeReader(heapMb: number): Promise<Reader> {
  const found = idle.findIndex((reader) => reader.heapMb === heapMb);
  const [reader] = found < 0 ? [] : idle.splice(found, 1);
  if (reader !== undefined) {
    clearTimeout(reader.idleTimer);
    reader.child.removeAllListeners('close');
    holdOpen(reader, true);
    return reader;
  }
  if (alive < MOST_READERS) {
    alive += 1;
    return startReader(heapMb);
  }
  const given = await new Promise<Reader>((resolve) => waiting.push(resolve));
  if (given.heapMb === heapMb) return given;
  stop(given);
  return startReader(heapMb);
}

function giveBack(reader: Reader): void {
  const next = waiting.shift();
  if (next !== undefined) {
    next(reader);
    return;
  }
  holdOpen(reader, false);
  const leave = (): void => {
    clearTimeout(reader.idleTimer);
    idle.splice(idle.indexOf(reader), 1);
    retire(reader);
  };
  reader.idleTimer = setTimeout(leave, IDLE_READER_KEPT_MS).unref();
  // One that dies while idle (killed from outside, say) must not be handed the next workbook.
  reader.child.once('close', leave);
  idle.push(reader);
}

function stop(reader: Reader): void {
  reader.child.removeAllListeners();
  // Killing a process that is already gone can report an error, which unheard would throw.
  reader.child.on('error', () => undefined);
  reader.child.stderr?.removeAllListeners().destroy();
  reader.child.kill('SIGKILL');
}

/** Stops a reader that failed, ran out of time or sat idle, and lets a waiting read start one. */
function retire(reader: Reader): void {
  stop(reader);
  const next = waiting.shift();
  if (next === undefined) alive -= 1;
  else next(startReader(reader.heapMb));
}

function tooLargeToRead(file: string, heapMb: number): IngestError {
  const message =
    `the workbook is too large to read (it needed more than ${heapMb} MB of memory); ` +
    'remove unused sheets, rows, columns and pictures, or split it';
  return new IngestError([refusal(file, message)]);
}

function failureOf(answer: WorkbookJobAnswer): Error | null {
  if ('sheets' in answer) return null;
  return 'problems' in answer ? new IngestError(answer.problems) : new Error(answer.failure);
}

function endingOf(reader: Reader, file: string, code: number | null, signal: string | null): Error {
  if (OUT_OF_MEMORY.test(reader.stderrTail)) return tooLargeToRead(file, reader.heapMb);
  return new Error(`the process reading ${file} stopped without an answer (${signal ?? `exit code ${code}`})`);
}

function readOn(reader: Reader, job: WorkbookJob): Promise<[string, SheetRecord[]][]> {
  const { child } = reader;
  return new Promise((resolve, reject) => {
    const settle = (healthy: boolean, then: () => void): void => {
      clearTimeout(timer);
      child.removeAllListeners('message').removeAllListeners('error').removeAllListeners('close');
      if (healthy) giveBack(reader);
      else retire(reader);
      then();
    };
    const timer = setTimeout(() => {
      const message = `took longer than ${job.limits.maxReadingSeconds} seconds to read, so reading it was stopped`;
      settle(false, () => {
        reject(new IngestError([refusal(job.file, message)]));
      });
    }, job.limits.maxReadingSeconds * 1000);
    child.on('message', (answer: WorkbookJobAnswer) => {
      settle(true, () => {
        const failure = failureOf(answer);
        if (failure !== null) reject(failure);
        else if ('sheets' in answer) resolve(answer.sheets);
      });
    });
    child.on('error', (error: Error) => {
      settle(false, () => {
        reject(error);
      });
    });
    // 'close', not 'exit': only once stderr is drained can V8's out-of-memory words be looked for.
    child.on('close', (code: number | null, signal: string | null) => {
      const ending = endingOf(reader, job.file, code, signal);
      settle(false, () => {
        reject(ending);
      });
    });
    child.send(job);
  });
}

/**
 * The workbook's sheets by lower-case name, read in a process of its own within the limits: a
 * hostile workbook is refused from its zip directory before it is unpacked, and one that gets past
 * that can only stall or exhaust its own process, never the server's.
 */
export async function readWorkbookSheets(
  content: Buffer,
  file: string,
  limits: WorkbookLimits,
): Promise<Map<string, SheetRecord[]>> {
  const refused = await checkWorkbookDirectory(content, file, limits);
  if (refused !== null) throw new IngestError([refused]);
  return new Map(await readOn(await takeReader(limits.maxReadingHeapMb), { content, file, limits }));
}
