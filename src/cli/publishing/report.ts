import fs from 'node:fs';
import { Command, Option } from 'commander';
import type * as services from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';
import { reportPublishingCommands } from './reportPublishing.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let renderReport: typeof services.renderReport;
async function loadServices(): Promise<void> {
  ({ renderReport } = await import('../../services/publishing/renderReport.js'));
}

const FORMATS = ['html', 'pdf', 'docx'] as const;

interface QuarterlyOptions {
  plan: string;
  quarter: string;
  format: (typeof FORMATS)[number];
  out: string;
}

function quarterlyCommand(output: Output): Command {
  return new Command('quarterly')
    .description("a plan's quarterly progress report, from its published updates")
    .requiredOption('--plan <plan>', 'plan id or key, e.g. met-business-plan-2018-19')
    .requiredOption('--quarter <quarter>', 'the quarter, e.g. 2018-19-Q1')
    .addOption(
      new Option('--format <format>', 'html, pdf through Chromium, or docx for Word').choices(FORMATS).default('html'),
    )
    .requiredOption('--out <file>', 'where to write it')
    .hook('preAction', loadServices)
    .action(async (options: QuarterlyOptions) => {
      const { plan, quarter, format, out } = options;
      const report = await withContext((ctx) => renderReport(ctx, { kind: 'quarterly', plan, quarter }, format));
      fs.writeFileSync(out, report.content);
      output.out(`Wrote ${report.description} to ${out}.`);
    });
}

/** Reports built from the data: the quarterly progress report, and publishing it. */
export function reportCommand(output: Output): Command {
  const command = new Command('report').description('reports built from the data, and the published versions');
  for (const sub of [quarterlyCommand(output), ...reportPublishingCommands(output)]) command.addCommand(sub);
  return command;
}
