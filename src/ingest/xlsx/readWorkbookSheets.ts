import { Worker } from 'node:worker_threads';
import { IngestError } from '../ingestError.js';
import { checkWorkbookDirectory, refusal, type WorkbookLimits } from './workbookLimits.js';
import type { WorkbookJob, WorkbookJobAnswer } from './workbookReadWorker.js';
import type { SheetRecord } from './workbookRecords.js';

// Two threads at most, so uploads together take at most twice a thread's heap limit.
const MOST_READERS = 2;
// Starting a thread and loading the spreadsheet library costs far more than reading a plan.
const IDLE_READER_KEPT_MS = 60_000;

interface Reader {
  readonly worker: Worker;
  readonly heapMb: number;
  idleTimer?: NodeJS.Timeout;
}

const idle: Reader[] = [];
let alive = 0;
const waiting: ((reader: Reader) => void)[] = [];

/**
 * The worker's own file: compiled JavaScript when built; when running from the TypeScript source
 * (the test suite), tsx is registered in the new thread first so it can load TypeScript.
 */
function startWorker(heapMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./workbookReadWorker.js', import.meta.url), options);
  const source = new URL('./workbookReadWorker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function startReader(heapMb: number): Reader {
  return { worker: startWorker(heapMb), heapMb };
}

async function takeReader(heapMb: number): Promise<Reader> {
  const found = idle.findIndex((reader) => reader.heapMb === heapMb);
  const [reader] = found < 0 ? [] : idle.splice(found, 1);
  if (reader !== undefined) {
    clearTimeout(reader.idleTimer);
    reader.worker.ref();
    return reader;
  }
  if (alive < MOST_READERS) {
    alive += 1;
    return startReader(heapMb);
  }
  const given = await new Promise<Reader>((resolve) => waiting.push(resolve));
  if (given.heapMb === heapMb) return given;
  void given.worker.terminate();
  return startReader(heapMb);
}

function giveBack(reader: Reader): void {
  const next = waiting.shift();
  if (next !== undefined) {
    next(reader);
    return;
  }
  // An idle thread must not keep a finished command running.
  reader.worker.unref();
  reader.idleTimer = setTimeout(() => {
    idle.splice(idle.indexOf(reader), 1);
    retire(reader);
  }, IDLE_READER_KEPT_MS).unref();
  idle.push(reader);
}

/** Stops a thread that failed, ran out of time or sat idle, and lets a waiting read start one. */
function retire(reader: Reader): void {
  reader.worker.removeAllListeners();
  void reader.worker.terminate();
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

function readOn(reader: Reader, job: WorkbookJob): Promise<[string, SheetRecord[]][]> {
  const { worker } = reader;
  return new Promise((resolve, reject) => {
    const settle = (healthy: boolean, then: () => void): void => {
      clearTimeout(timer);
      worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
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
    worker.on('message', (answer: WorkbookJobAnswer) => {
      settle(true, () => {
        const failure = failureOf(answer);
        if (failure !== null) reject(failure);
        else if ('sheets' in answer) resolve(answer.sheets);
      });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(false, () => {
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLargeToRead(job.file, reader.heapMb) : error);
      });
    });
    worker.on('exit', (code) => {
      settle(false, () => {
        reject(new Error(`the thread reading ${job.file} stopped without an answer (exit code ${code})`));
      });
    });
    worker.postMessage(job);
  });
}

/**
 * The workbook's sheets by lower-case name, read on a thread of its own within the limits: a
 * hostile workbook is refused from its zip directory before it is unpacked, and one that gets past
 * that can only stall or exhaust its own thread, never the server's.
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
