import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { BluelampProblem } from '../../domain/errors.js';
import type { InspectionFileInput } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { readInputFile, writeExport } from '../files.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let exportInspection: typeof services.exportInspection;
let getInspectionTemplate: typeof services.getInspectionTemplate;
let getInspectionTemplateCsvFiles: typeof services.getInspectionTemplateCsvFiles;
let importInspectionFile: typeof services.importInspectionFile;
async function loadServices(): Promise<void> {
  ({ exportInspection } = await import('../../services/inspections/exportInspection.js'));
  ({ getInspectionTemplate } = await import('../../services/inspections/getInspectionTemplate.js'));
  ({ getInspectionTemplateCsvFiles } = await import('../../services/inspections/getInspectionTemplateCsvFiles.js'));
  ({ importInspectionFile } = await import('../../services/inspections/importInspectionFile.js'));
}

const extensionOf = (file: string): string => path.extname(file).toLowerCase();
const counted = (count: number, thing: string): string => `${count} ${thing}${count === 1 ? '' : 's'}`;

/** One workbook, or the CSV files of one report: never a mixture, which would leave unclear which table wins. */
function inputOf(files: readonly string[]): InspectionFileInput {
  const [first] = files;
  if (files.length === 1 && first !== undefined && extensionOf(first) === '.xlsx') {
    return { format: 'xlsx', ...readInputFile(first) };
  }
  if (files.length > 0 && files.every((file) => extensionOf(file) === '.csv')) {
    return { format: 'csv', files: files.map((file) => readInputFile(file)) };
  }
  throw new BluelampProblem(
    'invalid-input',
    'Give one .xlsx workbook, or the .csv files of one report (inspection, judgments, findings and, if the report has one, most similar group).',
  );
}

function importCommand(output: Output): Command {
  return new Command('import')
    .description('load an inspection report from a workbook or its CSV files (all or nothing)')
    .argument('<files...>', 'one .xlsx file, or several .csv files')
    .hook('preAction', loadServices)
    .action(async (files: string[]) => {
      const input = inputOf(files);
      const loaded = await withContext((ctx) => importInspectionFile(ctx, input));
      output.out(
        `Loaded ${loaded.key} (id ${loaded.id}): ${counted(loaded.pillars, 'pillar')}, ${counted(loaded.components, 'component')}, ${counted(loaded.findings, 'finding')}.`,
      );
    });
}

function templateCommand(output: Output): Command {
  return new Command('template')
    .description('write a made-up example report to fill in: a workbook, or CSV files in a folder')
    .addOption(new Option('--format <format>', 'xlsx or csv').choices(['xlsx', 'csv']).default('xlsx'))
    .requiredOption('--out <path>', 'the .xlsx file to write, or for csv the folder to write the files into')
    .hook('preAction', loadServices)
    .action(async (options: { format: 'xlsx' | 'csv'; out: string }) => {
      if (options.format === 'xlsx') {
        const file = await withContext((ctx) => getInspectionTemplate(ctx, { format: 'xlsx' }));
        fs.writeFileSync(options.out, file.content);
        output.out(`Wrote the inspection template to ${options.out}.`);
        return;
      }
      const files = await withContext((ctx) => Promise.resolve(getInspectionTemplateCsvFiles(ctx)));
      fs.mkdirSync(options.out, { recursive: true });
      for (const file of files) fs.writeFileSync(path.join(options.out, file.fileName), file.content);
      output.out(`Wrote the inspection template to ${options.out}: ${files.map((f) => f.fileName).join(', ')}.`);
    });
}

function exportCommand(output: Output): Command {
  return new Command('export')
    .description('write a loaded inspection report to a workbook')
    .argument('<key>', 'the inspection key, e.g. peel-2018-19-met')
    .requiredOption('--out <file>', 'the .xlsx file to write')
    .hook('preAction', loadServices)
    .action(async (key: string, options: { out: string }) => {
      if (extensionOf(options.out) !== '.xlsx') {
        throw new BluelampProblem('invalid-input', `${options.out} must be an .xlsx file.`, 'out');
      }
      const file = await withContext((ctx) => exportInspection(ctx, { key, format: 'xlsx' }));
      writeExport(output, options.out, file.content);
    });
}

/** The inspection commands that move reports in and out of files. */
export function inspectionFileCommands(output: Output): Command[] {
  return [importCommand(output), templateCommand(output), exportCommand(output)];
}
