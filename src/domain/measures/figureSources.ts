/**
 * A measure can have several figures for the same area and period: the one computed from the
 * loaded crime files and those published in documents (the Business Plan's 827,225 offences for
 * 2017-18 beside the 829,210 the Met's own data file adds up to). Each is a source's figure, and
 * each source may publish again later (a new vintage, with a later as-at date). Nothing here
 * chooses silently: figures are kept per source and vintage, and the rule that puts one first is
 * written down below, in `compareFigureSources`.
 */

/** Where a figure comes from: computed from loaded data, or published (a document or a loaded dataset of figures). */
export type FigureSourceKind = 'data' | 'published';

export interface FigureSource {
  readonly kind: FigureSourceKind;
  /** The document or dataset ("Met Business Plan 2018-19"), or for data the files the counts were loaded from. */
  readonly name: string;
  /** True for the demo's generated values: every surface showing one must say so. */
  readonly synthetic: boolean;
}

/** One vintage of a source's figure: what the source said, as at a date. */
export interface FigureVintage {
  readonly source: string;
  /** The date the figure stood; null where the source did not say, which counts as older than any date. */
  readonly asAt: string | null;
}

const SOURCE_NAME_LIMIT = 200;

/** Everything wrong with a source name, as a message; null when it will do. */
export function checkSourceName(name: string): string | null {
  if (name.trim() === '') return 'must name the document or dataset the figures come from';
  if (name.length > SOURCE_NAME_LIMIT) return `must be at most ${SOURCE_NAME_LIMIT} characters`;
  return null;
}

/**
 * Orders as-at dates, oldest first. An undated figure sorts before every dated one, so a figure
 * whose date nobody knows can never pass for the newer of two.
 */
