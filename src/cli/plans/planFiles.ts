import fs from 'node:fs';
import { Command, Option } from 'commander';
import { BluelampProblem } from '../../domain/errors.js';
import { PLAN_KINDS } from '../../domain/plans/planDocument.js';
import type { PlanKind } from '../../domain/plans/index.js';
import type * as services from '../../services/index.js';
import { readInputFile, spreadsheetFormatOf, writeExport } from '../files.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let exportPlan: typeof services.exportPlan;
let findPlanId: typeof services.findPlanId;
let getPlanTemplate: typeof services.getPlanTemplate;
let importPlanFile: typeof services.importPlanFile;
let publishPlan: typeof services.publishPlan;
async function loadServices(): Promise<void> {
  ({ exportPlan } = await import('../../services/plans/exportPlan.js'));
  ({ findPlanId } = await import('../../services/plans/findPlanId.js'));
  ({ getPlanTemplate } = await import('../../services/plans/getPlanTemplate.js'));
  ({ importPlanFile } = await import('../../services/plans/importPlanFile.js'));
  ({ publishPlan } = await import('../../services/plans/publishPlan.js'));
}

interface ImportOptions {
  key?: string;
  title?: string;
  kind?: PlanKind;
  owner?: string;
  firstYear?: string;
  lastYear?: string;
  summary?: string;
  publish?: boolean;
}

function csvHeader(file: string, options: ImportOptions) {
  const { key, title, kind, owner, firstYear, lastYear, summary } = options;
  if (
    key === undefined ||
    title === undefined ||
    kind === undefined ||
    owner === undefined ||
    firstYear === undefined
  ) {
    throw new BluelampProblem(
      'invalid-input',
      `${file} is a CSV, which holds only the plan's items: give --key, --title, --kind, --owner and --first-year (and --last-year for several years).`,
    );
  }
  return { key, title, kind, owner, firstYear, lastYear: lastYear ?? firstYear, summary };
}

function importCommand(output: Output): Command {
  return new Command('import')
    .description('import a plan from a CSV or XLSX file as a new draft version (all or nothing)')
    .argument('<file>', 'the .csv or .xlsx file')
    .option('--key <key>', "CSV only: the plan's key, e.g. met-business-plan-2019-20")
    .option('--title <title>', 'CSV only: the title')
    .addOption(new Option('--kind <kind>', 'CSV only: the kind of plan').choices(PLAN_KINDS))
    .option('--owner <organisation>', 'CSV only: the organisation that owns the plan')
    .option('--first-year <year>', 'CSV only: the first financial year, e.g. 2019-20')
    .option('--last-year <year>', 'CSV only: the last financial year (default: the first)')
    .option('--summary <text>', 'CSV only: a summary')
    .option('--publish', 'publish the imported version straight away')
    .hook('preAction', loadServices)
    .action(async (file: string, options: ImportOptions) => {
      const format = spreadsheetFormatOf(file);
      const header = format === 'csv' ? csvHeader(file, options) : undefined;
      const { fileName, content } = readInputFile(file);
      const imported = await withContext(async (ctx) => {
        const result = await importPlanFile(ctx, { fileName, format, content, header });
        if (options.publish === true) await publishPlan(ctx, { planId: result.id });
        return result;
      });
      output.out(
        `Imported ${imported.key} version ${imported.version} (id ${imported.id}): ${imported.nodes} nodes, ${imported.milestones} milestones${options.publish === true ? ', published' : ', as a draft'}.`,
      );
    });
}

function exportCommand(output: Output): Command {
  return new Command('export')
    .description('write a plan version to a CSV or XLSX file')
    .argument('<plan>', 'plan id or key')
    .argument('<file>', 'where to write it: a .csv or .xlsx file')
    .hook('preAction', loadServices)
    .action(async (plan: string, file: string) => {
      const result = await withContext(async (ctx) =>
        exportPlan(ctx, { planId: await findPlanId(ctx, plan), format: spreadsheetFormatOf(file) }),
      );
      writeExport(output, file, result.content);
    });
}

function templateCommand(output: Output): Command {
  return new Command('template')
    .description('write an empty plan spreadsheet with example rows to fill in')
    .argument('<file>', 'a .csv or .xlsx file to write')
    .hook('preAction', loadServices)
    .action(async (file: string) => {
      const result = await withContext((ctx) => getPlanTemplate(ctx, { format: spreadsheetFormatOf(file) }));
      fs.writeFileSync(file, result.content);
      output.out(`Wrote the plan template to ${file}.`);
    });
}

export function planFileCommands(output: Output): Command[] {
  return [importCommand(output), exportCommand(output), templateCommand(output)];
}
