import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { CrimeImportSummary, LoadedAreas, MpsFileCheck } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { parseDateOption } from '../options.js';
import { ExitWithCode, formatCount, printJson, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let checkMpsBoroughFile: typeof services.checkMpsBoroughFile;
let importMpsBoroughSeries: typeof services.importMpsBoroughSeries;
async function loadServices(): Promise<void> {
  ({ checkMpsBoroughFile } = await import('../../services/crime-data/checkMpsBoroughFile.js'));
  ({ importMpsBoroughSeries } = await import('../../services/crime-data/importMpsBoroughSeries.js'));
}

interface ImportOptions {
  dryRun?: boolean;
  json?: boolean;
  wardBoundariesFrom?: string;
}

/** "32 boroughs and Heathrow and London City airports", or "12 wards (12 new) in 3 boroughs and …". */
export function describeLoadedAreas(areas: LoadedAreas): string {
  const boroughs = areas.boroughs.length === 1 ? '1 borough' : `${areas.boroughs.length} boroughs`;
  const wards =
    areas.wards === 0
      ? ''
      : `${formatCount(areas.wards)} ward${areas.wards === 1 ? '' : 's'} (${formatCount(areas.wardsCreated)} new) in `;
  const parts = [...(areas.boroughs.length === 0 ? [] : [`${wards}${boroughs}`]), ...areas.others];
  if (parts.length === 0) return 'no areas';
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function span(r: MpsFileCheck | CrimeImportSummary): string {
  const boundaries = r.wardBoundariesFrom === null ? '' : `, wards on the boundaries of ${r.wardBoundariesFrom}`;
  return `${r.firstMonth} to ${r.lastMonth}, ${r.vintage} names${boundaries}`;
}

function checkText(check: MpsFileCheck): string {
  if (check.problems.length === 0) {
    return `${check.fileName}: would load ${formatCount(check.counts)} monthly counts from ${formatCount(check.rowsRead)} rows (${span(check)}) for ${describeLoadedAreas(check.areas)}; nothing written.`;
  }
  const count = check.problems.length === 1 ? '1 problem' : `${formatCount(check.problems.length)} problems`;
  const lines = check.problems.map((p) => {
    const place = [p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column ${p.column}`];
    const where = place.filter((part) => part !== null).join(', ');
    return `  ${where === '' ? '' : `${where}: `}${p.message}`;
  });
  return [`${check.fileName}: would be refused, ${count}:`, ...lines].join('\n');
}

function loadedText(r: CrimeImportSummary): string {
  const synthetic =
    (r.syntheticRemoved ?? 0) > 0
      ? " The demo's synthetic counts were removed: real data is never mixed with them."
      : '';
  return `${r.fileName}: loaded ${formatCount(r.counts)} monthly counts (${formatCount(r.added)} new, ${formatCount(r.revised)} revised) from ${formatCount(r.rowsRead)} rows (${span(r)}) for ${describeLoadedAreas(r.areas)}.${synthetic}`;
}

/** The problems of a check as data: file, row, column, problem. */
function checkJson(check: MpsFileCheck): unknown {
  return {
    ...check,
    problems: check.problems.map((p) => ({ file: p.file, row: p.row, column: p.column, problem: p.message })),
  };
}

async function checkAll(files: readonly string[], options: ImportOptions): Promise<MpsFileCheck[]> {
  const checks: MpsFileCheck[] = [];
  for (const file of files) {
    checks.push(
      await withContext((ctx) =>
        checkMpsBoroughFile(ctx, {
          fileName: path.basename(file),
          content: fs.createReadStream(file),
          wardBoundariesFrom: options.wardBoundariesFrom,
        }),
      ),
    );
  }
  return checks;
}

/**
 * Every file is checked first, and every problem of every file listed; only when none has a
 * problem are they loaded, each in its own transaction.
 */
async function run(output: Output, files: string[], options: ImportOptions): Promise<void> {
  const checks = await checkAll(files, options);
  const refused = checks.filter((check) => check.problems.length > 0);
  if (options.dryRun === true || refused.length > 0) {
    if (options.json === true) printJson(output, checks.map(checkJson));
    else output.out(checks.map(checkText).join('\n'));
    if (refused.length > 0) {
      if (options.dryRun !== true && options.json !== true) output.out('Nothing was loaded.');
      throw new ExitWithCode(1);
    }
    return;
  }
  const results: CrimeImportSummary[] = [];
  for (const file of files) {
    const input = {
      fileName: path.basename(file),
      content: fs.createReadStream(file),
      wardBoundariesFrom: options.wardBoundariesFrom,
    };
    results.push(await withContext((ctx) => importMpsBoroughSeries(ctx, input)));
  }
  if (options.json === true) printJson(output, results);
  else output.out(results.map(loadedText).join('\n'));
}

export function importMpsBoroughCommand(output: Output): Command {
  return new Command('mps-borough')
    .description(
      'load MPS recorded-crime files from the London Datastore (borough or ward level, any vintage of layout and names)',
    )
    .argument('<files...>', 'the CSV files')
    .option('--dry-run', 'check the files and say what would load, listing every problem, without writing anything')
    .option(
      '--ward-boundaries-from <date>',
      "the day a ward file's wards took their boundaries (default: the latest London change before the file's last month)",
      parseDateOption,
    )
    .option('--json', 'print JSON (problems as data: file, row, column, problem)')
    .hook('preAction', loadServices)
    .action((files: string[], options: ImportOptions) => run(output, files, options));
}
