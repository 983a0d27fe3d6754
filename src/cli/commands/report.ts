import fs from 'node:fs';
import { Command, Option } from 'commander';
import type { QuarterlyReport } from '../../domain/publishing/index.js';
import { htmlToPdf, renderQuarterlyDocx, renderQuarterlyHtml } from '../../reports/index.js';
import { buildQuarterlyReport } from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';
import { reportPublishingCommands } from './reportPublishing.js';

const FORMATS = ['html', 'pdf', 'docx'] as const;

interface QuarterlyOptions {
  plan: string;
  quarter: string;
  format: (typeof FORMATS)[number];
  out: string;
}

/** The report in the asked format; only PDF needs Chromium. */
async function renderIn(format: QuarterlyOptions['format'], report: QuarterlyReport): Promise<Buffer> {
  if (format === 'docx') return renderQuarterlyDocx(report);
  const html = renderQuarterlyHtml(report);
  return format === 'pdf' ? htmlToPdf(html) : Buffer.from(html, 'utf8');
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
    .action(async (options: QuarterlyOptions) => {
      const report = await withContext((ctx) => buildQuarterlyReport(ctx, options));
      const content = await renderIn(options.format, report);
      fs.writeFileSync(options.out, content);
      const { due, carriedForward } = report.totals;
      output.out(
        `Wrote the ${report.quarter.title} progress report of ${report.plan.title} (${due} milestones due, ${carriedForward} carried forward) to ${options.out}.`,
      );
    });
}

/** Reports built from the data: the quarterly progress report, and publishing it. */
export function reportCommand(output: Output): Command {
  const command = new Command('report').description('reports built from the data, and the published versions');
  for (const sub of [quarterlyCommand(output), ...reportPublishingCommands(output)]) command.addCommand(sub);
  return command;
}
