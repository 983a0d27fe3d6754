import fs from 'node:fs';
import stream, { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type yauzl from 'yauzl';

/**
 * Pieces of a megabyte, read and inflated: yauzl reads and inflates in 16 KB pieces, each a trip to
 * zlib's thread and through two more streams, some 90,000 trips for a national year of files.
 */
const PIECE = 1 << 20;

const STORED = 0;
const DEFLATED = 8;

function dataStart(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.readLocalFileHeader(entry, { minimal: true }, (error, header) => {
      if (error) reject(error);
      else resolve(header.fileDataStart);
    });
  });
}

/**
 * An archive entry's bytes, inflated as they are read. The archive records the entry's size, and
 * bytes beyond it, or fewer, fail the read: a damaged or crafted archive cannot pass off more (or
 * less) than it declares.
 */
export async function* zipEntryBytes(archive: string, zip: yauzl.ZipFile, entry: yauzl.Entry): AsyncGenerator<Buffer> {
  if (entry.isEncrypted()) throw new Error('the entry is encrypted');
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)
    throw new Error(`the entry is packed with compression method ${entry.compressionMethod}, which is not read`);
  const start = await dataStart(zip, entry);
  const packed =
    entry.compressedSize === 0
      ? Readable.from([])
      : fs.createReadStream(archive, { start, end: start + entry.compressedSize - 1, highWaterMark: PIECE });
  const bytes = entry.compressionMethod === DEFLATED ? inflated(packed) : packed;
  let seen = 0;
  for await (const piece of bytes as AsyncIterable<Buffer>) {
    seen += piece.length;
    if (seen > entry.uncompressedSize)
      throw new Error(`the entry holds more than the ${entry.uncompressedSize} bytes the archive records for it`);
    yield piece;
  }
  if (seen !== entry.uncompressedSize)
    throw new Error(`the entry holds ${seen} bytes where the archive records ${entry.uncompressedSize}`);
}

function inflated(packed: Readable): AsyncIterable<Buffer> {
  // pipeline ends both streams when either fails or the reader stops early, and an error of
  // either reaches whoever iterates the inflated bytes.
  return stream.pipeline(packed, zlib.createInflateRaw({ chunkSize: PIECE }), () => undefined);
}
