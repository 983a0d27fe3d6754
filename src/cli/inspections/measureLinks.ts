import { Command } from 'commander';
import type { LinkedMeasure } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, type Output } from '../output.js';
import { withContext } from '../session.js';

// Loaded just before a command runs, so building the program stays quick.
let linkFindingMeasure: typeof services.linkFindingMeasure;
let unlinkFindingMeasure: typeof services.unlinkFindingMeasure;
async function loadServices(): Promise<void> {
  ({ linkFindingMeasure } = await import('../../services/inspections/linkFindingMeasure.js'));
  ({ unlinkFindingMeasure } = await import('../../services/inspections/unlinkFindingMeasure.js'));
}

/** A finding's measures as `findings show` prints them: each figure with its source and as-at. */
export function measureTable(measures: readonly LinkedMeasure[]): string {
  const rows = measures.map((m) => [
    m.name ?? m.code,
    m.latest === null
      ? `No figures yet (${m.source ?? 'no source'})`
      : `${m.latest.value.toLocaleString('en-GB')}${m.unit === 'percentage' ? '%' : ''} for ${m.latest.periodLabel}${m.latest.synthetic ? ' (synthetic)' : ''}`,
    m.latest?.source ?? '',
    m.latest?.asAt ?? '',
    m.moveLabel,
  ]);
  return formatTable(['Measure', 'Latest', 'Source', 'As at', 'Since the report'], rows);
}

/** `inspections link-measure` and `unlink-measure`: the measures that show whether a finding is fixed. */
export function measureLinkCommands(output: Output): Command[] {
  const link = new Command('link-measure')
    .description('name a measure that shows whether a finding’s problem is fixed, e.g. the vetting backlog')
    .argument('<inspection>', 'the inspection key, e.g. peel-2018-19-met')
    .argument('<ref>', 'the finding ref, e.g. ELB-CoC-1')
    .argument('<measure>', 'the measure code, e.g. vetting-backlog')
    .hook('preAction', loadServices)
    .action(async (inspection: string, ref: string, measure: string) => {
      await withContext((ctx) => linkFindingMeasure(ctx, { inspection, ref, measure }));
      output.out(`${ref} now names the measure ${measure}.`);
    });
  const unlink = new Command('unlink-measure')
    .description('stop a finding naming a measure; the measure and its figures stay')
    .argument('<inspection>')
    .argument('<ref>')
    .argument('<measure>')
    .hook('preAction', loadServices)
    .action(async (inspection: string, ref: string, measure: string) => {
      await withContext((ctx) => unlinkFindingMeasure(ctx, { inspection, ref, measure }));
      output.out(`${ref} no longer names the measure ${measure}.`);
    });
  return [link, unlink];
}
