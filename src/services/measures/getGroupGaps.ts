import {
  formatPeriod,
  parsePeriodCode,
  PERIOD_KINDS,
  periodCode,
  periodEnd,
  requirePeriod,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  compareGroups,
  parseBreakdown,
  type GapKind,
  type GroupFigure,
  type GroupGapComparison,
} from '../../domain/measures/groupGaps.js';
import { newestVintage, resolveArea, type MeasureDefinition } from '../../domain/measures/index.js';
import { listObservations, type StoredObservation } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { loadMeasure } from './measureAccess.js';

export interface GroupGapsInput {
  readonly measure: string;
  /** The dimension groups are taken from ("ethnicity"). */
  readonly group: string;
  /** The group every other is compared with; the one with the largest sample when not given. */
  readonly reference?: string | undefined;
  readonly area?: string | undefined;
  /** Default: the latest period with figures for the groups. */
  readonly period?: string | undefined;
  /** An earlier period: says whether each gap narrowed since. */
  readonly against?: string | undefined;
}

interface PeriodLabel {
  readonly code: string;
  readonly label: string;
}

/** Where one period's group figures come from: one source's newest vintage, so every gap compares like with like. */
export interface GroupFigureSource {
  readonly source: string;
  readonly asAt: string | null;
  readonly synthetic: boolean;
}

type GroupRow = GroupGapComparison['groups'][number] & { readonly designEffect: number | null };

export interface GroupGaps {
  readonly measure: { readonly code: string; readonly name: string; readonly unit: string };
  readonly area: { readonly code: string; readonly name: string };
  readonly group: string;
  readonly reference: string;
  /** "given", or "largest-sample" when the reference was chosen as the group with the most answers. */
  readonly referenceChosen: 'given' | 'largest-sample';
  readonly kind: GapKind;
  readonly method: string;
  readonly period: PeriodLabel & GroupFigureSource;
  /** The earlier period; its source is null when it holds no figures by this group. */
  readonly against:
    | (PeriodLabel & { readonly source: string | null; readonly asAt: string | null; readonly synthetic: boolean })
    | null;
  /** Every period with figures by this group for the area, oldest first. */
  readonly periods: readonly PeriodLabel[];
  readonly groups: readonly GroupRow[];
}

const PROPORTION_METHOD =
  'Each value has a 95% Wilson interval on the effective sample (sample size ÷ design effect). A gap is the group less the reference in percentage points, tested with the two-proportion z-test; whether it narrowed is a z-test on the difference between the two periods’ gaps (unpooled standard errors). A narrower gap is the aim.';
const LEVEL_METHOD =
  'These are counts or rates, not survey proportions: each gap is the group less the reference, shown without a proportion test, and whether it narrowed is not tested.';

function label(code: string): PeriodLabel {
  const period = parsePeriodCode(code);
  return { code, label: period === null ? code : formatPeriod(period) };
}

function periodOrder(code: string): string {
  const period = parsePeriodCode(code);
  return period === null ? code : `${periodEnd(period)} ${code}`;
}

/** The current figures of one dimension's groups, by period code. */
function groupFigures(observations: readonly StoredObservation[], areaCode: string, dimension: string) {
  const byPeriod = new Map<string, (StoredObservation & { group: string })[]>();
  for (const o of observations) {
    if (o.areaCode !== areaCode || o.breakdown === null || o.supersededAt !== null) continue;
    const parsed = parseBreakdown(o.breakdown);
    if (parsed === null || parsed.dimension.toLowerCase() !== dimension.toLowerCase()) continue;
    byPeriod.set(o.period, [...(byPeriod.get(o.period) ?? []), { ...o, group: parsed.group }]);
  }
  return byPeriod;
}

/** The measure's own source where it has figures for the period, else the source with most groups (then by name). */
function chooseSource(held: readonly (StoredObservation & { group: string })[], measure: MeasureDefinition) {
  const groupsBySource = new Map<string, Set<string>>();
  for (const o of held) groupsBySource.set(o.source, (groupsBySource.get(o.source) ?? new Set()).add(o.group));
  if (groupsBySource.has(measure.source)) return measure.source;
  return [...groupsBySource.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]?.[0];
}

