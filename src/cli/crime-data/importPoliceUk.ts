import { Command } from 'commander';
import type CliProgress from 'cli-progress';
import type { PoliceUkImportSummary, PoliceUkProgress, SliceOutcome } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { ExitWithCode, formatCount, formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let describeSlice: typeof services.describeSlice;
let importPoliceUk: typeof services.importPoliceUk;
let policeUkBytes: typeof services.policeUkBytes;
let cliProgress: typeof CliProgress;
async function loadServices(): Promise<void> {
  ({ describeSlice } = await import('../../services/crime-data/policeUkViews.js'));
  ({ importPoliceUk, policeUkBytes } = await import('../../services/crime-data/importPoliceUk.js'));
  ({ default: cliProgress } = await import('cli-progress'));
}

function slicesTable(slices: readonly SliceOutcome[]): string {
  return formatTable(
    ['Slice', 'Outcome', 'Rows read', 'Loaded', 'Out of area', 'No location', 'Problems'],
    slices.map((s) => [
      describeSlice(s),
      s.outcome,
      formatCount(s.rowsRead),
      formatCount(s.rowsLoaded),
      formatCount(s.outOfArea),
      formatCount(s.noLocation),
      String(s.problems.length),
    ]),
  );
}

function problemLines(slices: readonly SliceOutcome[]): string[] {
  return slices.flatMap((s) =>
    s.problems.map((p) => {
      const place = [p.file, p.row === null ? null : `line ${p.row}`, p.column === null ? null : `column ${p.column}`];
      return `${p.fatal ? 'refused' : 'note'}: ${place.filter((x) => x !== null).join(', ')}: ${p.message}`;
    }),
  );
}

function summaryText(summary: PoliceUkImportSummary): string {
  const head = `${summary.loaded} slices loaded, ${summary.refused} refused, ${summary.skipped} skipped; ${formatCount(summary.rowsRead)} rows read, ${formatCount(summary.rowsLoaded)} loaded.`;
  return [slicesTable(summary.slices), '', ...problemLines(summary.slices), head].join('\n');
}

/** A progress bar on a terminal: bytes through, rows per second and the time left. */
function progressBar(total: number): { update(p: PoliceUkProgress): void; stop(): void } {
  const bar = new cliProgress.SingleBar(
    {
      format: 'police.uk |{bar}| {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted} | {file}',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  // Several files are read at once, so each one's progress is kept and the bar shows their sum.
  const files = new Map<string, { bytes: number; rows: number }>();
  bar.start(Math.max(total, 1), 0, { rows: '0', rate: '0', file: '' });
  return {
    update(p) {
      files.set(p.file, { bytes: p.bytesRead, rows: p.rowsRead });
      let bytes = 0;
      let rows = 0;
      for (const file of files.values()) {
        bytes += file.bytes;
        rows += file.rows;
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const file = p.file.split(/[\\/:]/).pop() ?? p.file;
      bar.update(Math.min(bytes, total), {
        rows: formatCount(rows),
        rate: formatCount(Math.round(rows / seconds)),
        file,
      });
    },
    stop: () => {
      bar.stop();
    },
  };
}

export function importPoliceUkCommand(output: Output): Command {
  return new Command('police-uk')
    .description('load police.uk street, outcomes and stop-and-search CSVs: files, month folders or the archive .zip')
    .argument('<paths...>', 'CSV files, folders of them, or police.uk archive zips')
    .option(
      '--accept-smaller',
      'replace a held slice even with a file of under 80% of its rows (otherwise that file is refused as likely cut short)',
    )
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (paths: string[], options: { json?: boolean; acceptSmaller?: boolean }) => {
      const showBar = options.json !== true && process.stderr.isTTY;
      const bar = showBar ? progressBar(await policeUkBytes(paths)) : null;
      const acceptSmaller = options.acceptSmaller === true;
      const summary = await withContext((ctx) =>
        importPoliceUk(ctx, { paths, acceptSmaller, onProgress: (p) => bar?.update(p) }),
      ).finally(() => bar?.stop());
      printListing(output, options.json, summary, summaryText);
      if (summary.refused > 0) throw new ExitWithCode(1);
    });
}
