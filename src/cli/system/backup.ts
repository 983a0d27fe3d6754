import v8 from 'node:v8';
import vm from 'node:vm';
import { Command } from 'commander';
import type { RestoreSummary, TableSummary } from '../../services/index.js';
import type * as services from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let backupDatabase: typeof services.backupDatabase;
let backupKeyFrom: typeof services.backupKeyFrom;
let restoreDatabase: typeof services.restoreDatabase;
async function loadServices(): Promise<void> {
  ({ backupDatabase } = await import('../../services/system/backupDatabase.js'));
  ({ backupKeyFrom } = await import('../../services/system/backupKey.js'));
  ({ restoreDatabase } = await import('../../services/system/restoreDatabase.js'));
}

const KEY_HELP = 'file holding the backup key (otherwise BLUELAMP_BACKUP_KEY); make one with: openssl rand -hex 32';

/**
 * Backup and restore stream every row through memory a batch at a time, as garbage. V8 lets the
 * heap grow to a few times what it holds live before it collects, and the bluelamp command holds
 * some 80 MB of loaded code live, so by default batches read from PostgreSQL piled up to 450 MB
 * before a collection. A growth factor of 1.3 keeps a million-row backup or restore near 230 MB,
 * and the peak no longer grows with the database (bench/backupMemory.ts). V8 applies a new factor
 * from its next full collection, so one is run at once. The command's process does nothing else.
 */
function collectGarbageSooner(): void {
  v8.setFlagsFromString('--heap-growing-percent=30');
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

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
    .hook('preAction', loadServices)
    .action(async (file: string, options: { keyFile?: string }) => {
      const key = backupKeyFrom({ keyFile: options.keyFile });
      collectGarbageSooner();
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
    .hook('preAction', loadServices)
    .action(async (file: string, options: { keyFile?: string }) => {
      const key = backupKeyFrom({ keyFile: options.keyFile });
      collectGarbageSooner();
      const summary = await withContext((ctx) => restoreDatabase(ctx, file, key));
      output.out(
        `Restored ${file} (made on ${summary.header.source}, ${summary.header.createdAt}): ${describeTables(summary.tables)} rows, authenticated and checksums verified. ${describeAnchor(summary)}`,
      );
    });
}
