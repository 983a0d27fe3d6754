import fs from 'node:fs';
import { Command, Option } from 'commander';
import { htmlToPdf, renderQuarterlyHtml } from '../../reports/index.js';
import { buildQuarterlyReport } from '../../services/index.js';
import type { Output } from '../output.js';
import { withContext } from '../session.js';

const FORMATS = ['html', 'pdf'] as const;

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
    .addOption(new Option('--format <format>', 'html, or pdf through Chromium').choices(FORMATS).default('html'))
    .requiredOption('--out <file>', 'where to write it')
    .action(async (options: QuarterlyOptions) => {
      const report = await withContext((ctx) => buildQuarterlyReport(ctx, options));
      const html = renderQuarterlyHtml(report);
      const content = options.format === 'pdf' ? await htmlToPdf(html) : Buffer.from(html, 'utf8');
      fs.writeFileSync(options.out, content);
      const { due, carriedForward } = report.totals;
      output.out(
        `Wrote the ${report.quarter.title} progress report of ${report.plan.title} (${due} milestones due, ${carriedForward} carried forward) to ${options.out}.`,
      );
    });
}

/** Reports built from the data: the quarterly progress report. */
export function reportCommand(output: Output): Command {
  return new Command('report').description('reports built from the data').addCommand(quarterlyCommand(output));
}
