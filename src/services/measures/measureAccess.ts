import {
  formatMonthCode,
  lastDayOfMonth,
  parseMonthCode,
  periodCode,
  periodMonths,
  type Period,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  compareAsAt,
  newestVintage,
  sumOverPeriod,
  type MeasureArea,
  type MeasureDefinition,
} from '../../domain/measures/index.js';
import {
  categoryAndBelow,
  countsAreSynthetic,
  countsFilesFor,
  findMeasureDefinition,
  sumCrimeCounts,
  type CountsFile,
  type Executor,
  type StoredObservation,
} from '../../store/index.js';

/** A measure by its code, or not-found naming the measure field. */
export async function loadMeasure(db: Executor, code: string): Promise<MeasureDefinition> {
  const measure = await findMeasureDefinition(db, code);
  if (measure === undefined) throw new BluelampProblem('not-found', `There is no measure "${code}".`, 'measure');
  return measure;
}

/** Monthly totals of a crime measure for an area (every area its figure holds) over a span of months ("2015-04" → count). */
export async function crimeMonthly(
  db: Executor,
  measure: MeasureDefinition,
  area: MeasureArea,
  span: { first: string; last: string },
): Promise<Map<string, number>> {
  if (measure.crimeCategory === null) return new Map();
  const categoryCodes = await categoryAndBelow(db, measure.crimeCategory);
  return sumCrimeCounts(db, {
    areaCodes: area.countedAreas,
    categoryCodes,
    firstMonth: span.first,
    lastMonth: span.last,
  });
}

/** The loaded crime files a crime measure's counts for an area over a span of months came from. */
export async function crimeFiles(
  db: Executor,
  measure: MeasureDefinition,
  area: MeasureArea,
  span: { first: string; last: string },
): Promise<CountsFile[]> {
  if (measure.crimeCategory === null) return [];
  const categoryCodes = await categoryAndBelow(db, measure.crimeCategory);
  return countsFilesFor(db, {
    areaCodes: area.countedAreas,
    categoryCodes,
    firstMonth: span.first,
    lastMonth: span.last,
  });
}

/**
 * The as-at of counts summed from some files: the last day of the latest month the files' data
 * run to. It is the data's own date, so a file loaded into Bluelamp today still speaks as at the
 * month it was published to, and two loads of the same file give the same as-at.
 */
export function dataAsAt(files: readonly CountsFile[]): string | null {
  const months = files.flatMap((file) => {
    const month = parseMonthCode(file.lastMonth);
    return month === null ? [] : [lastDayOfMonth(month)];
  });
  return months.sort((a, b) => compareAsAt(a, b)).at(-1) ?? null;
}

/** A crime measure's figure computed from the loaded counts for an area and period. */
export interface DataFigure {
  /** Null when the period is not wholly covered: a part-year is never passed off as a year. */
  readonly value: number | null;
  /** Months the period needs that no loaded file covers. */
  readonly missingMonths: readonly string[];
  readonly synthetic: boolean;
  readonly files: readonly CountsFile[];
}

/** The data figure of a crime measure, or null where it counts no category or no counts for the period are loaded. */
export async function dataFigure(
  db: Executor,
  input: { measure: MeasureDefinition; area: MeasureArea; period: Period },
): Promise<DataFigure | null> {
  if (input.measure.crimeCategory === null) return null;
  const { first, last } = periodMonths(input.period);
  const span = { first: formatMonthCode(first), last: formatMonthCode(last) };
  const monthly = await crimeMonthly(db, input.measure, input.area, span);
  if (monthly.size === 0) return null;
  const total = sumOverPeriod(monthly, input.period);
  return {
    value: total.missing.length === 0 ? total.value : null,
    missingMonths: total.missing,
    synthetic: await countsAreSynthetic(db, span),
    files: await crimeFiles(db, input.measure, input.area, span),
  };
}

/** A published source's figure for an area and period: its newest vintage, and how many older ones are kept. */
export interface PublishedFigure {
  readonly source: string;
  readonly value: number;
  readonly asAt: string | null;
  readonly synthetic: boolean;
  readonly loadedFrom: string | null;
  readonly earlierVintages: number;
  /** The survey sample behind a percentage, as published; null where the source gives none. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sampleSize: number | null;
  readonly designEffect: number | null;
}

/** Every source's figure for the whole population of an area in a period, newest vintage of each. */
export function publishedFigures(
  observations: readonly StoredObservation[],
  areaCode: string,
  period: Period,
): PublishedFigure[] {
  const code = periodCode(period);
  const held = observations.filter(
    (o) => o.areaCode === areaCode && o.period === code && o.breakdown === null && o.supersededAt === null,
  );
  const bySource = new Map<string, StoredObservation[]>();
  for (const o of held) bySource.set(o.source, [...(bySource.get(o.source) ?? []), o]);
  return [...bySource.entries()].map(([source, vintages]) => {
    const newest = newestVintage(vintages);
    if (newest === undefined) throw new Error(`no vintage of ${source}`);
    return {
      source,
      value: newest.value,
      asAt: newest.asAt,
      synthetic: newest.synthetic,
      loadedFrom: newest.loadedFrom,
      earlierVintages: vintages.length - 1,
      numerator: newest.numerator,
      denominator: newest.denominator,
      sampleSize: newest.sampleSize,
      designEffect: newest.designEffect,
    };
  });
}
