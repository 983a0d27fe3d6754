import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { importMpsBoroughSeries, type CrimeImportSummary } from '../../services/index.js';
import { formatCount, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

function summaryText(results: CrimeImportSummary[]): string {
  return results
    .map((r) =>
      r.dryRun
        ? `${r.fileName}: would load ${formatCount(r.counts)} monthly counts (${r.rowsRead} rows, ${r.vintage} names, ${r.firstMonth} to ${r.lastMonth}); nothing written.`
        : `${r.fileName}: loaded ${formatCount(r.counts)} monthly counts (${formatCount(r.added)} new, ${formatCount(r.revised)} revised) from ${r.rowsRead} rows, ${r.firstMonth} to ${r.lastMonth}.${(r.syntheticRemoved ?? 0) > 0 ? " The demo's synthetic counts were removed: real data is never mixed with them." : ''}`,
    )
    .join('\n');
}

export function importMpsBoroughCommand(output: Output): Command {
  return new Command('mps-borough')
    .description('load MPS borough-level crime files (London Datastore layout, either vintage of category names)')
    .argument('<files...>', 'the CSV files')
    .option('--dry-run', 'read and check the files, and say what would load, without writing anything')
    .option('--json', 'print JSON')
    .action(async (files: string[], options: { dryRun?: boolean; json?: boolean }) => {
      const results: CrimeImportSummary[] = [];
      for (const file of files) {
        const result = await withContext((ctx) =>
          importMpsBoroughSeries(ctx, {
            fileName: path.basename(file),
            content: fs.createReadStream(file),
            dryRun: options.dryRun === true,
          }),
        );
        results.push(result);
      }
      printListing(output, options.json, results, summaryText);
    });
}
