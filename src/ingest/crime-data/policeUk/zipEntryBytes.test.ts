import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type yauzl from 'yauzl';
import yazl from 'yazl';
import { nextZipEntry, openZip } from './policeUkSources.js';
import { zipEntryBytes } from './zipEntryBytes.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-zip-entry-'));
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

interface Packed {
  readonly name: string;
  readonly bytes: Buffer;
  readonly compress: boolean;
}

async function archiveOf(name: string, entries: readonly Packed[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.bytes, entry.name, { compress: entry.compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  fs.writeFileSync(path.join(folder, name), bytes);
  return bytes;
}

async function readAll(file: string): Promise<Map<string, Buffer | Error>> {
  const zip = await openZip(file, false);
  const read = new Map<string, Buffer | Error>();
  try {
    for (let entry = await nextZipEntry(zip); entry !== null; entry = await nextZipEntry(zip)) {
      read.set(entry.fileNameRaw.toString('utf8'), await bytesOrError(file, zip, entry));
    }
  } finally {
    zip.close();
  }
  return read;
}

async function bytesOrError(file: string, zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer | Error> {
  const pieces: Buffer[] = [];
  try {
    for await (const piece of zipEntryBytes(file, zip, entry)) pieces.push(piece);
    return Buffer.concat(pieces);
  } catch (error) {
    return error as Error;
  }
}

/** A street file's worth of rows: repetitive, as police.uk files are, so it packs tightly. */
function streetRows(rows: number): Buffer {
  const lines = ['Crime ID,Month,Reported by'];
  for (let row = 0; row < rows; row += 1) lines.push(`${randomBytes(8).toString('hex')},2018-04,Kent Police`);
  return Buffer.from(lines.join('\n'));
}

/** Writes a new uncompressed size into the archive's central directory record of its first entry. */
function recordSize(bytes: Buffer, size: number): Buffer {
  const changed = Buffer.from(bytes);
  const central = changed.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  changed.writeUInt32LE(size, central + 24);
  return changed;
}

describe('an archive entry read in megabyte pieces', () => {
  it('gives back every byte of deflated, stored and empty entries, however large', async () => {
    const large = streetRows(120_000);
    expect(large.length).toBeGreaterThan(4 << 20);
    const small = Buffer.from('Crime ID,Month\n,2018-04\n');
    await archiveOf('mixed.zip', [
      { name: 'large-deflated.csv', bytes: large, compress: true },
      { name: 'large-stored.csv', bytes: large, compress: false },
      { name: 'small.csv', bytes: small, compress: true },
      { name: 'empty.csv', bytes: Buffer.alloc(0), compress: false },
    ]);
    const read = await readAll(path.join(folder, 'mixed.zip'));
    // Buffer.equals: a deep comparison of megabytes byte by byte takes the matcher minutes.
    const same = (name: string, bytes: Buffer): boolean => {
      const got = read.get(name);
      return Buffer.isBuffer(got) && got.equals(bytes);
    };
    expect([...read.keys()].filter((name) => same(name, large))).toEqual(['large-deflated.csv', 'large-stored.csv']);
    expect(same('small.csv', small)).toBe(true);
    expect(same('empty.csv', Buffer.alloc(0))).toBe(true);
  });

  it('fails an entry that inflates to more bytes than the archive records', async () => {
    const rows = streetRows(60_000);
    const bytes = await archiveOf('honest.zip', [{ name: 'bomb.csv', bytes: rows, compress: true }]);
    fs.writeFileSync(path.join(folder, 'more.zip'), recordSize(bytes, 1000));
    const read = await readAll(path.join(folder, 'more.zip'));
    expect(read.get('bomb.csv')).toEqual(
      new Error('the entry holds more than the 1000 bytes the archive records for it'),
    );
  });

  it('fails an entry that holds fewer bytes than the archive records', async () => {
    const rows = streetRows(100);
    const bytes = await archiveOf('short-source.zip', [{ name: 'short.csv', bytes: rows, compress: true }]);
    fs.writeFileSync(path.join(folder, 'short.zip'), recordSize(bytes, rows.length + 5));
    const read = await readAll(path.join(folder, 'short.zip'));
    expect(read.get('short.csv')).toEqual(
      new Error(`the entry holds ${rows.length} bytes where the archive records ${rows.length + 5}`),
    );
  });

  it('fails an entry whose deflated bytes are damaged, with zlib’s reason', async () => {
    const rows = streetRows(2_000);
    const bytes = await archiveOf('sound.zip', [{ name: 'damaged.csv', bytes: rows, compress: true }]);
    const damaged = Buffer.from(bytes);
    // Past the 30-byte local header and the name, the deflated data starts: spoil its block type.
    const data = 30 + 'damaged.csv'.length;
    damaged.fill(0xff, data, data + 8);
    fs.writeFileSync(path.join(folder, 'damaged.zip'), damaged);
    const read = await readAll(path.join(folder, 'damaged.zip'));
    expect(read.get('damaged.csv')).toBeInstanceOf(Error);
    expect(String(read.get('damaged.csv'))).toMatch(/invalid/);
  });
});
