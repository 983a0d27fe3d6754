import type { PlanLinkDocument } from '../../../src/domain/plans/planDocument.js';

/** The Police and Crime Plan the business plan's milestones deliver or contribute to. */
const PCP = 'police-and-crime-plan-2017-21';

export function delivers(nodeRef: string): PlanLinkDocument {
  return { type: 'delivers', planKey: PCP, nodeRef };
}

export function contributesTo(nodeRef: string): PlanLinkDocument {
  return { type: 'contributes-to', planKey: PCP, nodeRef };
}
