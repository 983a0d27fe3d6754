import { Command } from 'commander';
import {
  backupDatabase,
  backupKeyFrom,
  restoreDatabase,
  type RestoreSummary,
  type TableSummary,
} from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

const KEY_HELP = 'file holding the backup key (otherwise BLUELAMP_BACKUP_KEY); make one with: openssl rand -hex 32';

function describeTables(tables: readonly TableSummary[]): string {
  return tables.map((t) => `${t.table} ${t.rows}`).join(', ');
}

function describeAnchor(summary: RestoreSummary): string {
  const previous = summary.previousAnchor;
  const now = `The audit trail holds ${summary.auditEntries} entries, every link checked, and is anchored anew`;
  if (previous === null || previous.sequence <= summary.auditEntries) return `${now}.`;
  return `${now}; the anchor replaced recorded entry ${previous.sequence} (${previous.anchoredAt}), so ${previous.sequence - summary.auditEntries} entries written after this backup are not in it.`;
}

export function backupCommand(output: Output): Command {
  return new Command('backup')
    .description('write the whole database to one authenticated file (works on SQLite and PostgreSQL)')
    .argument('<file>', 'the backup file to write, e.g. bluelamp-2026-11-22.bluelamp.gz')
    .option('--key-file <file>', KEY_HELP)
    .action(async (file: string, options: { keyFile?: string }) => {
      const key = backupKeyFrom({ keyFile: options.keyFile });
      const { header, tables } = await withContext((ctx) => backupDatabase(ctx, file, key));
      output.out(
        `Backed up ${header.source} at schema ${header.schema ?? 'none'} to ${file} (readable by its owner only; authenticated with backup key ${key.id}): ${describeTables(tables)} rows.`,
      );
    });
}

export function restoreCommand(output: Output): Command {
  return new Command('restore')
    .description('check a backup file is authentic and whole, then restore it into an empty database (of either kind)')
    .argument('<file>', 'a file written by "bluelamp backup"')
    .option('--key-file <file>', KEY_HELP)
    .action(async (file: string, options: { keyFile?: string }) => {
      const key = backupKeyFrom({ keyFile: options.keyFile });
      const summary = await withContext((ctx) => restoreDatabase(ctx, file, key));
      output.out(
        `Restored ${file} (made on ${summary.header.source}, ${summary.header.createdAt}): ${describeTables(summary.tables)} rows, authenticated and checksums verified. ${describeAnchor(summary)}`,
      );
    });
}
