import { Command } from 'commander';
import { backupDatabase, restoreDatabase, type BackupHeader } from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

function describeTables(header: BackupHeader): string {
  return header.tables.map((t) => `${t.table} ${t.rows}`).join(', ');
}

export function backupCommand(output: Output): Command {
  return new Command('backup')
    .description('write the whole database to one file (works on SQLite and PostgreSQL)')
    .argument('<file>', 'the backup file to write, e.g. bluelamp-2026-11-22.bluelamp.gz')
    .action(async (file: string) => {
      const header = await withContext((ctx) => backupDatabase(ctx, file));
      output.out(
        `Backed up ${header.source} at schema ${header.schema ?? 'none'} to ${file}: ${describeTables(header)} rows.`,
      );
    });
}

export function restoreCommand(output: Output): Command {
  return new Command('restore')
    .description('restore a backup file into an empty database (of either kind)')
    .argument('<file>', 'a file written by "bluelamp backup"')
    .action(async (file: string) => {
      const header = await withContext((ctx) => restoreDatabase(ctx, file));
      output.out(
        `Restored ${file} (made on ${header.source}, ${header.createdAt}): ${describeTables(header)} rows, checksums verified.`,
      );
    });
}
