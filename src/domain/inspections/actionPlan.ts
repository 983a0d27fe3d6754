import { financialYearOfDate, formatFinancialYear, parseFinancialYear } from '../calendar/index.js';
import type { MilestoneDocument, PlanDocument, PlanNodeDocument } from '../plans/index.js';
import type { FindingKind } from './inspectionDocument.js';

/**
 * A force's actions on an inspection are the milestones of one plan, the inspection's action
 * plan: a node per finding that has actions, the actions as its milestones. Being an ordinary
 * plan, it is tracked in the same quarterly cycle as the business plan and appears in the
 * milestone tracker, the quarter's list and the progress report without anything of its own.
 */

const ACTION_PLAN_NODE_KIND = { key: 'finding', label: 'Finding', plural: 'Findings' } as const;

/** The action plan of an inspection is found by its key, which is the inspection's with "-actions". */
export function actionPlanKey(inspectionKey: string): string {
  return `${inspectionKey}-actions`;
}

export interface ActionPlanInspection {
  readonly key: string;
  readonly title: string;
  readonly publishedOn: string;
}

export interface ActionFinding {
  readonly ref: string;
  readonly kind: FindingKind;
  readonly kindLabel: string;
  readonly text: string;
}

export interface NewAction {
  readonly title: string;
  readonly text: string;
  readonly due: string;
  readonly leads: readonly string[];
}

/**
 * The plan before its first action: it covers the publication year and the two after it, and is
 * owned by the force (by name, as plans name their owners).
 */
export function emptyActionPlan(inspection: ActionPlanInspection, owner: string): PlanDocument {
  const first = financialYearOfDate(inspection.publishedOn);
  return {
    key: actionPlanKey(inspection.key),
    title: `Action plan: ${inspection.title}`,
    kind: 'action-plan',
    owner,
    firstYear: formatFinancialYear(first),
    lastYear: formatFinancialYear({ ...first, startYear: first.startYear + 2 }),
    summary: `What the force is doing about the findings of ${inspection.title}, one milestone per action.`,
    nodeKinds: [ACTION_PLAN_NODE_KIND],
    nodes: [],
  };
}

/** The next free action ref under a finding: PVP-REC-1-A1, PVP-REC-1-A2, … */
function nextActionRef(findingRef: string, node: PlanNodeDocument | undefined): string {
  const taken = new Set((node?.milestones ?? []).map((milestone) => milestone.ref));
  let n = 1;
  while (taken.has(`${findingRef}-A${n}`)) n += 1;
  return `${findingRef}-A${n}`;
}

/** The last year the plan must cover so an action due in a later year still fits. */
function coveringLastYear(plan: PlanDocument, dueYear: string | null): string {
  const last = parseFinancialYear(plan.lastYear);
  const due = dueYear === null ? null : parseFinancialYear(dueYear);
  if (last === null || due === null || due.startYear <= last.startYear) return plan.lastYear;
  return formatFinancialYear(due);
}

/**
 * The plan with one more action under its finding's node (added at the end when the finding has
 * none yet), and the new action's ref. `dueYear` is the financial year the action falls due in,
 * when known, so the plan's years stretch to cover it.
 */
export function withAction(
  plan: PlanDocument,
  finding: ActionFinding,
  action: NewAction,
  dueYear: string | null,
): { readonly plan: PlanDocument; readonly ref: string } {
  const existing = plan.nodes.find((node) => node.ref === finding.ref);
  const ref = nextActionRef(finding.ref, existing);
  const milestone: MilestoneDocument = { ref, ...action };
  const node: PlanNodeDocument = existing ?? {
    ref: finding.ref,
    kind: ACTION_PLAN_NODE_KIND.key,
    title: `${finding.kindLabel} ${finding.ref}`,
    text: finding.text,
  };
  const updated = { ...node, milestones: [...(node.milestones ?? []), milestone] };
  const nodes =
    existing === undefined
      ? [...plan.nodes, updated]
      : plan.nodes.map((other) => (other.ref === finding.ref ? updated : other));
  return { plan: { ...plan, nodes, lastYear: coveringLastYear(plan, dueYear) }, ref };
}
