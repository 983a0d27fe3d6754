import fs from 'node:fs';
import { Command } from 'commander';
import { getObservationTemplate, importObservations, importPopulation } from '../../services/index.js';
import { readInputFile, spreadsheetFormatOf } from '../files.js';
import { printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

function observationsCommand(output: Output): Command {
  return new Command('observations')
    .description('load observations of any measure from a CSV or XLSX file (measure, area, period, value, …)')
    .argument('<file>', 'the .csv or .xlsx file')
    .option('--dry-run', 'check the file and say what would load, without writing anything')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { dryRun?: boolean; json?: boolean }) => {
      const format = spreadsheetFormatOf(file);
      const result = await withContext((ctx) => {
        const { fileName, content } = readInputFile(file);
        return importObservations(ctx, { fileName, format, content, dryRun: options.dryRun === true });
      });
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
      const result = await withContext((ctx) => importPopulation(ctx, readInputFile(file)));
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

/** The kinds of `bluelamp import` that load measures' figures: observations and the populations rates divide by. */
export function measureImportCommands(output: Output): Command[] {
  return [observationsCommand(output), populationCommand(output), templateCommand(output)];
}
