import { formatCount, formatDate, formatTenths } from '../shared/format.js';
import type { ResponseOf } from '../shared/apiTypes.js';

export type Resources = ResponseOf<'getResources'>;
export type ResourceFigure = Resources['finance'][number];

const MILLION = 1_000_000;

/** Areas other than the force, named where a figure is shown for them. */
const AREA_NAMES: Readonly<Record<string, string>> = { 'england-and-wales': 'England and Wales' };

/** Money as the board reads it: "£3,331m" for millions, "£297" for small sums; counts and shares as printed. */
export function formatResourceValue(figure: Pick<ResourceFigure, 'unit' | 'value'>): string {
  switch (figure.unit) {
    case 'pounds':
      return figure.value >= MILLION ? `£${formatCount(figure.value / MILLION)}m` : `£${formatCount(figure.value)}`;
    case 'percentage':
      return `${formatTenths(figure.value)}%`;
    default:
      return formatCount(figure.value);
  }
}

/** "Female officers" for the force; "Female officers: England and Wales" for a comparator. */
export function figureLabel(figure: Pick<ResourceFigure, 'name' | 'areaCode'>): string {
  const area = AREA_NAMES[figure.areaCode];
  return area === undefined ? figure.name : `${figure.name}: ${area}`;
}

/** "Met Business Plan 2018-19, as at 30 June 2018". */
export function sourceWords(figure: Pick<ResourceFigure, 'source' | 'asAt'>): string {
  return figure.asAt === null
    ? `${figure.source} (no as-at date given)`
    : `${figure.source}, as at ${formatDate(figure.asAt)}`;
}

/** Headcount or full-time equivalent, read from what the measure counts. */
export function countedAs(figure: Pick<ResourceFigure, 'unitWords'>): string {
  return figure.unitWords === 'full-time equivalents' ? 'Full-time equivalent' : 'Headcount';
}
