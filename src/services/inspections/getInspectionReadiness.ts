import {
  FIGURE_MOVE_LABELS,
  findingMove,
  GRADE_LABELS,
  isOutstanding,
  READINESS_LABELS,
  readinessOf,
  type ComponentResponse,
  type FigureMove,
  type ReadinessVerdict,
} from '../../domain/inspections/index.js';
import {
  listFindingLinks,
  listFindingMeasures,
  listJudgments,
  listStoredFindings,
  type StoredFinding,
  type StoredJudgment,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { findInspection } from './findingAccess.js';
import { checkedDay } from './findingRules.js';
import { findingSummary, type FindingSummary } from './findingViews.js';
import { linkedMeasures, type LinkedMeasure } from './linkedMeasures.js';
import { linkedMilestones, type LinkedMilestone } from './linkedMilestones.js';

/** Whether a finding's figures moved since the report, beside its action counts; null where it names no measure. */
export interface FindingFigures {
  readonly findingRef: string;
  readonly actions: number;
  readonly openActions: number;
  readonly measures: number;
  readonly figures: FigureMove | null;
  readonly figuresLabel: string;
}

export interface ComponentReadiness extends ComponentResponse {
  readonly key: string;
  readonly name: string;
  readonly pillar: string;
  readonly gradeLabel: string;
  readonly verdict: ReadinessVerdict;
  readonly verdictLabel: string;
  readonly reasons: readonly string[];
  /** The findings still to be answered, each overdue or not. */
  readonly findings: readonly FindingSummary[];
  readonly lateActions: readonly (LinkedMilestone & { readonly findingRef: string })[];
  /** For each finding still open, in the same order: its actions and whether its figures moved. */
  readonly findingFigures: readonly FindingFigures[];
}

export interface InspectionReadiness {
  readonly on: string;
  readonly inspection: { readonly key: string; readonly title: string; readonly publishedOn: string };
  readonly verdict: ReadinessVerdict;
  readonly verdictLabel: string;
  readonly components: readonly ComponentReadiness[];
}

function componentReadiness(
  component: StoredJudgment,
  pillar: string,
  outstanding: readonly StoredFinding[],
  links: readonly LinkedMilestone[],
  measures: readonly LinkedMeasure[],
  on: string,
): ComponentReadiness {
  const findings = outstanding.filter((f) => f.component === component.key).map((f) => findingSummary(f, on));
  const linksOf = (id: number) => links.filter((link) => link.findingId === id);
  const lateActions = findings.flatMap((f) =>
    linksOf(f.id)
      .filter((link) => link.overdue)
      .map((link) => ({ ...link, findingRef: f.ref })),
  );
  const response: ComponentResponse = {
    outstanding: findings.length,
    awaitingDecision: findings.filter((f) => f.state === 'evidence-submitted').length,
    overdueFindings: findings.filter((f) => f.overdue).length,
    overdueActions: lateActions.length,
    withoutAction: findings.filter((f) => linksOf(f.id).length === 0).length,
  };
  const { verdict, reasons } = readinessOf(response);
  return {
    key: component.key,
    name: component.name,
    pillar,
    gradeLabel: GRADE_LABELS[component.grade],
    ...response,
    verdict,
    verdictLabel: READINESS_LABELS[verdict],
    reasons,
    findings,
    lateActions,
    findingFigures: findings.map((f) => figuresOf(f, linksOf(f.id), measures)),
  };
}

function figuresOf(
  finding: FindingSummary,
  links: readonly LinkedMilestone[],
  measures: readonly LinkedMeasure[],
): FindingFigures {
  const named = measures.filter((m) => m.findingId === finding.id);
  const figures = findingMove(named.map((m) => m.move));
  return {
    findingRef: finding.ref,
    actions: links.length,
    openActions: links.filter((link) => !link.closed).length,
    measures: named.length,
    figures,
    figuresLabel: figures === null ? 'No measures named' : FIGURE_MOVE_LABELS[figures],
  };
}

const WORST_FIRST: readonly ReadinessVerdict[] = ['not-ready', 'work-outstanding', 'ready'];

/**
 * "Are we ready for the inspectors to come back?", component by component: what is still open,
 * what is past its date, which actions are late, and which findings nobody is acting on yet.
 */
export async function getInspectionReadiness(
  ctx: ServiceContext,
  input: { inspection: string; on?: string | undefined },
): Promise<InspectionReadiness> {
  authorise(ctx, 'inspections.read');
  const on = checkedDay(ctx, input.on);
  const db = ctx.store.db;
  const model = await loadOrganisationModel(ctx);
  const inspection = await findInspection(db, input.inspection);
  const judgments = await listJudgments(db, inspection.id);
  const outstanding = (await listStoredFindings(db, inspection.id)).filter((f) => isOutstanding(f.kind, f.state));
  const links = await linkedMilestones(
    ctx,
    db,
    model,
    await listFindingLinks(
      db,
      outstanding.map((f) => f.id),
    ),
    on,
  );
  const measures = await linkedMeasures(
    db,
    model,
    await listFindingMeasures(
      db,
      outstanding.map((f) => f.id),
    ),
    inspection.publishedOn,
  );
  const pillarNames = new Map(judgments.filter((j) => j.level === 'pillar').map((j) => [j.key, j.name]));
  const components = judgments
    .filter((j) => j.level === 'component')
    .map((component) =>
      componentReadiness(component, pillarNames.get(component.parentKey ?? '') ?? '', outstanding, links, measures, on),
    );
  const verdict = WORST_FIRST.find((v) => components.some((c) => c.verdict === v)) ?? 'ready';
  return {
    on,
    inspection: { key: inspection.key, title: inspection.title, publishedOn: inspection.publishedOn },
    verdict,
    verdictLabel: READINESS_LABELS[verdict],
    components,
  };
}
