import { formatPeriod, parsePeriodCode } from '../calendar/index.js';
import { newestVintage } from './figureSources.js';
import { measureKind, type MeasureDefinition, type Observation } from './measure.js';

/** One resource figure as a document published it: what, for where and when, from which document. */
export interface ResourceFigure {
  readonly measureCode: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: MeasureDefinition['unit'];
  readonly unitWords: string;
  readonly areaCode: string;
  readonly period: string;
  /** The period as the documents write it ("2019-20 to 2022-23"). */
  readonly periodLabel: string;
  readonly value: number;
  /** Provisional marks a forecast or projection ("about £64m by 2022-23"). */
  readonly status: Observation['status'];
  readonly source: string;
  readonly asAt: string | null;
  readonly synthetic: boolean;
}

/**
 * A period code, or a span of two ("FY 2019-20 to FY 2022-23": the documents' savings and capital
 * figures cover several years), in the documents' words. Text that is neither is shown as held.
 */
export function resourcePeriodLabel(code: string): string {
  const parts = code.split(' to ');
  const labels = parts.map((part) => {
    const period = parsePeriodCode(part);
    return period === null ? null : formatPeriod(period);
  });
  return labels.some((label) => label === null) || parts.length > 2 ? code : labels.join(' to ');
}

type HeldObservation = Observation & { readonly supersededAt?: string | null };

/**
 * The figures of one resource measure: for each area, period and source the newest vintage of the
 * current (not corrected) whole-population values. Two documents' figures for the same year sit
 * side by side, never one in place of the other.
 */
export function resourceFigures(measure: MeasureDefinition, held: readonly HeldObservation[]): ResourceFigure[] {
  const groups = new Map<string, HeldObservation[]>();
  for (const o of held) {
    if (o.measureCode !== measure.code || o.breakdown !== null || (o.supersededAt ?? null) !== null) continue;
    const key = [o.areaCode, o.period, o.source].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()].flatMap((vintages) => {
    const o = newestVintage(vintages);
    if (o === undefined) return [];
    return [
      {
        measureCode: measure.code,
        name: measure.name,
        definition: measure.definition,
        unit: measure.unit,
        unitWords: measure.unitWords,
        areaCode: o.areaCode,
        period: o.period,
        periodLabel: resourcePeriodLabel(o.period),
        value: o.value,
        status: o.status,
        source: o.source,
        asAt: o.asAt,
        synthetic: o.synthetic,
      },
    ];
  });
}

/** Whether a measure describes resources, and which section it belongs in. */
export function resourceSection(measure: MeasureDefinition): 'finance' | 'workforce' | null {
  const kind = measureKind(measure);
  return kind === 'performance' ? null : kind;
}
