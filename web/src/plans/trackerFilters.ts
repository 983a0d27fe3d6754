import type { QueryOf } from '../shared/apiTypes.js';

/** The tracker's filters, as they travel in the page's URL so that a view can be shared, named as the API's. */
export const FILTER_KEYS = [
  'due',
  'dueBy',
  'reporting',
  'overdueOn',
  'status',
  'lead',
  'bcu',
  'programme',
  'slipped',
  'flagged',
  'text',
  'sort',
  'order',
] as const satisfies readonly (keyof QueryOf<'listMilestones'>)[];

export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function filtersFrom(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') filters[key] = value;
  }
  return filters;
}

/** Every quarter from the plan's first year to three years after its last, as "2018-19 Q1". */
export function quartersOf(firstYear: string, lastYear: string): string[] {
  const first = Number(firstYear.slice(0, 4));
  const last = Number(lastYear.slice(0, 4)) + 3;
  const quarters: string[] = [];
  for (let year = first; year <= last; year += 1) {
    const label = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
    for (let q = 1; q <= 4; q += 1) quarters.push(`${label} Q${q}`);
  }
  return quarters;
}
