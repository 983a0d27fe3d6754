import type { ChangeGap, GroupChange, PriorityPeriod } from './priorityTypes.js';
import { formatPValue, formatRatio, formatSigned, formatTenths } from '../shared/format.js';

/** "+8.0%", "−29.9%", or words when there was nothing to compare with. */
export function formatPercentChange(changePercent: number | null): string {
  return changePercent === null ? 'no earlier count' : `${formatSigned(changePercent, formatTenths)}%`;
}

/** "0.83 (95% interval 0.80 to 0.86, p < 0.001)". */
export function gapFigures(gap: ChangeGap): string {
  const { interval } = gap;
  return `${formatRatio(gap.ratio)} (95% interval ${formatRatio(interval.lower)} to ${formatRatio(
    interval.upper,
  )}, ${formatPValue(gap.pValue)})`;
}

/**
 * How one change compared with another, in words that follow both directions: a borough can
 * "rise less" than London or "fall while London rose". Said only when the test finds the gap
 * significant; otherwise there is no difference to describe.
 */
export function comparedWords(own: number | null, other: number | null, gap: ChangeGap, otherName: string): string {
  if (!gap.significant) return 'No significant difference';
  const mine = own ?? 0;
  const theirs = other ?? 0;
  let words: string;
  if (gap.ratio < 1) {
    if (mine > 0) words = `Rose less than ${otherName}`;
    else if (theirs > 0) words = `Fell while ${otherName} rose`;
    else words = `Fell more than ${otherName}`;
  } else if (mine <= 0) words = `Fell less than ${otherName}`;
  else if (theirs <= 0) words = `Rose while ${otherName} fell`;
  else words = `Rose more than ${otherName}`;
  return `${words} (significant)`;
}

/** The category page's gap test, said plainly: what the ratio is and what it means. */
export function categoryGapWords(gap: ChangeGap, chosen: GroupChange, others: GroupChange): string {
  const compared = comparedWords(chosen.changePercent, others.changePercent, gap, 'the other boroughs');
  const verdict = gap.significant
    ? `The difference is statistically significant: the priority boroughs ${compared
        .replace(' (significant)', '')
        .toLowerCase()}.`
    : 'The difference could be chance: it is not statistically significant.';
  return (
    `The change in the priority boroughs divided by the change in the others is ${gapFigures(gap)}. ` +
    `A ratio of 1 would mean both groups changed alike. ${verdict}`
  );
}

/** The financial year a date falls in: 1 April 2018 to 31 March 2019 is "2018-19". */
export function financialYearOn(date: Date): string {
  const start = date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** A page path that keeps the chosen period, so every view can be shared. */
export function withPeriod(path: string, period: string | undefined): string {
  return period === undefined ? path : `${path}?${new URLSearchParams({ period }).toString()}`;
}

const ORDINAL = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1 → "1st", 22 → "22nd". */
export function ordinal(rank: number): string {
  return `${rank}${SUFFIX[ORDINAL.select(rank)] ?? 'th'}`;
}

/** A share of London as a percentage with one decimal place. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${formatTenths(share * 100)}%`;
}

const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

function monthName(month: { year: number; month: number }): string {
  return SHORT_MONTH.format(new Date(Date.UTC(month.year, month.month - 1, 1)));
}

/** "Apr–Jun 2018" or "Jul 2017 – Jun 2018": short enough for a column heading. */
export function spanWords({ span }: PriorityPeriod): string {
  const { first, last } = span;
  if (first.year === last.year) {
    return first.month === last.month
      ? `${monthName(first)} ${first.year}`
      : `${monthName(first)}–${monthName(last)} ${last.year}`;
  }
  return `${monthName(first)} ${first.year} – ${monthName(last)} ${last.year}`;
}