export function compareAsAt(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The same source and as-at date: a reload of it with other numbers is a revision, not a new vintage. */
export function sameVintage(a: FigureVintage, b: FigureVintage): boolean {
  return a.source === b.source && a.asAt === b.asAt;
}

/** The values that make two loads of one vintage the same figure. */
export interface VintageValues extends FigureVintage {
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sampleSize: number | null;
  readonly designEffect: number | null;
  readonly status: string;
  readonly synthetic: boolean;
}

/** What loading a figure does, given the current figures held for its measure, area, period and breakdown. */
export type VintageOutcome =
  /** Nothing held from this source: it becomes the source's figure. */
  | { readonly kind: 'added' }
  /** A later as-at than every figure held from the source: it is shown from now on, the older ones kept. */
  | { readonly kind: 'newer-vintage'; readonly previous: { readonly asAt: string | null; readonly value: number } }
  /** An older as-at than a figure held from the source: kept as an earlier vintage, the newer one still shown. */
  | { readonly kind: 'earlier-vintage'; readonly newer: { readonly asAt: string | null; readonly value: number } }
  /** The same vintage with other numbers: a correction; the old numbers are kept as superseded. */
  | { readonly kind: 'revised'; readonly previous: { readonly value: number } }
  | { readonly kind: 'unchanged' };

function sameValues(a: VintageValues, b: VintageValues): boolean {
  return (
    a.value === b.value &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    a.sampleSize === b.sampleSize &&
    a.designEffect === b.designEffect &&
    a.status === b.status &&
    a.synthetic === b.synthetic
  );
}

/** The newest of some vintages by as-at date, or undefined when there are none. */
export function newestVintage<T extends FigureVintage>(vintages: readonly T[]): T | undefined {
  return vintages.reduce<T | undefined>(
    (newest, v) => (newest === undefined || compareAsAt(v.asAt, newest.asAt) > 0 ? v : newest),
    undefined,
  );
}

/**
 * Decides what a loaded figure is against the figures held for the same measure, area, period
 * and breakdown (the current ones, every source). Only the same source's figures matter: another
 * source's figure is shown beside it, never replaced by it.
 */
export function classifyVintage(held: readonly VintageValues[], incoming: VintageValues): VintageOutcome {
  const same = held.find((h) => sameVintage(h, incoming));
  if (same !== undefined)
    return sameValues(same, incoming) ? { kind: 'unchanged' } : { kind: 'revised', previous: { value: same.value } };
  const newest = newestVintage(held.filter((h) => h.source === incoming.source));
  if (newest === undefined) return { kind: 'added' };
  const previous = { asAt: newest.asAt, value: newest.value };
  return compareAsAt(incoming.asAt, newest.asAt) > 0
    ? { kind: 'newer-vintage', previous }
    : { kind: 'earlier-vintage', newer: previous };
}

/** One source's figures for the two periods of a comparison. */
export interface SourcedPair {
  readonly source: FigureSource;
  readonly current: { readonly value: number | null; readonly asAt: string | null };
  readonly previous: { readonly value: number | null; readonly asAt: string | null };
}

const bothPeriods = (pair: SourcedPair): boolean => pair.current.value !== null && pair.previous.value !== null;

/**
 * The order sources are shown in; the first that gives both periods is the headline the reports
 * and sentences quote. The rule, in order:
 * 1. a source with figures for both periods, since only a pair from one source measures a change
 *    (a document's figure against the data's would count a difference of definition as a change);
 * 2. a real figure before the demo's generated one;
 * 3. data before a published figure: it is computed from the loaded files for exactly the areas
 *    the measure says, and can be checked against them, while a document's total is a copy;
 * 4. the newer as-at date first, then the source's name, so the order never depends on load order.
 * Every other source is shown beside the headline with its own change, verdict and difference.
 */
export function compareFigureSources(a: SourcedPair, b: SourcedPair): number {
  const rank = (pair: SourcedPair): number[] => [
    bothPeriods(pair) ? 0 : 1,
    pair.source.synthetic ? 1 : 0,
    pair.source.kind === 'data' ? 0 : 1,
  ];
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
  const byDate = compareAsAt(b.current.asAt, a.current.asAt);
  if (byDate !== 0) return byDate;
  return a.source.name.localeCompare(b.source.name);
}

/** The headline pair: the first in the order above, if it gives both periods. */
export function headlineSource<T extends SourcedPair>(pairs: readonly T[]): T | undefined {
  const first = [...pairs].sort(compareFigureSources)[0];
  return first !== undefined && bothPeriods(first) ? first : undefined;
}

/** How far a source's figure is from another's for the same period (this minus that); null where either is missing. */
export function figureDifference(value: number | null, against: number | null): number | null {
  return value === null || against === null ? null : value - against;
}

/** How a source is named wherever its figures are shown: what it is, and whether it is synthetic. */
export function sourceLabel(source: FigureSource): string {
  const kind = source.kind === 'data' ? 'Data' : 'Published';
  return `${kind}: ${source.name}${source.synthetic ? ' (synthetic: generated for the demo)' : ''}`;
}

/** Why the headline source was put first, in the words of the rule in `compareFigureSources`. */
export function headlineReason(ordered: readonly SourcedPair[]): string {
  const [headline, ...others] = ordered;
  if (headline === undefined || !bothPeriods(headline)) return 'No one source gives both periods.';
  if (others.length === 0) return 'The only source of figures for these periods.';
  const comparable = others.filter(bothPeriods);
  if (headline.source.kind === 'data')
    return headline.source.synthetic
      ? "No real source gives both periods: the demo's synthetic counts lead, labelled as such."
      : 'Figures computed from the loaded data come first; each published figure is shown beside them with the difference.';
  if (comparable.some((pair) => pair.source.kind === 'data'))
    return "A real published figure comes before the demo's synthetic counts, which are shown beside it with the difference.";
  if (others.some((pair) => pair.source.kind === 'data'))
    return 'The loaded data do not cover both periods, so a published figure leads.';
  if (comparable.length > 0)
    return 'Of the published figures, the one with the newest as-at date comes first; the others are shown beside it.';
  return 'The only source giving both periods; the others are shown beside it for the period they give.';
}
