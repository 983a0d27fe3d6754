import { formatMonthCode } from '../../domain/calendar/index.js';
import type { MeasureDefinition } from '../../domain/measures/index.js';
import type { StandingPriority } from '../../domain/priorities/index.js';
import { categoryAndBelow, countsFilesFor, listMeasureDefinitions, listStandingPriorities } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { dataAsAt } from '../measures/measureAccess.js';
import { boroughCounts, type ScorecardPeriods } from './priorityAccess.js';
import { countFigure, type StandingFigure } from './standingFigure.js';
import { measureFigure, measuresOf } from './standingMeasureFigures.js';
import { POLICE_UK_STREET_SOURCE, streetFigure } from './standingStreetFigures.js';

export type { StandingFigure } from './standingFigure.js';

export const MPS_SERIES_SOURCE = 'MPS borough-level crime series';
const SYNTHETIC_SOURCE = 'demo-synthetic';

/**
 * A standing priority on a borough's scorecard: every figure the loaded sources give for it, each
 * with its source, as-at date and verdict, or the reason none is shown; and the same for repeat
 * victimisation. A blank is never left unexplained.
 */
export interface StandingPriorityRow extends StandingPriority {
  readonly figures: readonly StandingFigure[];
  /** Why no figure is shown and where figures are expected from; null when some are shown. */
  readonly noFigures: string | null;
  /** Loaded data that could not be used, and why (police.uk files for only part of the months). */
  readonly notes: readonly string[];
  readonly repeat: StandingFigure | null;
  /** Why no repeat-victimisation figure is shown; null when one is. */
  readonly noRepeat: string | null;
}

interface StandingQuery {
  readonly borough: { readonly code: string; readonly name: string };
  readonly londonCodes: readonly string[];
  readonly periods: ScorecardPeriods;
}

/** The category counted from the MPS borough series (crime counts by borough), where any are loaded. */
async function seriesFigure(
  ctx: ServiceContext,
  item: StandingPriority & { categoryCode: string },
  categoryName: string,
  query: StandingQuery,
): Promise<StandingFigure | null> {
  const db = ctx.store.db;
  const { periods } = query;
  const [current, previous] = await boroughCounts(db, item.categoryCode, [periods.current.span, periods.previous.span]);
  const total = [...current.values(), ...previous.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const files = await countsFilesFor(db, {
    areaCodes: query.londonCodes,
    categoryCodes: await categoryAndBelow(db, item.categoryCode),
    firstMonth: formatMonthCode(periods.previous.span.first),
    lastMonth: formatMonthCode(periods.current.span.last),
  });
  const synthetic = files.some((f) => f.source === SYNTHETIC_SOURCE);
  const names = [...new Set(files.map((f) => f.fileName))];
  return countFigure({
    what: categoryName,
    borough: query.borough,
    londonCodes: query.londonCodes,
    counts: { current, previous },
    periods,
    polarity: item.polarity,
    source: {
      kind: 'data',
      name: synthetic
        ? `${MPS_SERIES_SOURCE} (synthetic: generated for the demo)`
        : `${MPS_SERIES_SOURCE}: ${names.join(', ')}`,
      asAt: dataAsAt(files),
      synthetic,
    },
  });
}

/** Where the figures of a standing priority would come from, for the sentence that says none are loaded. */
function expectedFrom(item: StandingPriority, categoryName: string | null, measures: readonly MeasureDefinition[]) {
  const places: string[] = [];
  if (categoryName !== null)
    places.push(`${POLICE_UK_STREET_SOURCE} or the ${MPS_SERIES_SOURCE} (${categoryName.toLowerCase()})`);
  for (const source of new Set(measures.map((m) => m.source))) places.push(source);
  if (places.length === 0)
    return `No figures are loaded: no crime category or measure is set for ${item.name.toLowerCase()}, so none can be. Set one on the standing priorities page.`;
  return `No figures are loaded for these months: expected from ${places.join('; or ')}.`;
}

async function repeatOf(
  ctx: ServiceContext,
  item: StandingPriority,
  all: readonly MeasureDefinition[],
  query: StandingQuery,
): Promise<Pick<StandingPriorityRow, 'repeat' | 'noRepeat'>> {
  const measure = all.find((m) => m.code === item.repeatMeasureCode);
  if (measure === undefined)
    return {
      repeat: null,
      noRepeat: 'No repeat-victimisation figures are loaded: no measure of repeat victimisation is set for it.',
    };
  const repeat = await measureFigure(ctx, measure, query);
  if (repeat !== null) return { repeat, noRepeat: null };
  return { repeat: null, noRepeat: `No repeat-victimisation figures are loaded: expected from ${measure.source}.` };
}

async function standingRow(
  ctx: ServiceContext,
  item: StandingPriority,
  context: { names: ReadonlyMap<string, string>; measures: readonly MeasureDefinition[]; query: StandingQuery },
): Promise<StandingPriorityRow> {
  const { query } = context;
  const figures: StandingFigure[] = [];
  const notes: string[] = [];
  const categoryName = item.categoryCode === null ? null : (context.names.get(item.categoryCode) ?? item.categoryCode);
  if (item.categoryCode !== null && categoryName !== null) {
    const series = await seriesFigure(ctx, { ...item, categoryCode: item.categoryCode }, categoryName, query);
    if (series !== null) figures.push(series);
    const street = await streetFigure(ctx, {
      ...query,
      categoryCode: item.categoryCode,
      categoryName,
      polarity: item.polarity,
    });
    if (street.figure !== null) figures.push(street.figure);
    if (street.note !== null) notes.push(street.note);
  }
  const measures = measuresOf(context.measures, item);
  for (const measure of measures) {
    const figure = await measureFigure(ctx, measure, query);
    if (figure !== null) figures.push(figure);
  }
  return {
    ...item,
    figures,
    noFigures: figures.length > 0 ? null : expectedFrom(item, categoryName, measures),
    notes,
    ...(await repeatOf(ctx, item, context.measures, query)),
  };
}

/** Anti-social behaviour and the mandatory high-harm crimes, each with every figure the loaded sources give. */
export async function standingRows(
  ctx: ServiceContext,
  names: ReadonlyMap<string, string>,
  query: StandingQuery,
): Promise<StandingPriorityRow[]> {
  const db = ctx.store.db;
  const measures = await listMeasureDefinitions(db);
  const rows: StandingPriorityRow[] = [];
  for (const item of await listStandingPriorities(db))
    rows.push(await standingRow(ctx, item, { names, measures, query }));
  return rows;
}
