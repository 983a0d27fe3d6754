import { parseDueSpec, parseFinancialYear, type FinancialYear } from '../calendar/index.js';
import {
  DELIVERER_KINDS,
  LINK_TYPES,
  PLAN_KINDS,
  STATUS_CATEGORIES,
  type MilestoneDocument,
  type PlanDocument,
  type PlanLinkDocument,
  type PlanNodeDocument,
} from './planDocument.js';
import { DEFAULT_STATUSES } from './statusScale.js';

/** One thing wrong with a plan document, with the path to it ("nodes[2].milestones[0].due"). */
export interface PlanDocumentProblem {
  readonly path: string;
  readonly message: string;
}

const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.\-_/&]{0,63}$/;
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,99}$/;

interface Checker {
  readonly plan: PlanDocument;
  readonly firstYear: FinancialYear | null;
  readonly knownUnits: ReadonlySet<string> | null;
  readonly refs: Map<string, string>;
  readonly milestoneRefs: Set<string>;
  readonly dependencies: { path: string; ref: string }[];
  readonly problems: PlanDocumentProblem[];
}

function problem(checker: Checker, path: string, message: string): void {
  checker.problems.push({ path, message });
}

function checkText(checker: Checker, path: string, value: string | undefined, max: number, required = true): void {
  if (value === undefined || value.trim() === '') {
    if (required) problem(checker, path, 'is required');
    return;
  }
  if (value.length > max) problem(checker, path, `must be at most ${max.toLocaleString('en-GB')} characters`);
}

function checkRef(checker: Checker, path: string, ref: string): void {
  if (!REF_PATTERN.test(ref)) {
    problem(checker, path, `"${ref}" is not a valid ref (letters, digits and . - _ / &, at most 64 characters)`);
    return;
  }
  const earlier = checker.refs.get(ref);
  if (earlier !== undefined) problem(checker, path, `ref "${ref}" is already used at ${earlier}`);
  else checker.refs.set(ref, path);
}

function checkLinks(checker: Checker, path: string, links: readonly PlanLinkDocument[] | undefined): void {
  links?.forEach((link, index) => {
    const at = `${path}.links[${index}]`;
    if (!(LINK_TYPES as readonly string[]).includes(link.type)) {
      problem(checker, `${at}.type`, `must be one of ${LINK_TYPES.join(', ')}`);
    }
    if (link.planKey === checker.plan.key) problem(checker, `${at}.planKey`, 'must name another plan');
    checkText(checker, `${at}.nodeRef`, link.nodeRef, 64);
  });
}

function checkMilestone(checker: Checker, path: string, milestone: MilestoneDocument): void {
  checkRef(checker, `${path}.ref`, milestone.ref);
  checker.milestoneRefs.add(milestone.ref);
  checkText(checker, `${path}.title`, milestone.title, 200);
  checkText(checker, `${path}.text`, milestone.text, 4000);
  const due = parseDueSpec(
    milestone.due,
    checker.firstYear === null ? {} : { defaultFinancialYear: checker.firstYear },
  );
  if (!due.ok) problem(checker, `${path}.due`, due.error);
  if (milestone.leads.length === 0) problem(checker, `${path}.leads`, 'needs at least one lead unit');
  milestone.leads.forEach((lead, index) => {
    if (checker.knownUnits !== null && !checker.knownUnits.has(lead)) {
      problem(checker, `${path}.leads[${index}]`, `"${lead}" is not the code of an organisational unit`);
    }
  });
  const programme = milestone.programme;
  if (programme !== undefined && !(checker.plan.programmes ?? []).some((p) => p.code === programme)) {
    problem(checker, `${path}.programme`, `"${programme}" is not one of the plan's programmes`);
  }
  checkText(checker, `${path}.quantity`, milestone.quantity, 200, false);
  milestone.dependsOn?.forEach((ref, index) => checker.dependencies.push({ path: `${path}.dependsOn[${index}]`, ref }));
  checkLinks(checker, path, milestone.links);
}

function checkDeliverer(checker: Checker, path: string, node: PlanNodeDocument): void {
  const deliverer = node.deliverer;
  if (deliverer === undefined) return;
  if (!(DELIVERER_KINDS as readonly string[]).includes(deliverer.kind)) {
    problem(checker, `${path}.kind`, `must be one of ${DELIVERER_KINDS.join(', ')}`);
  }
  checkText(checker, `${path}.name`, deliverer.name, 200, deliverer.kind === 'partner');
}

function checkNode(checker: Checker, path: string, node: PlanNodeDocument, depth: number): void {
  checkRef(checker, `${path}.ref`, node.ref);
  if (!checker.plan.nodeKinds.some((kind) => kind.key === node.kind)) {
    problem(checker, `${path}.kind`, `"${node.kind}" is not one of the plan's node kinds`);
  }
  checkText(checker, `${path}.title`, node.title, 300);
  checkText(checker, `${path}.text`, node.text, 8000, false);
  checkText(checker, `${path}.note`, node.note, 500, false);
  checkDeliverer(checker, `${path}.deliverer`, node);
  if (depth > 12) problem(checker, path, 'is nested more than 12 levels deep');
  node.children?.forEach((child, index) => {
    checkNode(checker, `${path}.children[${index}]`, child, depth + 1);
  });
  node.milestones?.forEach((m, index) => {
    checkMilestone(checker, `${path}.milestones[${index}]`, m);
  });
  checkLinks(checker, path, node.links);
}

