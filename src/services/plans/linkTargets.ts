import type { LinkType } from '../../domain/plans/index.js';
import type { Executor, PlanLinkRow } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { seesUnpublishedWork } from './planAccess.js';

export interface LinkView {
  readonly type: LinkType;
  readonly planKey: string;
  readonly nodeRef: string;
  /** The target as it reads in the newest version of its plan the caller may see; null if it is not there. */
  readonly target: { readonly planId: number; readonly planTitle: string; readonly nodeTitle: string } | null;
}

/** Resolves links by plan key and node ref against the newest visible version of each target plan. */
export async function resolveLinks(
  ctx: ServiceContext,
  db: Executor,
  links: readonly PlanLinkRow[],
): Promise<Map<number, LinkView>> {
  const keys = [...new Set(links.map((link) => link.target_plan_key))];
  const resolved = new Map<number, LinkView>();
  if (keys.length === 0) return resolved;
  const states = seesUnpublishedWork(ctx) ? ['draft', 'published'] : ['published'];
  const nodes = await db
    .selectFrom('plan_nodes as n')
    .innerJoin('plans as p', 'p.id', 'n.plan_id')
    .select(['p.id as planId', 'p.key', 'p.version', 'p.title as planTitle', 'n.ref', 'n.title as nodeTitle'])
    .where('p.key', 'in', keys)
    .where('p.state', 'in', states)
    .orderBy('p.version', 'desc')
    .execute();
  for (const link of links) {
    const target = nodes.find((node) => node.key === link.target_plan_key && node.ref === link.target_node_ref);
    resolved.set(link.id, {
      type: link.link_type as LinkType,
      planKey: link.target_plan_key,
      nodeRef: link.target_node_ref,
      target:
        target === undefined
          ? null
          : { planId: target.planId, planTitle: target.planTitle, nodeTitle: target.nodeTitle },
    });
  }
  return resolved;
}
