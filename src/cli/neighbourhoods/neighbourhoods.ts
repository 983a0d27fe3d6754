import { Command, InvalidArgumentError } from 'commander';
import type { IsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { describeMinimum } from '../../domain/neighbourhoods/compliance.js';
import type {
  AbstractionImportSummary,
  BoroughWards,
  NeighbourhoodCompliance,
  NeighbourhoodMinimumSetting,
  ServiceContext,
  WardPostsImportSummary,
} from '../../services/index.js';
import type * as services from '../../services/index.js';
import { readInputFile } from '../files.js';
import { parseDateOption } from '../options.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let getNeighbourhoodMinimum: typeof services.getNeighbourhoodMinimum;
let importAbstractions: typeof services.importAbstractions;
let importWardPosts: typeof services.importWardPosts;
let listBoroughWards: typeof services.listBoroughWards;
let listNeighbourhoodCompliance: typeof services.listNeighbourhoodCompliance;
let setNeighbourhoodMinimum: typeof services.setNeighbourhoodMinimum;
async function loadServices(): Promise<void> {
  ({ getNeighbourhoodMinimum } = await import('../../services/neighbourhoods/getNeighbourhoodMinimum.js'));
  ({ importAbstractions } = await import('../../services/neighbourhoods/importAbstractions.js'));
  ({ importWardPosts } = await import('../../services/neighbourhoods/importWardPosts.js'));
  ({ listBoroughWards } = await import('../../services/neighbourhoods/listBoroughWards.js'));
  ({ listNeighbourhoodCompliance } = await import('../../services/neighbourhoods/listNeighbourhoodCompliance.js'));
  ({ setNeighbourhoodMinimum } = await import('../../services/neighbourhoods/setNeighbourhoodMinimum.js'));
}

interface Counts {
  wards: number;
  met: number;
  short: number;
  noFigures: number;
  shortfall: { dwo: number; pcso: number };
}

const percent = (part: number, whole: number): string => (whole === 0 ? '' : `${((100 * part) / whole).toFixed(1)}%`);

const countCells = (c: Counts): string[] => [
  String(c.wards),
  String(c.met),
  percent(c.met, c.wards),
  String(c.short),
  String(c.noFigures),
  String(c.shortfall.dwo),
  String(c.shortfall.pcso),
];

const COUNT_HEADERS = ['Wards', 'Meet', 'Share', 'Short', 'No figures', 'DWOs short', 'PCSOs short'];

function generatedNote(synthetic: boolean): string[] {
  return synthetic ? ['', 'Ward names and figures here were generated for the demo; they are not real.'] : [];
}

function complianceText(result: NeighbourhoodCompliance): string {
  const rows = [
    ...result.bcus.map((bcu) => [`${bcu.name} (${bcu.code})`, ...countCells(bcu)]),
    ...(result.outsideBcus === null ? [] : [['Not yet in a BCU', ...countCells(result.outsideBcus)]]),
    ['London', ...countCells(result.london)],
  ];
  const boroughs = result.boroughs.map((b) => [b.name, b.bcu?.code ?? '', ...countCells(b)]);
  return [
    `Wards with at least ${describeMinimum(result.minimum)} in post on ${result.on} (figures as at ${result.asAt.join(', ') || 'no date: none loaded'})`,
    '',
    formatTable(['BCU', ...COUNT_HEADERS], rows),
    '',
    formatTable(['Borough', 'BCU', ...COUNT_HEADERS], boroughs),
    ...generatedNote(result.synthetic),
  ].join('\n');
}

function wardsText(result: BoroughWards): string {
  return [
    `${result.borough.name}: ${result.total.met} of ${result.total.wards} wards meet the minimum on ${result.on}`,
    '',
    formatTable(
      result.table.headers.slice(1, -1),
      result.table.rows.map((row) => row.slice(1, -1)),
    ),
    ...generatedNote(result.synthetic),
  ].join('\n');
}

function complianceCommand(output: Output): Command {
  return new Command('compliance')
    .description('wards meeting the minimum DWOs and PCSOs, by BCU and borough; with --borough, its wards')
    .option('--borough <borough>', 'one borough (code or name): list its wards')
    .option('--on <date>', 'judge the posts in force on this day (YYYY-MM-DD; default today)', parseDateOption)
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { borough?: string; on?: IsoDate; json?: boolean }) => {
      if (options.borough === undefined) {
        const result = await withContext((ctx) => listNeighbourhoodCompliance(ctx, { on: options.on }));
        printListing(output, options.json, result, complianceText);
        return;
      }
      const borough = options.borough;
      const result = await withContext((ctx) => listBoroughWards(ctx, { borough, on: options.on }));
      printListing(output, options.json, result, wardsText);
    });
}

