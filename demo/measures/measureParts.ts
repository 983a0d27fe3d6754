/**
 * Builders shared by the demo's measure modules, so each module states only its facts: what a
 * measure counts and which aim it evidences, and which figures which document published when.
 */
import {
  observationOf,
  type MeasureDefinition,
  type Observation,
  type Polarity,
} from '../../src/domain/measures/index.js';

export const PCP = 'police-and-crime-plan-2017-21';
export const RECORDED = 'Metropolitan Police Service recorded crime';

/** The plan's aim node as demo/plans/policeAndCrimePlan2017/planParts.ts names it ("vawg-aim-3"). */
export function aimLink(chapter: string, n: number): MeasureDefinition['aims'][number] {
  return { planKey: PCP, nodeRef: `${chapter}-aim-${n}` };
}

export function crimeMeasure(
  code: string,
  name: string,
  definition: string,
  polarity: Polarity,
  crimeCategory: string | null,
  aims: MeasureDefinition['aims'] = [],
): MeasureDefinition {
  return {
    code,
    name,
    definition,
    unit: 'count',
    unitWords: 'offences',
    polarity,
    frequency: 'monthly',
    source: RECORDED,
    areaKinds: ['force', 'bcu', 'borough'],
    breakdowns: [],
    target: null,
    crimeCategory,
    aims,
  };
}

/** A share of people or cases, in per cent, from a survey or a dataset. */
export function shareMeasure(
  fields: Pick<MeasureDefinition, 'code' | 'name' | 'definition' | 'source' | 'aims'> &
    Partial<Pick<MeasureDefinition, 'polarity' | 'frequency' | 'areaKinds' | 'breakdowns' | 'unitWords' | 'kind'>>,
): MeasureDefinition {
  return {
    unit: 'percentage',
    unitWords: 'per cent',
    polarity: 'higher-is-better',
    frequency: 'rolling-12-months',
    areaKinds: ['force', 'borough'],
    breakdowns: [],
    target: null,
    crimeCategory: null,
    ...fields,
  };
}

/** A count that is not a recorded crime category (young people entering the system, reports of a practice). */
export function countMeasure(
  fields: Pick<MeasureDefinition, 'code' | 'name' | 'definition' | 'source' | 'aims' | 'polarity' | 'unitWords'> &
    Partial<Pick<MeasureDefinition, 'frequency' | 'areaKinds' | 'breakdowns'>>,
): MeasureDefinition {
  return {
    unit: 'count',
    frequency: 'annual',
    areaKinds: ['force', 'borough'],
    breakdowns: [],
    target: null,
    crimeCategory: null,
    ...fields,
  };
}

/** A published figure: which document gave it and the date it stood (see the dating rule in demo/measures.ts). */
export function published(
  publication: { source: string; asAt: string },
  figure: { measureCode: string; areaCode?: string; period: string; value: number; breakdown?: string },
): Observation {
  return observationOf({
    measureCode: figure.measureCode,
    areaCode: figure.areaCode ?? 'MPS',
    period: figure.period,
    breakdown: figure.breakdown ?? null,
    value: figure.value,
    source: publication.source,
    asAt: publication.asAt,
  });
}
