import { Command } from 'commander';
import { migrateDatabase } from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

export function dbCommand(output: Output): Command {
  const db = new Command('db').description('look after the database');
  db.command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const report = await withContext(async (ctx) => {
        const result = await migrateDatabase(ctx);
        return { ...result, description: ctx.store.description };
      }, false);
      output.out(
        report.applied.length === 0
          ? `The database is up to date (${report.current ?? 'no migrations'}) on ${report.description}.`
          : `Applied ${report.applied.join(', ')} on ${report.description}.`,
      );
    });
  return db;
}
