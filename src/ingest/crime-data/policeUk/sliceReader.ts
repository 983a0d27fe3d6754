import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SliceKey } from '../../../domain/crime-data/index.js';
import type { EntryLocator, PoliceUkEntry } from './policeUkSources.js';
import { readPoliceUkSlice, type SliceReadOptions, type SliceReading } from './readPoliceUkSlice.js';

/** What the main thread asks of the reading thread, and what comes back. */
export interface SliceJob {
  readonly id: number;
  readonly file: string;
  readonly slice: SliceKey;
  readonly locator: EntryLocator;
  readonly knownCrimeTypes: readonly string[];
  readonly forceArea: readonly string[] | null;
  readonly lsoaDetail: boolean;
}

export type SliceJobMessage =
  | { readonly id: number; readonly progress: { readonly bytesRead: number; readonly rowsRead: number } }
  | { readonly id: number; readonly reading: SliceReading }
  | { readonly id: number; readonly error: string };

interface Waiting {
  resolve(reading: SliceReading): void;
  reject(error: Error): void;
  onProgress?: (bytesRead: number, rowsRead: number) => void;
}

/**
 * A reading thread's garbage is almost all one row's cells, dead soon after: a young generation
 * smaller than the default collects it as well and keeps each thread's heap, and so the load's
 * peak, smaller (60 MB less over a million rows). The old generation is not capped: a slice of
 * 300,000 distinct aggregates needs more than 160 MB, and a capped thread would die on it.
 */
const WORKER_LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

/**
 * The worker's own file: compiled JavaScript when built; when running from the TypeScript source
 * (the test suite), tsx is registered in the new thread first so it can load TypeScript.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./sliceReadWorker.js', import.meta.url), WORKER_LIMITS);
  const source = new URL('./sliceReadWorker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, ...WORKER_LIMITS });
}

/**
 * How many reading threads: one for each core beyond the one that writes, at most two. On the
 * 2-core development machine a second reader measured no faster (three threads on two cores take
 * turns) and cost 60–70 MB of peak memory, so there it is one.
 */
export const READING_THREADS = Math.max(1, Math.min(2, os.availableParallelism() - 1));

/**
 * Reads slices on threads of their own, so that the next slices are being read while the last is
 * written. Each job goes to the thread with the fewest in hand. Bytes only this thread holds (an
 * upload) are read here.
 */
export class SliceReader {
  private readonly waiting = new Map<number, Waiting & { worker: Worker }>();
  private nextId = 1;
  private readonly workers: Worker[];

  constructor(threads = READING_THREADS) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = startWorker();
      worker.on('message', (message: SliceJobMessage) => {
        this.receive(message);
      });
      worker.on('error', (error) => {
        this.failAll(error);
      });
      worker.on('exit', (code) => {
        this.failAll(new Error(`the reading thread stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  /** The thread with the fewest jobs in hand. */
  private leastBusy(): Worker {
    const inHand = new Map(this.workers.map((worker) => [worker, 0]));
    for (const { worker } of this.waiting.values()) inHand.set(worker, (inHand.get(worker) ?? 0) + 1);
    return [...inHand].sort((a, b) => a[1] - b[1])[0]?.[0] ?? (this.workers[0] as Worker);
  }

  async read(entry: PoliceUkEntry, options: SliceReadOptions): Promise<SliceReading> {
    if (entry.locator === null)
      return readPoliceUkSlice({ file: entry.file, slice: entry.slice, bytes: await entry.open() }, options);
    const id = this.nextId++;
    const job: SliceJob = {
      id,
      file: entry.file,
      slice: entry.slice,
      locator: entry.locator,
      knownCrimeTypes: [...options.knownCrimeTypes],
      forceArea: options.forceArea === null ? null : [...options.forceArea],
      lsoaDetail: options.lsoaDetail !== false,
    };
    const worker = this.leastBusy();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, onProgress: options.onProgress, worker });
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map((worker) => {
        worker.removeAllListeners('exit');
        return worker.terminate();
      }),
    );
  }

  private receive(message: SliceJobMessage): void {
    const waiting = this.waiting.get(message.id);
    if (waiting === undefined) return;
    if ('progress' in message) {
      waiting.onProgress?.(message.progress.bytesRead, message.progress.rowsRead);
      return;
    }
    this.waiting.delete(message.id);
    if ('error' in message) waiting.reject(new Error(message.error));
    else waiting.resolve(message.reading);
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
