import { BluelampProblem } from '../../domain/errors.js';
import {
  BACKUP_TABLES,
  countRows,
  insertRows,
  migrateToLatest,
  readTable,
  resetIdSequences,
  tableChecksum,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { readBackupFile, type BackupHeader } from './backupDatabase.js';

async function assertEmpty(ctx: ServiceContext): Promise<void> {
  for (const table of BACKUP_TABLES) {
    if ((await countRows(ctx.store.db, table)) > 0) {
      throw new BluelampProblem(
        'conflict',
        `Restore needs an empty database, and table ${table} holds data. Restore into a new database.`,
      );
    }
  }
}

/**
 * Restores a backup into an empty database in one transaction, then checks that every table's
 * row count and checksum match the backup's header; any difference undoes the whole restore.
 */
export async function restoreDatabase(ctx: ServiceContext, file: string): Promise<BackupHeader> {
  authorise(ctx, 'system.administer');
  const { header, tables } = await readBackupFile(file);
  const { current } = await migrateToLatest(ctx.store);
  if (header.schema !== current) {
    throw new BluelampProblem(
      'conflict',
      `The backup was made at schema ${header.schema ?? 'none'} and this Bluelamp is at ${current ?? 'none'}.`,
    );
  }
  await assertEmpty(ctx);
  await ctx.store.db.transaction().execute(async (trx) => {
    for (const table of BACKUP_TABLES) await insertRows(trx, table, tables.get(table) ?? []);
    await resetIdSequences(trx);
    for (const expected of header.tables) {
      const rows = await readTable(trx, expected.table);
      if (rows.length !== expected.rows || tableChecksum(rows) !== expected.checksum) {
        throw new BluelampProblem(
          'invalid-input',
          `${file} does not restore intact: table ${expected.table} differs from the backup's checksum, so nothing was restored.`,
        );
      }
    }
  });
  return header;
}
