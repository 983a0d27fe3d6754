import fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { PublishedReport } from '../../domain/publishing/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let getPublishedFile: typeof services.getPublishedFile;
let listPublishedReports: typeof services.listPublishedReports;
let publishBoardPack: typeof services.publishBoardPack;
let publishQuarterlyReport: typeof services.publishQuarterlyReport;
let renderReport: typeof services.renderReport;
async function loadServices(): Promise<void> {
  ({ getPublishedFile } = await import('../../services/publishing/publishedFiles.js'));
  ({ listPublishedReports } = await import('../../services/publishing/reportVersions.js'));
  ({ publishBoardPack } = await import('../../services/publishing/publishBoardPack.js'));
  ({ publishQuarterlyReport } = await import('../../services/publishing/publishQuarterlyReport.js'));
  ({ renderReport } = await import('../../services/publishing/renderReport.js'));
}

function publishCommand(output: Output): Command {
  return new Command('publish')
    .description("publish a plan's quarterly progress report: frozen as a new version; again, a correction with --note")
    .requiredOption('--plan <plan>', 'plan id or key, e.g. met-business-plan-2018-19')
    .requiredOption('--quarter <quarter>', 'the quarter, e.g. 2018-19-Q1')
    .option('--note <note>', 'what a correction changes (needed once a version is published)')
    .option(
      '--expected-version <n>',
      'the version this publishes; once it exists, the same command is refused',
      wholeNumber,
    )
    .hook('preAction', loadServices)
    .action(async (options: { plan: string; quarter: string; note?: string; expectedVersion?: number }) => {
      const version = await withContext((ctx) => publishQuarterlyReport(ctx, options));
      output.out(
        `Published version ${version.version} of ${version.title}, ${version.period}, as ${version.reportKey} (sha256 ${version.sha256.slice(0, 12)}).`,
      );
    });
}

function publishPackCommand(output: Output): Command {
  return new Command('publish-board-pack')
    .description("publish a board meeting's pack: frozen as a new version and public from then on")
    .requiredOption('--meeting <id>', 'the meeting, e.g. 1', wholeNumber)
    .option('--note <note>', 'what a correction changes (needed once a version is published)')
    .option(
      '--expected-version <n>',
      'the version this publishes; once it exists, the same command is refused',
      wholeNumber,
    )
    .hook('preAction', loadServices)
    .action(async (options: { meeting: number; note?: string; expectedVersion?: number }) => {
      const version = await withContext((ctx) => publishBoardPack(ctx, options));
      output.out(
        `Published version ${version.version} of ${version.title}, ${version.period}, as ${version.reportKey}.`,
      );
    });
}

function versionsText(reports: readonly PublishedReport[]): string {
  if (reports.length === 0) return 'No report has been published yet.';
  const rows = reports.flatMap((report) =>
    report.versions.map((v) => [v.reportKey, String(v.version), v.period, v.publishedAt.slice(0, 10), v.note ?? '']),
  );
  return formatTable(['Report', 'Version', 'Period', 'Published', 'Correction note'], rows);
}

function versionsCommand(output: Output): Command {
  return new Command('versions')
    .description('published reports and every version of each, newest first')
    .option('--report <key>', 'one report, e.g. met-business-plan-2018-19-2018-19-q1')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { report?: string; json?: boolean }) => {
      const reports = await withContext((ctx) => listPublishedReports(ctx, options));
      printListing(output, options.json, reports, versionsText);
    });
}

/** Version and meeting numbers: whole numbers from 1. */
function wholeNumber(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InvalidArgumentError('give a whole number such as 1.');
  return Number(value);
}

type ShownFormat = 'html' | 'pdf' | 'docx';

function showCommand(output: Output): Command {
  return new Command('show')
    .description('write out one published version exactly as it was published')
    .requiredOption('--report <key>', 'the report key')
    .requiredOption('--report-version <n>', 'the version number', wholeNumber)
    .addOption(
      new Option('--format <format>', 'html as frozen; pdf or docx as kept since publication')
        .choices(['html', 'pdf', 'docx'])
        .default('html'),
    )
    .requiredOption('--out <file>', 'where to write it')
    .hook('preAction', loadServices)
    .action(async (options: { report: string; reportVersion: number; format: ShownFormat; out: string }) => {
      const { report, reportVersion: version, format, out } = options;
      if (format !== 'html') {
        // The file kept since publication, byte for byte, never a fresh rendering that could differ.
        const kept = await withContext((ctx) => getPublishedFile(ctx, { report, version }, format));
        fs.writeFileSync(out, kept.content);
        output.out(`Wrote version ${version} of ${report} as published (sha256 ${kept.sha256}) to ${out}.`);
        return;
      }
      const published = await withContext((ctx) => renderReport(ctx, { kind: 'published', report, version }, format));
      fs.writeFileSync(out, published.content);
      output.out(`Wrote ${published.description} to ${out}.`);
    });
}

/** Publishing reports and reading back what was published. */
export function reportPublishingCommands(output: Output): Command[] {
  return [publishCommand(output), publishPackCommand(output), versionsCommand(output), showCommand(output)];
}
