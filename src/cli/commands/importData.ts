import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import {
  importMpsBoroughSeries,
  importObservations,
  importPopulation,
  getObservationTemplate,
  type CrimeImportSummary,
} from '../../services/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { printListing, type Output } from '../output.js';
import { withContext } from '../session.js';
import { policeUkCommand } from './policeUk.js';

function summaryText(results: CrimeImportSummary[]): string {
  return results
    .map((r) =>
      r.dryRun
        ? `${r.fileName}: would load ${r.counts.toLocaleString('en-GB')} monthly counts (${r.rowsRead} rows, ${r.vintage} names, ${r.firstMonth} to ${r.lastMonth}); nothing written.`
        : `${r.fileName}: loaded ${r.counts.toLocaleString('en-GB')} monthly counts (${r.added.toLocaleString('en-GB')} new, ${r.revised.toLocaleString('en-GB')} revised) from ${r.rowsRead} rows, ${r.firstMonth} to ${r.lastMonth}.${(r.syntheticRemoved ?? 0) > 0 ? " The demo's synthetic counts were removed: real data is never mixed with them." : ''}`,
    )
    .join('\n');
}

function mpsBoroughCommand(output: Output): Command {
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

function observationsCommand(output: Output): Command {
  return new Command('observations')
    .description('load observations of any measure from a CSV or XLSX file (measure, area, period, value, …)')
    .argument('<file>', 'the .csv or .xlsx file')
    .option('--dry-run', 'check the file and say what would load, without writing anything')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }) => {
      const extension = path.extname(file).toLowerCase();
      if (extension !== '.csv' && extension !== '.xlsx')
        throw new BluelampProblem('invalid-input', `${file} must be a .csv or .xlsx file.`);
      const result = await withContext((ctx) =>
        importObservations(ctx, {
          fileName: path.basename(file),
          format: extension === '.csv' ? 'csv' : 'xlsx',
          content: fs.readFileSync(file),
          dryRun: options.dryRun === true,
        }),
      );
      printListing(output, options.json, result, (r) =>
        r.dryRun
          ? `${r.fileName}: ${r.rows} observations would load; nothing written.`
          : `${r.fileName}: ${r.rows} observations: ${r.added} new, ${r.revised} revised (the old values kept), ${r.unchanged} unchanged.`,
      );
    });
}

function populationCommand(output: Output): Command {
  return new Command('population')
    .description(
      'load populations of boroughs or police forces (CSV: Area, Year, Population, optional Ethnic group) for rates per 1,000 residents',
    )
    .argument('<file>', 'the .csv file')
    .action(async (file: string) => {
      const result = await withContext((ctx) =>
        importPopulation(ctx, { fileName: path.basename(file), content: fs.readFileSync(file) }),
      );
      output.out(`${result.fileName}: ${result.rows} populations loaded.`);
    });
}

function templateCommand(output: Output): Command {
  return new Command('observations-template')
    .description('write a CSV template for observations, with two example rows')
    .argument('<file>', 'the .csv file to write')
    .action(async (file: string) => {
      const template = await withContext((ctx) => Promise.resolve(getObservationTemplate(ctx)));
      fs.writeFileSync(file, `\ufeff${template}`);
      output.out(`Wrote the observations template to ${file}.`);
    });
}

export function importCommand(output: Output): Command {
  return new Command('import')
    .description('load data files')
    .addCommand(policeUkCommand(output))
    .addCommand(mpsBoroughCommand(output))
    .addCommand(observationsCommand(output))
    .addCommand(populationCommand(output))
    .addCommand(templateCommand(output));
}
