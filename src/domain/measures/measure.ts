/**
 * A performance measure as the 2017-21 Police and Crime Plan asks for them: defined once, with
 * the direction that counts as progress and, by default, no numerical target.
 */
export const POLARITIES = [
  'lower-is-better',
  'higher-is-better',
  'increase-in-reporting-wanted',
  'context-only',
] as const;
export type Polarity = (typeof POLARITIES)[number];

export const MEASURE_UNITS = ['count', 'percentage', 'rate-per-1000', 'pounds', 'days', 'number'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

/**
 * What a measure is about. Performance measures judge progress against the plan; finance and
 * workforce measures describe the force's resources, shown beside the milestones but never judged.
 */
export const MEASURE_KINDS = ['performance', 'finance', 'workforce'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const FREQUENCIES = ['monthly', 'quarterly', 'annual', 'rolling-12-months'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const AREA_KINDS = ['force', 'bcu', 'borough'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** A target where one is set; most measures are "direction only", the plan's default. */
export interface MeasureTarget {
  readonly value: number;
  readonly period: string;
  readonly note?: string | undefined;
}

export interface MeasureDefinition {
  /** A short stable code ("crime-total", "victim-satisfaction"). */
  readonly code: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: MeasureUnit;
  readonly polarity: Polarity;
  readonly frequency: Frequency;
  readonly source: string;
  readonly areaKinds: readonly AreaKind[];
  /** Groups it is broken down by ("ethnicity", "age"); empty when none. */
  readonly breakdowns: readonly string[];
  readonly target: MeasureTarget | null;
  /** For crime counts: the taxonomy category whose recorded offences it counts. */
  readonly crimeCategory: string | null;
  /** Plan aims it evidences, by plan key and node ref. */
  readonly aims: readonly { readonly planKey: string; readonly nodeRef: string }[];
  /** The words for one of what it counts ("offences"), for sentences. */
  readonly unitWords: string;
  /** Absent means 'performance', so definitions written before kinds existed keep their meaning. */
  readonly kind?: MeasureKind | undefined;
}

/** A measure's kind, reading an absent one as 'performance'. */
export function measureKind(measure: Pick<MeasureDefinition, 'kind'>): MeasureKind {
  return measure.kind ?? 'performance';
}

/** One value of a measure for an area and period, with what is needed to judge it. */
export interface Observation {
  readonly measureCode: string;
  readonly areaCode: string;
  /** A period code ("2017-18" is written "FY 2017-18"). */
  readonly period: string;
  /** A breakdown group ("ethnicity: Black"); null for the whole population. */
  readonly breakdown: string | null;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sampleSize: number | null;
  readonly designEffect: number | null;
  readonly status: 'provisional' | 'final';
  /** The document or dataset that published the figure ("Met Business Plan 2018-19"). */
  readonly source: string;
  /** The date the figure stood; a later as-at from the same source is a newer vintage, kept beside the older. */
  readonly asAt: string | null;
  /** True for demo values generated where the documents give none: the screen says so. */
  readonly synthetic: boolean;
}

/**
 * An observation from what makes it: the rest takes the values most published figures have (the
 * whole population, no sample details, final, not synthetic), any of which the caller may give.
 */
export function observationOf(
  fields: Pick<Observation, 'measureCode' | 'areaCode' | 'period' | 'value' | 'source' | 'asAt'> & Partial<Observation>,
): Observation {
  return {
    breakdown: null,
    numerator: null,
    denominator: null,
    sampleSize: null,
    designEffect: null,
    status: 'final',
    synthetic: false,
    ...fields,
  };
}

const CODE = /^[a-z0-9][a-z0-9-]{1,63}$/;

/** Everything wrong with a measure definition, as field and message. */
export function checkMeasure(measure: MeasureDefinition): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!CODE.test(measure.code))
    problems.push({ field: 'code', message: 'must be lower-case letters, digits and hyphens' });
  if (measure.name.trim() === '') problems.push({ field: 'name', message: 'is required' });
  if (!(POLARITIES as readonly string[]).includes(measure.polarity)) {
    problems.push({ field: 'polarity', message: `must be one of ${POLARITIES.join(', ')}` });
  }
  if (!(MEASURE_UNITS as readonly string[]).includes(measure.unit)) {
    problems.push({ field: 'unit', message: `must be one of ${MEASURE_UNITS.join(', ')}` });
  }
  if (measure.kind !== undefined && !(MEASURE_KINDS as readonly string[]).includes(measure.kind)) {
    problems.push({ field: 'kind', message: `must be one of ${MEASURE_KINDS.join(', ')}` });
  }
  if (measure.areaKinds.length === 0) problems.push({ field: 'areaKinds', message: 'needs at least one kind of area' });
  if (measure.crimeCategory !== null && measure.unit !== 'count') {
    problems.push({ field: 'unit', message: 'a crime category measure counts offences' });
  }
  if (measure.target !== null && measure.polarity === 'context-only') {
    problems.push({ field: 'target', message: 'a context-only measure has no target' });
  }
  return problems;
}
