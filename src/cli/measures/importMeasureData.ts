import fs from 'node:fs';
import { Command } from 'commander';
import type { ObservationImportSummary } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { readInputFile, spreadsheetFormatOf } from '../files.js';
import { formatCount, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let getObservationTemplate: typeof services.getObservationTemplate;
let importObservations: typeof services.importObservations;
let importPopulation: typeof services.importPopulation;
async function loadServices(): Promise<void> {
  ({ getObservationTemplate } = await import('../../services/measures/getObservationTemplate.js'));
  ({ importObservations } = await import('../../services/measures/importObservations.js'));
  ({ importPopulation } = await import('../../services/measures/importPopulation.js'));
}

function importText(r: ObservationImportSummary): string {
  const counts = [
    `${r.added} new`,
    `${r.newerVintages} newer than the figures held (shown from now on, the older kept)`,
    `${r.earlierVintages} older than the figures held (kept, not shown)`,
    `${r.revised} revised (the old values kept)`,
    `${r.unchanged} unchanged`,
  ];
  const lines = [
    r.dryRun
      ? `${r.fileName}: ${r.rows} observations would load (${counts.join(', ')}); nothing written.`
      : `${r.fileName}: ${r.rows} observations: ${counts.join(', ')}.`,
  ];
  for (const e of r.earlier) {
    lines.push(
      `Row ${e.row}: ${e.measure}, ${e.area}, ${e.period}${e.breakdown === null ? '' : ` (${e.breakdown})`}: ${formatCount(e.value)} from ${e.source} as at ${e.asAt ?? 'no date'} is older than the ${formatCount(e.newer.value)} held as at ${e.newer.asAt ?? 'no date'}, which still shows.`,
    );
  }
  return lines.join('\n');
}

function observationsCommand(output: Output): Command {
  return new Command('observations')
    .description(
      'load observations of any measure from a CSV or XLSX file (measure, area, period, value, …), kept by source and as-at date',
    )
    .argument('<file>', 'the .csv or .xlsx file')
    .option('--source <name>', "the document or dataset the figures come from (default: each measure's own source)")
    .option('--as-at <date>', 'the date the figures stood, YYYY-MM-DD, for rows without an As at of their own')
    .option('--dry-run', 'check the file and say what would load, without writing anything')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (file: string, options: { source?: string; asAt?: string; dryRun?: boolean; json?: boolean }) => {
      const format = spreadsheetFormatOf(file);
      const result = await withContext((ctx) => {
        const { fileName, content } = readInputFile(file);
        return importObservations(ctx, {
          fileName,
          format,
          content,
          source: options.source,
          asAt: options.asAt,
          dryRun: options.dryRun === true,
        });
      });
      printListing(output, options.json, result, importText);
    });
}

function populationCommand(output: Output): Command {
  return new Command('population')
    .description(
      'load populations of boroughs or police forces (CSV: Area, Year, Population, optional Ethnic group) for rates per 1,000 residents',
    )
    .argument('<file>', 'the .csv file')
    .hook('preAction', loadServices)
    .action(async (file: string) => {
      const result = await withContext((ctx) => importPopulation(ctx, readInputFile(file)));
      output.out(`${result.fileName}: ${result.rows} populations loaded.`);
    });
}

function templateCommand(output: Output): Command {
  return new Command('observations-template')
    .description('write a CSV template for observations, with two example rows')
    .argument('<file>', 'the .csv file to write')
    .hook('preAction', loadServices)
    .action(async (file: string) => {
      const template = await withContext((ctx) => Promise.resolve(getObservationTemplate(ctx)));
      fs.writeFileSync(file, `\ufeff${template}`);
      output.out(`Wrote the observations template to ${file}.`);
    });
}

/** The kinds of `bluelamp import` that load measures' figures: observations and the populations rates divide by. */
export function measureImportCommands(output: Output): Command[] {
  return [observationsCommand(output), populationCommand(output), templateCommand(output)];
}
