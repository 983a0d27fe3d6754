import { Command } from 'commander';
import type { GradeComparison, InspectionReadiness } from '../../services/index.js';
import type * as services from '../../services/index.js';
import { formatTable, printListing, type Output } from '../output.js';
import { withContext } from '../session.js';

// The services this file's commands call load just before one of them runs, so that building
// the program (for --help, --version or another command) stays quick.
let getGradeComparison: typeof services.getGradeComparison;
let getInspectionReadiness: typeof services.getInspectionReadiness;
async function loadServices(): Promise<void> {
  ({ getGradeComparison } = await import('../../services/inspections/getGradeComparison.js'));
  ({ getInspectionReadiness } = await import('../../services/inspections/getInspectionReadiness.js'));
}

/** Each open finding's actions beside whether the figures it names moved since the report. */
function figureRows(readiness: InspectionReadiness): string[][] {
  return readiness.components.flatMap((c) =>
    c.findingFigures.map((f) => [f.findingRef, `${f.openActions} of ${f.actions}`, f.figuresLabel]),
  );
}

function readinessText(readiness: InspectionReadiness): string {
  const rows = readiness.components.map((c) => [
    c.name,
    c.gradeLabel,
    c.verdictLabel,
    String(c.outstanding),
    String(c.overdueFindings),
    String(c.overdueActions),
    c.reasons.join('; '),
  ]);
  return [
    `${readiness.inspection.title}: ${readiness.verdictLabel} for re-inspection on ${readiness.on}`,
    '',
    formatTable(['Component', 'Grade', 'Readiness', 'Open', 'Past due', 'Late actions', 'Why'], rows),
    '',
    formatTable(['Finding', 'Actions open', 'Figures since the report'], figureRows(readiness)),
  ].join('\n');
}

function comparisonText(comparison: GradeComparison): string {
  const headers = ['', ...comparison.forces.map((f) => `${f.name}${f.carriedForward ? ' (carried forward)' : ''}`)];
  const rows = comparison.judgments.map((j) => [
    j.level === 'pillar' ? j.name : `  ${j.name}`,
    ...j.grades.map((g) => g.gradeLabel ?? 'Not known'),
  ]);
  return [`${comparison.inspection.title}: grades beside the most similar group`, '', formatTable(headers, rows)].join(
    '\n',
  );
}

/** The inspection views beyond the report itself: readiness for re-inspection and the peer comparison. */
export function inspectionViewCommands(output: Output): Command[] {
  const readiness = new Command('readiness')
    .description('ready for re-inspection? per component: open findings, past-due findings and late actions')
    .argument('<inspection>', 'the inspection key, e.g. peel-2018-19-met')
    .option('--on <date>', 'the day to judge on (default today)')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (inspection: string, o: { on?: string; json?: boolean }) => {
      const value = await withContext((ctx) => getInspectionReadiness(ctx, { inspection, on: o.on }));
      printListing(output, o.json, value, readinessText);
    });
  const compare = new Command('compare')
    .description("the force's grades beside its most similar group's")
    .argument('<inspection>')
    .option('--json', 'print JSON')
    .hook('preAction', loadServices)
    .action(async (inspection: string, o: { json?: boolean }) => {
      printListing(output, o.json, await withContext((ctx) => getGradeComparison(ctx, { inspection })), comparisonText);
    });
  return [readiness, compare];
}
