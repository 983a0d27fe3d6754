import type { Transaction } from 'kysely';
import { BluelampProblem } from '../../domain/errors.js';
import {
  BACKUP_TABLES,
  TableDigest,
  migrateToLatest,
  readTableBatches,
  type DatabaseSchema,
  type Executor,
  type Row,
  type TableName,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileWriter,
  type BackupHeader,
  type TableSummary,
} from './backupFile.js';
import type { BackupKey } from './backupKey.js';

export interface BackupSummary {
  readonly header: BackupHeader;
  readonly tables: readonly TableSummary[];
}

/** Where a backup's batches go; the file writer in use, a recording one in tests. */
export interface BackupSink {
  write(text: string): Promise<void>;
}

/**
 * Writes one table's section a batch at a time: the next batch is read only once the sink has
 * taken the last, so a table of any size passes through holding one batch.
 */
export async function writeTableSection(
  db: Executor,
  table: TableName,
  sink: BackupSink,
  batches: (db: Executor, table: TableName) => AsyncIterable<Row[]> = readTableBatches,
): Promise<TableSummary> {
  await sink.write(`${JSON.stringify({ $section: table })}\n`);
  const digest = new TableDigest();
  for await (const batch of batches(db, table)) {
    let text = '';
    for (const row of batch) {
      digest.add(row);
      text += `${JSON.stringify(row)}\n`;
    }
    await sink.write(text);
  }
  const summary = { table, rows: digest.rows, checksum: digest.finish() };
  await sink.write(`${JSON.stringify({ $end: table, rows: summary.rows, checksum: summary.checksum })}\n`);
  return summary;
}

async function writeAllTables(trx: Transaction<DatabaseSchema>, header: BackupHeader, sink: BackupSink) {
  await sink.write(`${JSON.stringify(header)}\n`);
  const tables: TableSummary[] = [];
  for (const table of BACKUP_TABLES) tables.push(await writeTableSection(trx, table, sink));
  return tables;
}

/**
 * Writes the whole database to one authenticated file, read in one repeatable-read transaction
 * so the copy is consistent, streamed table by table in batches.
 */
export async function backupDatabase(ctx: ServiceContext, file: string, key: BackupKey): Promise<BackupSummary> {
  authorise(ctx, 'system.administer');
  const { current } = await migrateToLatest(ctx.store);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schema: current,
    createdAt: new Date().toISOString(),
    source: ctx.store.dialect,
    tables: BACKUP_TABLES,
    keyId: key.id,
  };
  const writer = BackupFileWriter.open(file, key);
  try {
    const tables = await ctx.store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => writeAllTables(trx, header, writer));
    await writer.finish();
    return { header, tables };
  } catch (error) {
    await writer.abandon();
    if (error instanceof BluelampProblem) throw error;
    throw new BluelampProblem('unavailable', `Could not write the backup to ${file}: ${(error as Error).message}.`);
  }
}
