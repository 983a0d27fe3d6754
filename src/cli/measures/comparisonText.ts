import {
  formatInteger,
  formatPercentChange,
  formatPValue,
  MINUS_SIGN,
} from '../../domain/measures/statistics/sentences.js';
import { proportionLines } from './proportionText.js';
import type { MeasureComparison } from '../../services/index.js';
import { formatTable } from '../output.js';

type SourceRow = MeasureComparison['sources'][number];
type Figure = SourceRow['current'];

const number = (value: number): string => (Number.isInteger(value) ? formatInteger(value) : value.toFixed(1));

const signedNumber = (value: number): string =>
  `${value > 0 ? '+' : value < 0 ? MINUS_SIGN : ''}${number(Math.abs(value))}`;

function figureText(figure: Figure, percentage: boolean): string {
  if (figure.value !== null) return percentage ? `${figure.value}%` : number(figure.value);
  return figure.missingMonths.length > 0 ? `incomplete (${figure.missingMonths.length} months missing)` : 'none';
}

function asAtText(source: SourceRow): string {
  const dates = [...new Set([source.current.asAt, source.previous.asAt].filter((d) => d !== null))];
  return dates.length === 0 ? 'not stated' : dates.join(', ');
}

/** A count's change with its percentage; a percentage's change in points. */
function changeText(source: Pick<SourceRow, 'change' | 'changePercent'>, percentage: boolean): string {
  if (source.change === null) return '';
  if (percentage) return `${signedNumber(source.change)} points`;
  const percent = source.changePercent === null ? '' : ` (${formatPercentChange(source.changePercent)})`;
  return `${signedNumber(source.change)}${percent}`;
}

function differenceText(source: SourceRow): string {
  const difference = source.differenceFromHeadline;
  if (difference === null) return source.headline ? 'headline' : '';
  const side = (value: number | null) => (value === null ? 'none' : signedNumber(value));
  return `${side(difference.current)}, ${side(difference.previous)}`;
}

function sourcesTable(c: MeasureComparison): string {
  const percentage = c.measure.unit === 'percentage';
  const rows = c.sources.map((s) => [
    s.source.label,
    asAtText(s),
    figureText(s.current, percentage),
    figureText(s.previous, percentage),
    changeText(s, percentage),
    differenceText(s),
    s.judgement?.verdictLabel ?? (s.judgement === null ? 'not compared' : 'not judged'),
  ]);
  return formatTable(
    [
      'Source',
      'As at',
      c.current.label,
      c.previous.label,
      'Change',
      `Difference from headline (${c.current.label}, ${c.previous.label})`,
      'Verdict',
    ],
    rows,
  );
}

/** The files each data figure was summed from, period by period, which the table's short labels leave out. */
function filesText(c: MeasureComparison): string[] {
  const from = (label: string, files: readonly string[]) =>
    `${label} from ${files.length > 0 ? files.join(', ') : 'no file'}`;
  return c.sources
    .filter((s) => s.source.kind === 'data')
    .map(
      (s) =>
        `${s.source.label}: ${from(c.current.label, s.current.files)}; ${from(c.previous.label, s.previous.files)}.`,
    );
}

function headlineTest(c: MeasureComparison): string[] {
  const j = c.judgement;
  const lines = [];
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
  lines.push(...proportionLines(c));
  const untested = j.proportions?.untestedReason ?? 'no test applies to these figures';
  lines.push(`Verdict: ${j.verdictLabel ?? `not judged (${untested})`}`);
  return lines;
}

/**
 * A comparison as a person reads it: every source side by side with its as-at dates, change,
 * difference from the headline and verdict; then the headline source's test and sentence, named,
 * and each other source's own sentence, so no figure is shown without where it comes from.
 */
export function comparisonText(c: MeasureComparison): string {
  const lines = [
    `${c.measure.name}, ${c.area.name}: ${c.current.label} against ${c.previous.label}`,
    '',
    sourcesTable(c),
    '',
    ...filesText(c),
    `Headline: ${c.headline.label}. ${c.headline.reason}`,
    `Change: ${changeText(c, c.measure.unit === 'percentage')}`,
    ...headlineTest(c),
    '',
    c.judgement.sentence,
  ];
  const beside = c.sources.filter((s) => !s.headline && s.judgement !== null);
  for (const s of beside) lines.push(`${s.source.label}: ${s.judgement?.sentence ?? ''}`);
  const partial = c.sources.filter((s) => s.judgement === null);
  for (const s of partial) {
    const gaps = [...s.current.missingMonths, ...s.previous.missingMonths];
    lines.push(
      `${s.source.label}: not compared, ${gaps.length > 0 ? `no counts for ${gaps.join(', ')}` : 'it gives only one of the periods'}.`,
    );
  }
  return lines.join('\n');
}