interface ImportSpec<T> {
  readonly name: string;
  readonly what: string;
  readonly load: (ctx: ServiceContext, input: { fileName: string; content: Buffer }) => Promise<T>;
  readonly describe: (result: T) => string;
}

function importCommand<T>(output: Output, spec: ImportSpec<T>): Command {
  return new Command(spec.name)
    .description(`load ${spec.what} from a CSV file; all or nothing, every problem by row and column`)
    .argument('<file>', 'the .csv file')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (file: string, options: { json?: boolean }) => {
      const input = readInputFile(file);
      const result = await withContext((ctx) => spec.load(ctx, input));
      printListing(output, options.json, result, spec.describe);
    });
}

const importPosts: ImportSpec<WardPostsImportSummary> = {
  name: 'import-posts',
  what: 'ward posts (Borough, Ward, Ward code, Role, Establishment, Actual, As at)',
  load: (ctx, input) => importWardPosts(ctx, input),
  describe: (r) =>
    `${r.fileName}: ${r.rows} rows: ${r.added} new, ${r.revised} revised (the old figures kept), ${r.unchanged} unchanged; ${r.wardsCreated.length} new wards created.`,
};

const importAbstractionFile: ImportSpec<AbstractionImportSummary> = {
  name: 'import-abstractions',
  what: 'abstractions (Borough, Ward, Ward code, Role, Date, Hours, Reason, Note)',
  load: (ctx, input) => importAbstractions(ctx, input),
  describe: (r) => `${r.fileName}: ${r.rows} abstractions, ${r.hours} hours, ${r.firstDate} to ${r.lastDate}.`,
};

function parseCount(text: string): number {
  if (!/^\d{1,2}$/.test(text) || Number(text) > 20)
    throw new InvalidArgumentError('must be a whole number of posts from 0 to 20.');
  return Number(text);
}

function minimumText(m: NeighbourhoodMinimumSetting): string {
  const source = m.isDefault
    ? "the plan's promise (nobody has changed it)"
    : `set by ${m.setBy ?? 'unknown'} at ${m.setAt ?? ''}${m.reason === null ? '' : `: ${m.reason}`}`;
  return `Each ward should have at least ${describeMinimum(m)} in post; ${source}.`;
}

function minimumCommand(output: Output): Command {
  return new Command('minimum')
    .description('show the minimum DWOs and PCSOs per ward, or set it with both --dwo and --pcso (audited)')
    .option('--dwo <n>', 'dedicated ward officers per ward', parseCount)
    .option('--pcso <n>', 'PCSOs per ward', parseCount)
    .option('--reason <text>', 'why, for the audit trail')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { dwo?: number; pcso?: number; reason?: string; json?: boolean }) => {
      const { dwo, pcso } = options;
      if ((dwo === undefined) !== (pcso === undefined))
        throw new BluelampProblem(
          'invalid-input',
          'Give both --dwo and --pcso to set the minimum, or neither to show it.',
        );
      const result = await withContext((ctx) =>
        dwo === undefined || pcso === undefined
          ? getNeighbourhoodMinimum(ctx)
          : setNeighbourhoodMinimum(ctx, { dwo, pcso, reason: options.reason }),
      );
      printListing(output, options.json, result, minimumText);
    });
}

export function neighbourhoodsCommand(output: Output): Command {
  return new Command('neighbourhoods')
    .description('dedicated ward officers and PCSOs in every ward: posts, compliance with the minimum, abstractions')
    .addCommand(importCommand(output, importPosts))
    .addCommand(importCommand(output, importAbstractionFile))
    .addCommand(complianceCommand(output))
    .addCommand(minimumCommand(output));
}