function checkScale(checker: Checker): void {
  const statuses = checker.plan.statuses ?? DEFAULT_STATUSES;
  if (statuses.length === 0) problem(checker, 'statuses', 'needs at least one status');
  const codes = new Set<string>();
  statuses.forEach((status, index) => {
    if (codes.has(status.code)) problem(checker, `statuses[${index}].code`, `"${status.code}" is used twice`);
    codes.add(status.code);
    checkText(checker, `statuses[${index}].label`, status.label, 60);
    checkText(checker, `statuses[${index}].symbol`, status.symbol, 8);
    if (!(STATUS_CATEGORIES as readonly string[]).includes(status.category)) {
      problem(checker, `statuses[${index}].category`, `must be one of ${STATUS_CATEGORIES.join(', ')}`);
    }
  });
}

function checkHeader(checker: Checker): void {
  const plan = checker.plan;
  if (!KEY_PATTERN.test(plan.key)) problem(checker, 'key', 'must be lower-case letters, digits and hyphens');
  checkText(checker, 'title', plan.title, 300);
  checkText(checker, 'owner', plan.owner, 200);
  if (!(PLAN_KINDS as readonly string[]).includes(plan.kind)) {
    problem(checker, 'kind', `must be one of ${PLAN_KINDS.join(', ')}`);
  }
  const last = parseFinancialYear(plan.lastYear);
  if (checker.firstYear === null) problem(checker, 'firstYear', 'must be a financial year such as 2018-19');
  if (last === null) problem(checker, 'lastYear', 'must be a financial year such as 2018-19');
  if (checker.firstYear !== null && last !== null && last.startYear < checker.firstYear.startYear) {
    problem(checker, 'lastYear', 'must not come before the first year');
  }
  if (plan.nodeKinds.length === 0) problem(checker, 'nodeKinds', 'needs at least one node kind');
  const kinds = new Set(plan.nodeKinds.map((kind) => kind.key));
  if (kinds.size !== plan.nodeKinds.length) problem(checker, 'nodeKinds', 'lists a node kind twice');
  checkScale(checker);
}

/**
 * Everything wrong with a plan document, so an import can report all of it at once. Unit codes
 * are checked only when the caller knows which exist.
 */
export function checkPlanDocument(plan: PlanDocument, knownUnits?: ReadonlySet<string>): PlanDocumentProblem[] {
  const checker: Checker = {
    plan,
    firstYear: parseFinancialYear(plan.firstYear),
    knownUnits: knownUnits ?? null,
    refs: new Map(),
    milestoneRefs: new Set(),
    dependencies: [],
    problems: [],
  };
  checkHeader(checker);
  plan.nodes.forEach((node, index) => {
    checkNode(checker, `nodes[${index}]`, node, 1);
  });
  for (const dependency of checker.dependencies) {
    if (!checker.milestoneRefs.has(dependency.ref)) {
      problem(checker, dependency.path, `"${dependency.ref}" is not a milestone of this plan`);
    }
  }
  const cycle = dependencyCycle(plan);
  if (cycle !== null) problem(checker, 'nodes', `milestones depend on each other in a circle: ${cycle.join(' → ')}`);
  return checker.problems;
}

/** A circle of dependencies ("BP18-01 → BP18-02 → BP18-01"), which no schedule can satisfy; null if none. */
export function dependencyCycle(plan: PlanDocument): string[] | null {
  const dependsOn = new Map(flattenMilestones(plan).map(({ milestone }) => [milestone.ref, milestone.dependsOn ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (ref: string, path: string[]): string[] | null => {
    if (state.get(ref) === 'done') return null;
    if (state.get(ref) === 'visiting') return [...path.slice(path.indexOf(ref)), ref];
    state.set(ref, 'visiting');
    for (const next of dependsOn.get(ref) ?? []) {
      const found = visit(next, [...path, ref]);
      if (found !== null) return found;
    }
    state.set(ref, 'done');
    return null;
  };
  for (const ref of dependsOn.keys()) {
    const found = visit(ref, []);
    if (found !== null) return found;
  }
  return null;
}

/** Every milestone of a plan with the ref path of nodes above it, in document order. */
export function flattenMilestones(plan: PlanDocument): { milestone: MilestoneDocument; nodeRef: string }[] {
  const found: { milestone: MilestoneDocument; nodeRef: string }[] = [];
  const visit = (node: PlanNodeDocument): void => {
    for (const milestone of node.milestones ?? []) found.push({ milestone, nodeRef: node.ref });
    node.children?.forEach(visit);
  };
  plan.nodes.forEach(visit);
  return found;
}
