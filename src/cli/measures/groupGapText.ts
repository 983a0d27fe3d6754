import { formatPValue } from '../../domain/measures/statistics/sentences.js';
import type { GroupGaps } from '../../services/measures/getGroupGaps.js';
import { formatCount, formatTable } from '../output.js';

type Row = GroupGaps['groups'][number];

const one = (n: number): string => (Math.round(n * 10) / 10).toFixed(1).replace('-', '−');
const signed = (n: number): string => (n > 0 ? `+${one(n)}` : one(n));

function valueText(result: GroupGaps, row: Row): string {
  return result.kind === 'proportion' ? `${one(row.value)}%` : formatCount(row.value);
}

function sampleText(row: Row): string {
  if (row.sampleSize === null) return 'not loaded';
  const effective = row.effectiveSampleSize;
  return effective === null || effective === row.sampleSize
    ? formatCount(row.sampleSize)
    : `${formatCount(row.sampleSize)} (effective ${formatCount(Math.round(effective))})`;
}

function testText(row: Row, reference: string): string {
  if (row.group === reference) return 'reference';
  const test = row.gap.test;
  if (test === null) return `not tested: ${row.gap.notTested ?? ''}`;
  return `${signed(row.gap.gap)} (${one(test.interval.lower)} to ${one(test.interval.upper)}), ${formatPValue(test.pValue)}`;
}

/** Whether the gap narrowed, in words: never "no change" where nothing was tested. */
export function changeText(row: Row): string {
  const change = row.change;
  if (change === null) return '';
  if (change.outcome === 'not-tested') return `not tested: ${change.notTested ?? ''}`;
  const fromTo = `${signed(change.earlierGap ?? 0)} then, ${signed(row.gap.gap)} now`;
  const words: Record<typeof change.outcome, string> = {
    narrowed: 'narrowed',
    widened: 'widened',
    reversed: 'reversed: the other group is now ahead',
    'no-clear-change': 'no clear change',
  };
  return `${words[change.outcome]} (${fromTo}), ${formatPValue(change.pValue ?? 1)}`;
}

function sourceLine(label: string, s: { source: string | null; asAt: string | null; synthetic: boolean }): string {
  if (s.source === null) return `${label}: no figures by group.`;
  return `${label}: ${s.source}${s.synthetic ? ' (synthetic)' : ''}, as at ${s.asAt ?? 'no date given'}.`;
}

/** Every group with its value, interval and sample, its gap to the reference and, with --against, whether it narrowed. */
export function groupGapText(result: GroupGaps): string {
  const unit = result.kind === 'proportion' ? 'points' : result.measure.unit;
  const headers = ['Group', 'Value', '95% interval', 'Sample', `Gap to ${result.reference} (${unit}), 95% interval, p`];
  if (result.against !== null) headers.push(`Gap since ${result.against.label}`);
  const rows = result.groups.map((row) => {
    const cells = [
      row.group,
      valueText(result, row),
      row.interval === null ? 'none' : `${one(row.interval.lower)} to ${one(row.interval.upper)}`,
      sampleText(row),
      testText(row, result.reference),
    ];
    if (result.against !== null) cells.push(row.group === result.reference ? '' : changeText(row));
    return cells;
  });
  const chosen = result.referenceChosen === 'largest-sample' ? ' (the group with the largest sample)' : '';
  return [
    `${result.measure.name} by ${result.group}, ${result.area.name}, ${result.period.label}`,
    sourceLine('Source', result.period),
    ...(result.against === null ? [] : [sourceLine(`Earlier (${result.against.label})`, result.against)]),
    `Reference group: ${result.reference}${chosen}.`,
    '',
    formatTable(headers, rows),
    '',
    result.method,
  ].join('\n');
}
