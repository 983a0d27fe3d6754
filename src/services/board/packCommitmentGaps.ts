import type { IsoDate } from '../../domain/calendar/index.js';
import type { PackCommitmentGaps } from '../../domain/plans/index.js';
import { listPlanRecords } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { getPlanCoverage } from '../plans/getPlanCoverage.js';

/**
 * The police and crime plan in force at the meeting (the latest version published by then) and
 * its commitments that nothing in any plan names as what it delivers. Undefined when no such plan
 * had been published, so the pack says nothing rather than "no gaps".
 */
export async function packCommitmentGaps(ctx: ServiceContext, date: IsoDate): Promise<PackCommitmentGaps | undefined> {
  const plans = await listPlanRecords(ctx.store.db);
  const inForce = plans
    .filter((plan) => plan.kind === 'police-and-crime-plan' && plan.publishedOn !== null && plan.publishedOn <= date)
    .sort((a, b) => (a.publishedOn ?? '').localeCompare(b.publishedOn ?? '') || a.version - b.version)
    .at(-1);
  if (inForce === undefined) return undefined;
  const coverage = await getPlanCoverage(ctx, { planId: inForce.id });
  return {
    planKey: inForce.key,
    planTitle: inForce.title,
    version: inForce.version,
    total: coverage.nodes.length,
    gaps: coverage.nodes
      .filter((node) => !node.delivered)
      .map((node) => ({
        ref: node.ref,
        title: node.title,
        chapter: node.path[0] ?? null,
        deliverer: node.deliverer,
        chapterLinked: node.coverage === 'through-parent',
      })),
  };
}
