/**
 * A thread that reads police.uk files into packed aggregates while the main thread writes the
 * previous slice: reading is CPU work, writing is the database's, so the two overlap.
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type yauzl from 'yauzl';
import { nextZipEntry, openZip, zipEntryName, type EntryLocator } from './policeUkSources.js';
import { readPoliceUkSlice } from './readPoliceUkSlice.js';
import { zipEntryBytes } from './zipEntryBytes.js';
import type { SliceJob, SliceJobMessage } from './sliceReader.js';

const archives = new Map<string, Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }>>();

/** An archive's entries by name, read once per archive however many slices it holds. */
function archive(file: string): Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }> {
  let held = archives.get(file);
  if (held === undefined) {
    held = (async () => {
      const zip = await openZip(file, false);
      const entries = new Map<string, yauzl.Entry>();
      for (let entry = await nextZipEntry(zip); entry !== null; entry = await nextZipEntry(zip))
        entries.set(zipEntryName(entry).name, entry);
      return { zip, entries };
    })();
    archives.set(file, held);
  }
  return held;
}

async function bytesOf(locator: EntryLocator): Promise<AsyncIterable<Buffer>> {
  if (locator.kind === 'file') return fs.createReadStream(locator.path, { highWaterMark: 1 << 20 });
  const { zip, entries } = await archive(locator.zip);
  const entry = entries.get(locator.entry);
  if (entry === undefined) throw new Error(`${locator.zip} has no entry ${locator.entry}`);
  return zipEntryBytes(locator.zip, zip, entry);
}

function post(message: SliceJobMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

// Jobs run side by side (the main thread sends only a few ahead): one job's file reads overlap
// another's counting, which measured well ahead of running them one after another.
parentPort?.on('message', (job: SliceJob) => {
  void (async () => {
    try {
      const reading = await readPoliceUkSlice(
        { file: job.file, slice: job.slice, bytes: await bytesOf(job.locator) },
        {
          knownCrimeTypes: new Set(job.knownCrimeTypes),
          forceArea: job.forceArea === null ? null : new Set(job.forceArea),
          lsoaDetail: job.lsoaDetail,
          onProgress: (bytesRead, rowsRead) => {
            post({ id: job.id, progress: { bytesRead, rowsRead } });
          },
        },
      );
      post({ id: job.id, reading }, [
        reading.rows.ids.buffer as ArrayBuffer,
        reading.rows.counts.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      post({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
