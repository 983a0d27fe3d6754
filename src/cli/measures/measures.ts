import { Command } from 'commander';
import {
  formatInteger,
  formatPercentChange,
  formatPValue,
  MINUS_SIGN,
} from '../../domain/measures/statistics/index.js';
import { compareMeasure, listMeasures, type MeasureComparison } from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

function comparisonText(c: MeasureComparison): string {
  const j = c.judgement;
  const number = (value: number): string => (Number.isInteger(value) ? formatInteger(value) : value.toFixed(1));
  const rows = [
    [c.current.label, number(c.current.value), c.current.synthetic ? 'synthetic' : c.current.source],
    [c.previous.label, number(c.previous.value), c.previous.synthetic ? 'synthetic' : c.previous.source],
  ];
  const lines = [
    `${c.measure.name}, ${c.area.name}`,
    '',
    formatTable(['Period', 'Value', 'From'], rows),
    '',
    `Change: ${c.change >= 0 ? '+' : MINUS_SIGN}${number(Math.abs(c.change))}${c.changePercent === null ? '' : ` (${formatPercentChange(c.changePercent)})`}`,
  ];
  if (c.rates !== null) {
    lines.push(
      `Per 1,000 residents: ${c.rates.current.toFixed(1)} in ${c.current.label}, ${c.rates.previous.toFixed(1)} in ${c.previous.label}`,
    );
  }
  if (j.test === 'exact-poisson' && j.interval !== null && j.pValue !== null) {
    lines.push(
      `Exact test of equal rates: ${formatPValue(j.pValue)}; rate ratio ${(j.ratio ?? 0).toFixed(3)}, 95% interval ${j.interval.lower.toFixed(3)} to ${j.interval.upper.toFixed(3)}`,
    );
  }
  lines.push(`Verdict: ${j.verdictLabel ?? 'not judged (no test applies to these figures)'}`, '', j.sentence);
  return lines.join('\n');
}

function compareCommand(output: Output): Command {
  return new Command('compare')
    .description('compare a measure for an area between two periods: values, change, exact test, verdict, sentence')
    .requiredOption('--measure <code>', 'the measure, e.g. crime-total or burglary')
    .requiredOption('--area <area>', 'London, a borough (camden, Camden) or a BCU (CN)')
    .requiredOption('--period <period>', 'e.g. 2015-16, 2015-16 Q1, R12 2016-03, 2016-03')
    .option('--against <period>', 'the period to compare with (default: the same period a year earlier)')
    .option('--json', 'print JSON')
    .action(async (options: { measure: string; area: string; period: string; against?: string; json?: boolean }) => {
      const result = await withContext((ctx) => compareMeasure(ctx, options));
      printListing(output, options.json, result, comparisonText);
    });
}

function listCommand(output: Output): Command {
  return new Command('list')
    .description('list the measures with their polarity and source')
    .option('--json', 'print JSON')
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
    .addCommand(compareCommand(output));
}
