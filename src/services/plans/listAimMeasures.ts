import { BluelampProblem } from '../../domain/errors.js';
import type { MeasureDefinition } from '../../domain/measures/index.js';
import { listMeasureDefinitions, listObservations, type PlanNodeRow } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { compareMeasure } from '../measures/compareMeasure.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { hasYearOnYear, latestFigures, type AimChange, type AimMeasure } from './aimMeasureViews.js';
import { loadVisiblePlan } from './planAccess.js';
import { planSummary, type PlanSummary } from './planViews.js';

export type { AimChange, AimFigure, AimMeasure } from './aimMeasureViews.js';

/** A node of the plan with the measures that evidence it. */
export interface MeasuredNode {
  readonly ref: string;
  readonly title: string;
  readonly text: string | null;
  /** The chapter it sits in (the nearest ancestor of kind "chapter", or its parent); null at the top. */
  readonly chapter: { readonly ref: string; readonly title: string } | null;
  readonly measures: AimMeasure[];
}

export interface PlanAimMeasures {
  readonly plan: PlanSummary;
  /** Every node of kind "aim", in the plan's order, measured or not. */
  readonly aims: MeasuredNode[];
  /** Other nodes measures are linked to (an ambition watched through all recorded crime). */
  readonly otherNodes: MeasuredNode[];
}

function chapterOf(node: PlanNodeRow, byId: ReadonlyMap<number, PlanNodeRow>): MeasuredNode['chapter'] {
  let parent = node.parent_id === null ? undefined : byId.get(node.parent_id);
  const first = parent;
  while (parent !== undefined && parent.kind !== 'chapter')
    parent = parent.parent_id === null ? undefined : byId.get(parent.parent_id);
  const chapter = parent ?? first;
  return chapter === undefined ? null : { ref: chapter.ref, title: chapter.title };
}

/** An area the organisation does not hold (a national comparator such as "england-and-wales"), in words. */
export function areaWords(code: string): string {
  return code
    .split('-')
    .map((word, index) =>
      index > 0 && ['and', 'of', 'the'].includes(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

async function changeFor(
  ctx: ServiceContext,
  measure: MeasureDefinition,
  forceCode: string,
  latest: string,
): Promise<AimChange | null> {
  try {
    const compared = await compareMeasure(ctx, { measure: measure.code, area: forceCode, period: latest });
    return {
      previousPeriod: compared.previous.period,
      previousLabel: compared.previous.label,
      currentValue: compared.current.value,
      previousValue: compared.previous.value,
      source: compared.headline.name,
      synthetic: compared.headline.synthetic,
      judgement: {
        test: compared.judgement.test,
        pValue: compared.judgement.pValue,
        significant: compared.judgement.significant,
        verdict: compared.judgement.verdict,
        verdictLabel: compared.judgement.verdictLabel,
        tone: compared.judgement.tone,
        sentence: compared.judgement.sentence,
      },
    };
  } catch (error) {
    // Two years from different sources (or a gap in one) are not a change: the page shows no verdict.
    if (error instanceof BluelampProblem && error.kind === 'not-found') return null;
    throw error;
  }
}

async function measureView(
  ctx: ServiceContext,
  measure: MeasureDefinition,
  area: { forceCode: string; name: (code: string) => string },
): Promise<AimMeasure> {
  const current = (await listObservations(ctx.store.db, { measureCode: measure.code })).filter(
    (o) => o.supersededAt === null,
  );
  const latest = latestFigures(current, area.name);
  const change =
    latest !== null && hasYearOnYear(current, area.forceCode, latest.period)
      ? await changeFor(ctx, measure, area.forceCode, latest.period)
      : null;
  return {
    code: measure.code,
    name: measure.name,
    definition: measure.definition,
    unit: measure.unit,
    polarity: measure.polarity,
    frequency: measure.frequency,
    expectedSource: measure.source,
    latest,
    change,
  };
}

/**
 * Each aim of a plan with the measures linked to it, each measure's latest figures with their
 * source and as-at date, and its change on a year earlier where one source gives London both
 * years. An aim nothing measures yet is listed with no measures, and a measure with no figures
 * says where they are expected from, so a gap is never shown as "no change".
 */
export async function listAimMeasures(ctx: ServiceContext, input: { planId: number }): Promise<PlanAimMeasures> {
  authorise(ctx, 'plans.read');
  const content = await loadVisiblePlan(ctx, ctx.store.db, input.planId);
  const key = content.plan.key;
  const measures = (await listMeasureDefinitions(ctx.store.db)).filter((m) => m.aims.some((a) => a.planKey === key));
  const model = await loadOrganisationModel(ctx);
  const units = new Map(
    (['force', 'bcu', 'borough'] as const).flatMap((kind) => model.unitsOfKind(kind).map((u) => [u.code, u.name])),
  );
  const forceCode = model.unitsOfKind('force')[0]?.code ?? 'MPS';
  const area = {
    forceCode,
    name: (code: string) => (code === forceCode ? 'London' : (units.get(code) ?? areaWords(code))),
  };
  const views = new Map<string, AimMeasure>();
  for (const measure of measures) views.set(measure.code, await measureView(ctx, measure, area));
  const byId = new Map(content.nodes.map((node) => [node.id, node]));
  const measured = (node: PlanNodeRow): MeasuredNode => ({
    ref: node.ref,
    title: node.title,
    text: node.text,
    chapter: chapterOf(node, byId),
    measures: measures
      .filter((m) => m.aims.some((a) => a.planKey === key && a.nodeRef === node.ref))
      .flatMap((m) => views.get(m.code) ?? []),
  });
  const linked = new Set(measures.flatMap((m) => m.aims.filter((a) => a.planKey === key).map((a) => a.nodeRef)));
  return {
    plan: planSummary(content.plan),
    aims: content.nodes.filter((node) => node.kind === 'aim').map(measured),
    otherNodes: content.nodes.filter((node) => node.kind !== 'aim' && linked.has(node.ref)).map(measured),
  };
}