function figuresFor(held: readonly (StoredObservation & { group: string })[], measure: MeasureDefinition) {
  const source = chooseSource(held, measure);
  const fromSource = held.filter((o) => o.source === source);
  const groups = [...new Set(fromSource.map((o) => o.group))];
  const newest = groups.flatMap((group) => {
    const vintage = newestVintage(fromSource.filter((o) => o.group === group));
    return vintage === undefined ? [] : [vintage];
  });
  const asAt = newestVintage(newest)?.asAt ?? null;
  return {
    source: { source: source ?? measure.source, asAt, synthetic: newest.some((o) => o.synthetic) },
    figures: newest.map((o): GroupFigure => ({
      group: o.group,
      value: o.value,
      numerator: o.numerator,
      denominator: o.denominator,
      sampleSize: o.sampleSize,
      designEffect: o.designEffect,
    })),
  };
}

function pickReference(figures: readonly GroupFigure[], wanted: string | undefined, where: string): GroupFigure {
  if (wanted !== undefined) {
    const found = figures.find((f) => f.group.toLowerCase() === wanted.toLowerCase());
    if (found === undefined)
      throw new BluelampProblem(
        'not-found',
        `There is no figure for the reference group "${wanted}" ${where} (groups held: ${figures.map((f) => f.group).join(', ')}).`,
        'reference',
      );
    return found;
  }
  const size = (f: GroupFigure) => f.sampleSize ?? f.denominator ?? 0;
  const largest = [...figures].sort((a, b) => size(b) - size(a))[0];
  if (largest === undefined) throw new Error('a period with group figures has at least one');
  return largest;
}

/**
 * Each group's value with its interval, its gap to a reference group with the two-proportion
 * test, and, given an earlier period, whether each gap narrowed. Figures are one source's newest
 * vintage per period, and the answer names it.
 */
export async function getGroupGaps(ctx: ServiceContext, input: GroupGapsInput): Promise<GroupGaps> {
  authorise(ctx, 'measures.read');
  const measure = await loadMeasure(ctx.store.db, input.measure);
  const area = resolveArea(await loadOrganisationModel(ctx), input.area ?? 'London', ctx.today());
  const observations = await listObservations(ctx.store.db, { measureCode: measure.code, areaCodes: [area.code] });
  const byPeriod = groupFigures(observations, area.code, input.group);
  const periods = [...byPeriod.keys()].sort((a, b) => periodOrder(a).localeCompare(periodOrder(b)));
  if (periods.length === 0)
    throw new BluelampProblem(
      'not-found',
      `There are no figures of ${measure.name} by ${input.group} for ${area.name}.`,
      'group',
    );
  const code =
    input.period === undefined ? periods.at(-1) : periodCode(requirePeriod(input.period, 'period', PERIOD_KINDS));
  const againstCode =
    input.against === undefined ? undefined : periodCode(requirePeriod(input.against, 'against', PERIOD_KINDS));
  const now = byPeriod.get(code ?? '');
  if (code === undefined || now === undefined)
    throw new BluelampProblem(
      'not-found',
      `There are no figures of ${measure.name} by ${input.group} for ${area.name} in ${code === undefined ? 'any period' : label(code).label} (periods held: ${periods.map((p) => label(p).label).join('; ')}).`,
      'period',
    );
  const current = figuresFor(now, measure);
  const reference = pickReference(current.figures, input.reference, `in ${label(code).label} for ${area.name}`);
  const then = againstCode === undefined ? undefined : byPeriod.get(againstCode);
  const earlier = then === undefined ? undefined : figuresFor(then, measure);
  const kind: GapKind = measure.unit === 'percentage' ? 'proportion' : 'level';
  const comparison = compareGroups({
    kind,
    reference: reference.group,
    // The reference leads the table, the other groups follow in the order they were loaded.
    figures: [reference, ...current.figures.filter((f) => f !== reference)],
    // An earlier period with no group figures still gets each gap's "not tested", with the reason.
    earlier: againstCode === undefined ? undefined : (earlier?.figures ?? []),
  });
  return {
    measure: { code: measure.code, name: measure.name, unit: measure.unit },
    area: { code: area.code, name: area.name },
    group: input.group,
    reference: comparison.reference,
    referenceChosen: input.reference === undefined ? 'largest-sample' : 'given',
    kind,
    method: kind === 'proportion' ? PROPORTION_METHOD : LEVEL_METHOD,
    period: { ...label(code), ...current.source },
    against:
      againstCode === undefined
        ? null
        : { ...label(againstCode), ...(earlier?.source ?? { source: null, asAt: null, synthetic: false }) },
    periods: periods.map(label),
    groups: comparison.groups.map((g) => ({
      ...g,
      designEffect: current.figures.find((f) => f.group === g.group)?.designEffect ?? null,
    })),
  };
}
