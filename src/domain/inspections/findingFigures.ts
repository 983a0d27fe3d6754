import { compareDates, parsePeriodCode, periodEnd, type IsoDate } from '../calendar/index.js';
import { compareAsAt } from '../measures/index.js';
import type { Verdict } from '../measures/statistics/index.js';

/**
 * Whether the figures a finding names moved after the report was published: the last figure
 * standing on the publication day against the latest one since, judged by the measure's verdict
 * rules. With nothing on one side there is no comparison, and that is said as "no figures yet",
 * never as "no change".
 */
export const FIGURE_MOVES = ['improved', 'worse', 'no-clear-change', 'no-figures-yet'] as const;
export type FigureMove = (typeof FIGURE_MOVES)[number];

export const FIGURE_MOVE_LABELS: Readonly<Record<FigureMove, string>> = {
  improved: 'Improved',
  worse: 'Worse',
  'no-clear-change': 'No clear change',
  'no-figures-yet': 'No figures yet',
};

/** A published figure of a measure for the force as a whole. */
export interface DatedFigure {
  readonly period: string;
  readonly value: number;
  readonly source: string;
  readonly asAt: string | null;
  readonly synthetic: boolean;
}

/** When a figure stood: the end of its period, or its as-at date where the period is not one we read. */
export function figureDate(figure: DatedFigure): IsoDate | null {
  const period = parsePeriodCode(figure.period);
  return period === null ? figure.asAt : periodEnd(period);
}

function laterFigure(a: DatedFigure, b: DatedFigure): number {
  const byDate = compareDates(figureDate(a) ?? '', figureDate(b) ?? '');
  return byDate !== 0 ? byDate : compareAsAt(a.asAt, b.asAt);
}

/**
 * The figure standing when the report was published (the latest whose period ended by then) and
 * the latest figure after it, if any. A figure with no date to place it by is left out.
 */
export function figuresAroundPublication(
  figures: readonly DatedFigure[],
  publishedOn: IsoDate,
): { readonly before: DatedFigure | null; readonly since: DatedFigure | null; readonly latest: DatedFigure | null } {
  const dated = figures.filter((f) => figureDate(f) !== null).sort(laterFigure);
  const before = dated.filter((f) => compareDates(figureDate(f) ?? '', publishedOn) <= 0).at(-1) ?? null;
  const latest = dated.at(-1) ?? null;
  const since = latest !== null && compareDates(figureDate(latest) ?? '', publishedOn) > 0 ? latest : null;
  return { before, since, latest };
}

/** The move a verdict means; a verdict of null (no test applies) is no clear change, not a trend. */
export function moveOfVerdict(verdict: Verdict | null): FigureMove {
  switch (verdict) {
    case 'significant-improvement':
    case 'significant-increase-in-reporting-wanted':
      return 'improved';
    case 'significant-deterioration':
    case 'significant-decrease-in-reporting':
      return 'worse';
    default:
      return 'no-clear-change';
  }
}

const CAUTIOUS_FIRST: readonly FigureMove[] = ['worse', 'improved', 'no-clear-change', 'no-figures-yet'];

/**
 * A finding's figures taken together: one worse figure outweighs any that improved, because a
 * readiness view should not hide a problem behind a success. Null when no measure is linked.
 */
export function findingMove(moves: readonly FigureMove[]): FigureMove | null {
  return CAUTIOUS_FIRST.find((move) => moves.includes(move)) ?? null;
}
