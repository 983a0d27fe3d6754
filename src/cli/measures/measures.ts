import { Command } from 'commander';
import type * as services from '../../services/index.js';
import { formatCount, formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';
import { comparisonText } from './comparisonText.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let compareMeasure: typeof services.compareMeasure;
let listMeasureObservations: typeof services.listMeasureObservations;
let listMeasures: typeof services.listMeasures;
async function loadServices(): Promise<void> {
  ({ compareMeasure } = await import('../../services/measures/compareMeasure.js'));
  ({ listMeasureObservations } = await import('../../services/measures/listMeasureObservations.js'));
  ({ listMeasures } = await import('../../services/measures/listMeasures.js'));
}

function compareCommand(output: Output): Command {
  return new Command('compare')
    .description(
      'compare a measure for an area between two periods, every source side by side (the data and each published figure, with as-at dates and differences): values, change, exact test, verdict, sentence',
    )
    .requiredOption('--measure <code>', 'the measure, e.g. crime-total or burglary')
    .requiredOption('--area <area>', 'London, a borough (camden, Camden) or a BCU (CN)')
    .requiredOption('--period <period>', 'e.g. 2015-16, 2015-16 Q1, R12 2016-03, 2016-03')
    .option('--against <period>', 'the period to compare with (default: the same period a year earlier)')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { measure: string; area: string; period: string; against?: string; json?: boolean }) => {
      const result = await withContext((ctx) => compareMeasure(ctx, options));
      printListing(output, options.json, result, comparisonText);
    });
}

function observationsCommand(output: Output): Command {
  return new Command('observations')
    .description(
      'every figure loaded for a measure: each source and as-at date, which one shows, and the corrections kept',
    )
    .requiredOption('--measure <code>', 'the measure, e.g. crime-total')
    .option('--area <area>', 'London, a borough or a BCU (default: every area)')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { measure: string; area?: string; json?: boolean }) => {
      const result = await withContext((ctx) => listMeasureObservations(ctx, options));
      printListing(output, options.json, result, (value) =>
        value.observations.length === 0
          ? `No figures are loaded for ${value.measure.name}.`
          : formatTable(
              ['Area', 'Period', 'Breakdown', 'Value', 'Source', 'As at', 'Standing', 'Loaded from'],
              value.observations.map((o) => [
                o.areaCode,
                o.period,
                o.breakdown ?? '',
                formatCount(o.value),
                o.synthetic ? `${o.source} (synthetic)` : o.source,
                o.asAt ?? 'not stated',
                o.standing,
                o.loadedFrom ?? 'not recorded',
              ]),
            ),
      );
    });
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description('list the measures with their polarity and source')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (options: { json?: boolean }) => {
      const result = await withContext((ctx) => listMeasures(ctx));
      printListing(output, options.json, result, (value) =>
        formatTable(
          ['Code', 'Measure', 'Polarity', 'Unit', 'Source'],
          value.measures.map((m) => [m.code, m.name, m.polarity, m.unit, m.source]),
        ),
      );
    });
}

export function measuresCommand(output: Output): Command {
  return new Command('measures')
    .description('performance measures and honest comparisons')
    .addCommand(listCommand(output))
    .addCommand(compareCommand(output))
    .addCommand(observationsCommand(output));
}
