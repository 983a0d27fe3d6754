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
 * The worker's own file: compiled JavaScript when built; when running from the TypeScript source
 * (the test suite), tsx is registered in the new thread first so it can load TypeScript.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./sliceReadWorker.js', import.meta.url));
  const source = new URL('./sliceReadWorker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Reads slices on a thread of its own, so that the next slice is being read while the last is
 * written. Bytes only this thread holds (an upload) are read here.
 */
export class SliceReader {
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private readonly worker: Worker;

  constructor() {
    this.worker = startWorker();
    this.worker.on('message', (message: SliceJobMessage) => {
      this.receive(message);
    });
    this.worker.on('error', (error) => {
      this.failAll(error);
    });
    this.worker.on('exit', (code) => {
      this.failAll(new Error(`the reading thread stopped (exit code ${code})`));
    });
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
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, onProgress: options.onProgress });
      this.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
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
