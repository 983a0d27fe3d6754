import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { BluelampProblem } from '../../domain/errors.js';
import {
  BACKUP_TABLES,
  migrateToLatest,
  readTable,
  tableChecksum,
  type Row,
  type TableName,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/**
 * A backup is one gzip file of JSON lines: a header naming the schema and each table's row
 * count and checksum, then one line per table section and row. It is the same on both
 * dialects, so a SQLite backup restores into PostgreSQL and back.
 */
export const BACKUP_FORMAT = 'bluelamp-backup';

export interface TableSummary {
  readonly table: TableName;
  readonly rows: number;
  readonly checksum: string;
}

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: 1;
  readonly schema: string | null;
  readonly createdAt: string;
  readonly source: 'sqlite' | 'postgres';
  readonly tables: TableSummary[];
}

function* backupLines(header: BackupHeader, tables: Map<TableName, Row[]>): Generator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const [table, rows] of tables) {
    yield `${JSON.stringify({ table })}\n`;
    for (const row of rows) yield `${JSON.stringify(row)}\n`;
  }
}

/** Writes the whole database to one file, read in one transaction so the copy is consistent. */
export async function backupDatabase(ctx: ServiceContext, file: string): Promise<BackupHeader> {
  authorise(ctx, 'system.administer');
  const { current } = await migrateToLatest(ctx.store);
  const tables = await ctx.store.db.transaction().execute(async (trx) => {
    const read = new Map<TableName, Row[]>();
    for (const table of BACKUP_TABLES) read.set(table, await readTable(trx, table));
    return read;
  });
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schema: current,
    createdAt: new Date().toISOString(),
    source: ctx.store.dialect,
    tables: [...tables].map(([table, rows]) => ({ table, rows: rows.length, checksum: tableChecksum(rows) })),
  };
  const partial = `${file}.partial`;
  try {
    await pipeline(Readable.from(backupLines(header, tables)), zlib.createGzip(), fs.createWriteStream(partial));
    // Only a complete file takes the backup's name.
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BluelampProblem('unavailable', `Could not write the backup to ${file}: ${(error as Error).message}.`);
  }
  return header;
}

/** Reads a backup file line by line: the header, then rows grouped by table. */
export async function readBackupFile(file: string): Promise<{ header: BackupHeader; tables: Map<TableName, Row[]> }> {
  if (!fs.existsSync(file)) throw new BluelampProblem('not-found', `There is no backup file at ${file}.`);
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  let header: BackupHeader | undefined;
  const tables = new Map<TableName, Row[]>();
  let current: Row[] | undefined;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      const value = JSON.parse(line) as Row;
      if (header === undefined) {
        header = value as unknown as BackupHeader;
        if (header.format !== BACKUP_FORMAT) throw new Error('it is not a Bluelamp backup');
      } else if (Object.keys(value).length === 1 && typeof value.table === 'string') {
        current = [];
        tables.set(value.table as TableName, current);
      } else if (current === undefined) {
        throw new Error('a row comes before any table');
      } else current.push(value);
    }
  } catch (error) {
    throw new BluelampProblem(
      'invalid-input',
      `${file} cannot be restored: line ${lineNumber}: ${(error as Error).message}.`,
    );
  }
  if (header === undefined)
    throw new BluelampProblem('invalid-input', `${file} is empty, so it is not a Bluelamp backup.`);
  return { header, tables };
}
