import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { sliceOfFileName, type SliceKey } from '../../../domain/crime-data/index.js';
import { zipEntryBytes } from './zipEntryBytes.js';

/** A police.uk CSV to read: a file on disk or an entry of an archive, streamed either way. */
export interface PoliceUkEntry {
  readonly kind: 'entry';
  /** How messages name it: the file's path, or "archive.zip:2018-04/2018-04-kent-street.csv". */
  readonly file: string;
  readonly slice: SliceKey;
  /** Uncompressed size where known before reading, for progress. */
  readonly expectedBytes: number;
  /** Where another thread can find the same bytes; null for bytes held only here (an upload). */
  readonly locator: EntryLocator | null;
  open(): Promise<AsyncIterable<Buffer>>;
}

export type EntryLocator =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'zip'; readonly zip: string; readonly entry: string };

/** Something that was given but is not a police.uk CSV: reported, never read. */
export interface SkippedSource {
  readonly kind: 'skipped';
  readonly file: string;
  readonly message: string;
  /** Whether the whole load should count as failed (a path that does not exist, say). */
  readonly failed: boolean;
}

export type PoliceUkSource = PoliceUkEntry | SkippedSource;

const NAMING = 'police.uk names files YYYY-MM-<force>-street.csv, -outcomes.csv or -stop-and-search.csv';

function fileEntry(file: string): PoliceUkSource {
  const slice = sliceOfFileName(file);
  if (slice === null)
    return {
      kind: 'skipped',
      file,
      message: `the name does not say force, month and layout (${NAMING})`,
      failed: true,
    };
  return {
    kind: 'entry',
    file,
    slice,
    expectedBytes: fs.statSync(file).size,
    locator: { kind: 'file', path: file },
    open: () => Promise.resolve(fs.createReadStream(file, { highWaterMark: 1 << 20 })),
  };
}

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, item.name);
    if (item.isDirectory()) for (const file of filesUnder(full)) found.push(file);
    else if (item.isFile()) found.push(full);
  }
  return found.sort();
}

export function openZip(file: string, autoClose = true): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are decoded and checked here (zipEntryName), so that one bad name skips its entry
    // instead of failing the whole archive.
    yauzl.open(file, { lazyEntries: true, autoClose, decodeStrings: false }, (error, zip) => {
      if (error) reject(error);
      else resolve(zip);
    });
  });
}

/**
 * An entry's name, or why it cannot be used: one that would point outside the archive when
 * unpacked (`../x`, `/etc/x`, `C:x`) is refused by name, as unpacking tools refuse it.
 */
export function zipEntryName(entry: yauzl.Entry): { name: string; problem: string | null } {
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
  const problem = yauzl.validateFileName(name);
  return { name, problem: problem === null ? null : `the entry's name is not a safe path (${problem})` };
}

export function nextZipEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry): void => {
      settle(() => {
        resolve(entry);
      });
    };
    const onEnd = (): void => {
      settle(() => {
        resolve(null);
      });
    };
    const onError = (error: Error): void => {
      settle(() => {
        reject(error);
      });
    };
    function settle(then: () => void): void {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      then();
    }
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/** Each CSV of an archive, inflated as it is read: nothing is unpacked to disk. */
async function* zipEntries(file: string): AsyncGenerator<PoliceUkSource> {
  const zip = await openZip(file);
  try {
    for (let entry = await nextZipEntry(zip); entry !== null; entry = await nextZipEntry(zip)) {
      const { name: entryName, problem } = zipEntryName(entry);
      if (entryName.endsWith('/')) continue;
      const name = `${file}:${entryName}`;
      if (problem !== null) {
        yield { kind: 'skipped', file: name, message: `${problem}: it is not read`, failed: false };
        continue;
      }
      const slice = sliceOfFileName(entryName);
      if (slice === null) {
        yield { kind: 'skipped', file: name, message: `an unexpected entry in the archive (${NAMING})`, failed: false };
        continue;
      }
      const current = entry;
      yield {
        kind: 'entry',
        file: name,
        slice,
        expectedBytes: entry.uncompressedSize,
        locator: { kind: 'zip', zip: file, entry: entryName },
        open: () => Promise.resolve(zipEntryBytes(file, zip, current)),
      };
    }
  } finally {
    zip.close();
  }
}

/**
 * Every police.uk CSV in the paths given, in order: files as they are, folders walked (month
 * folders or any tree), archives streamed entry by entry. Each entry must be read to its end
 * before the next is asked for.
 */
export async function* policeUkSources(paths: readonly string[]): AsyncGenerator<PoliceUkSource> {
  for (const given of paths) {
    if (!fs.existsSync(given)) {
      yield { kind: 'skipped', file: given, message: 'there is no such file or folder', failed: true };
      continue;
    }
    const files = fs.statSync(given).isDirectory() ? filesUnder(given) : [given];
    for (const file of files) {
      if (file.toLowerCase().endsWith('.zip')) yield* zipEntries(file);
      else if (file.toLowerCase().endsWith('.csv')) yield fileEntry(file);
      else yield { kind: 'skipped', file, message: 'not a CSV file or a zip archive', failed: false };
    }
  }
}

/** How many bytes the paths hold once read (archives by their entries' sizes), for a progress bar. */
export async function policeUkBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const given of paths) {
    if (!fs.existsSync(given)) continue;
    const files = fs.statSync(given).isDirectory() ? filesUnder(given) : [given];
    for (const file of files) {
      if (file.toLowerCase().endsWith('.csv')) total += fs.statSync(file).size;
      if (!file.toLowerCase().endsWith('.zip')) continue;
      const zip = await openZip(file);
      for (let entry = await nextZipEntry(zip); entry !== null; entry = await nextZipEntry(zip))
        total += entry.uncompressedSize;
      zip.close();
    }
  }
  return total;
}
