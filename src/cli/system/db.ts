import { Command } from 'commander';
import type * as services from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let limitApplicationRole: typeof services.limitApplicationRole;
let migrateDatabase: typeof services.migrateDatabase;
async function loadServices(): Promise<void> {
  ({ limitApplicationRole } = await import('../../services/system/limitApplicationRole.js'));
  ({ migrateDatabase } = await import('../../services/system/migrateDatabase.js'));
}

export function dbCommand(output: Output): Command {
  const db = new Command('db').description('look after the database');
  db.command('migrate')
    .description('bring the database schema up to date (run it as the role that owns the tables)')
    .option(
      '--app-role <role>',
      'PostgreSQL: then limit this role, the one Bluelamp runs as, to what the application needs',
    )
    .hook('preAction', loadServices)
    .action(async (options: { appRole?: string }) => {
      const report = await withContext(async (ctx) => {
        const result = await migrateDatabase(ctx);
        if (options.appRole !== undefined) await limitApplicationRole(ctx, options.appRole);
        return { ...result, description: ctx.store.description };
      }, false);
      output.out(
        report.applied.length === 0
          ? `The database is up to date (${report.current ?? 'no migrations'}) on ${report.description}.`
          : `Applied ${report.applied.join(', ')} on ${report.description}.`,
      );
      if (options.appRole !== undefined) {
        output.out(
          `${options.appRole} may read and write, but only add to the audit trail and the published reports, never delete a milestone update, truncate a table, change the schema or switch a guard off.`,
        );
      }
    });
  return db;
}
