import type { NodeDeliverer } from '../../domain/plans/index.js';
import { formatCsv } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { getPlanCoverage, type CoveredNode, type PlanCoverage } from './getPlanCoverage.js';

const DELIVERER_WORDS: Record<NodeDeliverer['kind'], string> = {
  force: 'The force',
  'oversight-body': 'The oversight body itself',
  partner: 'A partner',
};

/** Who the plan says delivers a node, in words: "The oversight body itself (MOPAC)". */
export function delivererText(deliverer: NodeDeliverer | null): string {
  if (deliverer === null) return 'Not stated';
  const words = DELIVERER_WORDS[deliverer.kind];
  return deliverer.name === undefined ? words : `${words} (${deliverer.name})`;
}

function coverageText(node: CoveredNode): string {
  if (node.coverage === 'direct') return 'Delivered';
  if (node.coverage === 'through-parent') return 'Not delivered: its chapter is linked, but nothing names this';
  return 'Not delivered: nothing in any plan';
}

function deliverersText(node: CoveredNode, through: boolean): string {
  return node.deliveredBy
    .filter((deliverer) => (deliverer.through !== null) === through)
    .map((deliverer) => `${deliverer.planTitle}: ${deliverer.ref} ${deliverer.title}`.trim())
    .join('; ');
}

/** The coverage table as rows, header first: one row per commitment, the same facts as the page. */
export function coverageRows(coverage: PlanCoverage): string[][] {
  const header = [
    'Ref',
    coverage.kind.label,
    'Chapter',
    'Who the plan says delivers it',
    'Delivered',
    'Coverage',
    'Delivered by',
    'Linked to its chapter (context only)',
  ];
  const rows = coverage.nodes.map((node) => [
    node.ref,
    node.title,
    node.path.join(' > '),
    delivererText(node.deliverer),
    node.delivered ? 'Yes' : 'No',
    coverageText(node),
    deliverersText(node, false),
    deliverersText(node, true),
  ]);
  return [header, ...rows];
}

/** The coverage of a plan's commitments as a CSV, naming those nothing delivers. */
export async function getPlanCoverageCsv(
  ctx: ServiceContext,
  input: { planId: number; kind?: string | undefined },
): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
  authorise(ctx, 'plans.read');
  const coverage = await getPlanCoverage(ctx, input);
  return {
    fileName: `${coverage.plan.key}-v${coverage.plan.version}-coverage.csv`,
    mediaType: 'text/csv; charset=utf-8',
    // A byte-order mark lets Excel open the CSV as UTF-8, as the plan exports do.
    content: Buffer.from(`\ufeff${formatCsv(coverageRows(coverage))}`, 'utf8'),
  };
}
