/**
 * How big a workbook we agree to read. An .xlsx file is a zip of XML, so a 10 MB upload can unpack
 * to gigabytes; the limits are checked from the zip's own directory before anything is unpacked,
 * and again against the bytes actually unpacked (workbookScan.ts), since the directory can lie.
 */
import yauzl from 'yauzl';
import type { IngestProblem } from '../ingestError.js';

export interface WorkbookLimits {
  /** All the workbook's parts together, unpacked. */
  readonly maxUnpackedBytes: number;
  /** Rows in any one sheet, counted from the sheet's XML before any row is built. */
  readonly maxSheetRows: number;
  /** Parts in the zip: a real workbook has a few dozen. */
  readonly maxParts: number;
  /** A part unpacking to more than this many times its packed size is a zip bomb, not a sheet. */
  readonly maxPackingRatio: number;
  /** Memory a reading thread may use; past it the thread stops and the workbook is refused. */
  readonly maxReadingHeapMb: number;
  /** How long reading may take before the reading thread is stopped. */
  readonly maxReadingSeconds: number;
}

/** Enough for a plan of many thousands of milestones, exported with its styles. */
export const PLAN_WORKBOOK_LIMITS: WorkbookLimits = {
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxSheetRows: 20_000,
  maxParts: 1_000,
  maxPackingRatio: 200,
  maxReadingHeapMb: 512,
  maxReadingSeconds: 60,
};

// Small parts pack tightly without being bombs (a sheet of blank styled cells, say).
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;
}

export class WorkbookRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export const NOT_A_WORKBOOK = 'is not an Excel workbook (.xlsx) that can be opened; save it as .xlsx and try again';

export function refusal(file: string, message: string): IngestProblem {
  return { file, row: null, column: null, message };
}

export function openZipBuffer(content: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) reject(error);
      else resolve(zip);
    });
  });
}

/** Every part the zip's directory lists, read without unpacking any of them. */
export function zipParts(zip: yauzl.ZipFile, limits: WorkbookLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const parts: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      parts.push(entry);
      if (parts.length > limits.maxParts) {
        zip.close();
        reject(
          new WorkbookRefused(
            `has more than ${limits.maxParts.toLocaleString('en-GB')} parts, too many for a workbook`,
          ),
        );
      } else zip.readEntry();
    });
    zip.on('end', () => {
      resolve(parts);
    });
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Why the directory's own sizes mark the workbook as too big to unpack, or null. */
export function directoryRefusal(parts: readonly yauzl.Entry[], limits: WorkbookLimits): string | null {
  const unpacked = parts.reduce((total, part) => total + part.uncompressedSize, 0);
  if (unpacked > limits.maxUnpackedBytes) return tooBig(unpacked, limits);
  for (const part of parts) {
    const ratio = part.uncompressedSize / Math.max(part.compressedSize, 1);
    if (part.uncompressedSize >= RATIO_CHECKED_FROM_BYTES && ratio > limits.maxPackingRatio) {
      return (
        `is packed as zip bombs are (its part ${part.fileName} unpacks to ${Math.round(ratio).toLocaleString('en-GB')} ` +
        `times its packed size; at most ${limits.maxPackingRatio} is accepted), so it is not read`
      );
    }
  }
  return null;
}

export function tooBig(unpacked: number, limits: WorkbookLimits): string {
  return (
    `unpacks to ${megabytes(unpacked)}, more than the ${megabytes(limits.maxUnpackedBytes)} a workbook ` +
    'may unpack to; remove pictures and unused sheets, or split it'
  );
}

/** The workbook's size checked from the zip's directory alone, before any part is unpacked. */
export async function checkWorkbookDirectory(
  content: Buffer,
  file: string,
  limits: WorkbookLimits,
): Promise<IngestProblem | null> {
  let parts: yauzl.Entry[];
  try {
    parts = await zipParts(await openZipBuffer(content), limits);
  } catch (error) {
    return refusal(file, error instanceof WorkbookRefused ? error.reason : NOT_A_WORKBOOK);
  }
  const reason = directoryRefusal(parts, limits);
  return reason === null ? null : refusal(file, reason);
}
