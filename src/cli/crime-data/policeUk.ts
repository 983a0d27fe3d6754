import { Command } from 'commander';
import type * as services from '../../services/index.js';
import { formatCount, formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let compareForces: typeof services.compareForces;
let getStopSearchScrutiny: typeof services.getStopSearchScrutiny;
let listPoliceUkSlices: typeof services.listPoliceUkSlices;
let setForceArea: typeof services.setForceArea;
let setMostSimilarGroup: typeof services.setMostSimilarGroup;
async function loadServices(): Promise<void> {
  ({ compareForces } = await import('../../services/crime-data/compareForces.js'));
  ({ getStopSearchScrutiny } = await import('../../services/crime-data/getStopSearchScrutiny.js'));
  ({ listPoliceUkSlices } = await import('../../services/crime-data/listPoliceUkSlices.js'));
  ({ setForceArea } = await import('../../services/crime-data/setForceArea.js'));
  ({ setMostSimilarGroup } = await import('../../services/crime-data/setMostSimilarGroup.js'));
}

const rate = (n: number | null): string => (n === null ? '–' : n.toFixed(2));

function slicesCommand(output: Output): Command {
  return new Command('slices')
    .description('the load manifest: each slice held, its file, checksum, rows and problems')
    .option('--force <code>', 'one force only, by its police.uk code (metropolitan)')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { force?: string; json?: boolean }) => {
      const slices = await withContext((ctx) => listPoliceUkSlices(ctx, { force: options.force }));
      printListing(output, options.json, { slices }, ({ slices: rows }) =>
        formatTable(
          ['Force', 'Month', 'Layout', 'Rows read', 'Loaded', 'Out of area', 'No location', 'SHA-256', 'File'],
          rows.map((s) => [
            s.force,
            s.month,
            s.layout,
            formatCount(s.rowsRead),
            formatCount(s.rowsLoaded),
            formatCount(s.rowsOutOfArea),
            formatCount(s.rowsNoLocation),
            s.sha256.slice(0, 12),
            s.fileName,
          ]),
        ),
      );
    });
}

function compareCommand(output: Output): Command {
  return new Command('compare')
    .description('a crime category for a force against its most similar group, from the street files')
    .requiredOption('--force <code>', 'the force (metropolitan)')
    .requiredOption('--category <code>', 'a taxonomy category (burglary)')
    .requiredOption('--from <month>', 'first month (2018-04)')
    .requiredOption('--to <month>', 'last month (2019-03)')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { force: string; category: string; from: string; to: string; json?: boolean }) => {
      const result = await withContext((ctx) =>
        compareForces(ctx, {
          force: options.force,
          category: options.category,
          firstMonth: options.from,
          lastMonth: options.to,
        }),
      );
      printListing(output, options.json, result, (r) =>
        [
          formatTable(
            ['Force', 'Crimes', 'Population', 'Per 1,000', 'Months missing'],
            [r.force, ...r.peers].map((f) => [
              f.name,
              formatCount(f.crimes),
              f.population === null ? '–' : formatCount(f.population),
              rate(f.ratePer1000),
              f.monthsMissing.join(' '),
            ]),
          ),
          `Most similar group rate (sum over sum): ${rate(r.groupRatePer1000)} per 1,000.`,
        ].join('\n'),
      );
    });
}

function groupCommand(output: Output): Command {
  return new Command('most-similar-group')
    .description("set a force's most similar group (the forces it is compared with)")
    .argument('<force>', 'the force')
    .argument('[peers...]', 'its peers, by police.uk code')
    .hook('preAction', loadServices)
    .action(async (force: string, peers: string[]) => {
      const result = await withContext((ctx) => setMostSimilarGroup(ctx, { force, peers }));
      output.out(`${result.force} is compared with ${result.peers.join(', ') || 'no other force'}.`);
    });
}

function areaCommand(output: Output): Command {
  return new Command('area')
    .description('set the local authorities a force polices (rows elsewhere count as out of its area)')
    .argument('<force>', 'the force')
    .argument('<authorities...>', 'local authority names as LSOA names give them')
    .hook('preAction', loadServices)
    .action(async (force: string, authorities: string[]) => {
      const result = await withContext((ctx) => setForceArea(ctx, { force, localAuthorities: authorities }));
      output.out(`${result.force} polices ${result.localAuthorities.length} local authorities.`);
    });
}

function stopSearchCommand(output: Output): Command {
  return new Command('stop-search')
    .description('stop and search scrutiny for a force: by month, ethnicity, object and outcome')
    .argument('<force>', 'the force (metropolitan)')
    .option('--from <month>', 'first month (default: 12 months before the last held)')
    .option('--to <month>', 'last month (default: the last held)')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (force: string, options: { from?: string; to?: string; json?: boolean }) => {
      const view = await withContext((ctx) =>
        getStopSearchScrutiny(ctx, { force, firstMonth: options.from, lastMonth: options.to }),
      );
      printListing(output, options.json, view, (v) =>
        [
          `${v.force.name}, ${v.firstMonth} to ${v.lastMonth}`,
          ...v.sentences,
          formatTable(
            ['Officer-defined ethnicity', 'Searches', 'Share', 'Per 1,000', 'Against White'],
            v.officerDefined.map((g) => [
              g.group,
              formatCount(g.searches),
              `${(g.share * 100).toFixed(1)}%`,
              rate(g.ratePer1000),
              g.disproportionality?.ratio == null ? '–' : `${g.disproportionality.ratio.toFixed(2)}×`,
            ]),
          ),
        ].join('\n'),
      );
    });
}

export function policeUkCommand(output: Output): Command {
  return new Command('police-uk')
    .description('police.uk data once loaded: the manifest, force comparisons, stop and search, and their settings')
    .addCommand(slicesCommand(output))
    .addCommand(compareCommand(output))
    .addCommand(stopSearchCommand(output))
    .addCommand(groupCommand(output))
    .addCommand(areaCommand(output));
}
