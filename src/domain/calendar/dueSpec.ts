import {
  compareDates,
  dateParts,
  firstDayOfMonth,
  formatLongDate,
  formatMonthName,
  lastDayOfMonth,
  makeDate,
  monthNumberFromName,
  parseIsoDate,
  isValidDate,
  type IsoDate,
  type YearMonth,
} from './dates.js';
import {
  compareQuarters,
  formatFinancialYear,
  formatQuarterLong,
  parseFinancialYear,
  parseQuarter,
  quarterEnd,
  quarterOfDate,
  quarterOfMonth,
  quarterStart,
  type FinancialQuarter,
  type FinancialYear,
  type QuarterNumber,
} from './financialYear.js';

/**
 * When a milestone is due, as plans write it. The anchor says which stretch of time is named;
 * the mode says how: due within it ("Quarter 2, 2018-19"), no later than its end
 * ("By Quarter 3, 2018-19"), or starting then and ongoing ("From Quarter 1").
 */
export type DueAnchor =
  | { readonly kind: 'quarter'; readonly quarter: FinancialQuarter }
  | { readonly kind: 'quarters'; readonly from: FinancialQuarter; readonly to: FinancialQuarter }
  | { readonly kind: 'month'; readonly month: YearMonth }
  | { readonly kind: 'date'; readonly date: IsoDate };

export type DueMode = 'in' | 'by' | 'from';

export interface DueSpec {
  readonly mode: DueMode;
  readonly anchor: DueAnchor;
}

export interface DueSpecParseOptions {
  /** The plan's year, used when the text names a quarter without one ("From Quarter 1"). */
  readonly defaultFinancialYear?: FinancialYear;
}

export type DueSpecParseResult =
  { readonly ok: true; readonly dueSpec: DueSpec } | { readonly ok: false; readonly error: string };

const FY_TEXT = String.raw`(\d{4}\s*[-/–]\s*\d{2,4})`;
const QUARTER_NUMBER = String.raw`(?:quarter|q)\s*([1-4])`;
const PREFIX = /^(by|from|in|due)\s+/i;
const SINGLE_QUARTER = new RegExp(String.raw`^${QUARTER_NUMBER}(?:,?\s+${FY_TEXT})?$`, 'i');
const FY_FIRST_QUARTER = new RegExp(String.raw`^${FY_TEXT}\s+q([1-4])$`, 'i');
const QUARTER_SPAN = new RegExp(
  String.raw`^(?:quarters?|q)\s*([1-4])\s*(?:and|to|-|–|&)\s*(?:quarter\s*|q)?([1-4])(?:,?\s+${FY_TEXT})?$`,
  'i',
);
const MONTH_YEAR = /^([a-z]+)\.?\s+(\d{4})$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const SLASHED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads every due form the business plans use, with or without the trailing colon:
 * "Quarter 2, 2018-19:", "By Quarter 3, 2018-19:", "Quarters 2 and 3, 2018-19:", "From Quarter 1",
 * "October 2018", "31 October 2018", "2018-10-31" and "31/10/2018".
 */
export function parseDueSpec(text: string, options: DueSpecParseOptions = {}): DueSpecParseResult {
  const cleaned = text.trim().replace(/:$/, '').trim();
  if (cleaned === '') return { ok: false, error: 'The due date is empty.' };
  const prefix = PREFIX.exec(cleaned);
  const word = prefix?.[1]?.toLowerCase();
  const mode: DueMode = word === 'by' || word === 'from' ? word : 'in';
  const rest = prefix ? cleaned.slice(prefix[0].length).trim() : cleaned;
  const anchor = parseAnchor(rest, options.defaultFinancialYear);
  if (typeof anchor === 'string')
    return { ok: false, error: `"${text.trim()}" is not a due date Bluelamp understands: ${anchor}` };
  if (anchor.kind === 'quarters' && mode !== 'in') {
    return {
      ok: false,
      error: `"${text.trim()}" combines "${word}" with a span of quarters; write one quarter or the span alone.`,
    };
  }
  return { ok: true, dueSpec: { mode, anchor } };
}

function parseAnchor(text: string, defaultFy: FinancialYear | undefined): DueAnchor | string {
  const single = SINGLE_QUARTER.exec(text);
  if (single) {
    const fy = resolveFinancialYear(single[2], defaultFy);
    return typeof fy === 'string' ? fy : { kind: 'quarter', quarter: quarterIn(fy, single[1]) };
  }
  const fyFirst = FY_FIRST_QUARTER.exec(text);
  if (fyFirst) {
    const fy = resolveFinancialYear(fyFirst[1], defaultFy);
    return typeof fy === 'string' ? fy : { kind: 'quarter', quarter: quarterIn(fy, fyFirst[2]) };
  }
  const span = QUARTER_SPAN.exec(text);
  if (span) return spanAnchor(span, defaultFy);
  const crossYear = /^(.+?)\s+to\s+(.+)$/i.exec(text);
  if (crossYear) return crossYearSpan(crossYear[1] ?? '', crossYear[2] ?? '');
  return parseMonthOrDate(text);
}

function spanAnchor(match: RegExpExecArray, defaultFy: FinancialYear | undefined): DueAnchor | string {
  const fy = resolveFinancialYear(match[3], defaultFy);
  if (typeof fy === 'string') return fy;
  const from = quarterIn(fy, match[1]);
  const to = quarterIn(fy, match[2]);
  const order = compareQuarters(from, to);
  if (order > 0) return 'the first quarter of a span must come before the last.';
  return order === 0 ? { kind: 'quarter', quarter: from } : { kind: 'quarters', from, to };
}

function crossYearSpan(fromText: string, toText: string): DueAnchor | string {
  const from = parseQuarter(fromText);
  const to = parseQuarter(toText);
  if (!from || !to) return 'a span of quarters across years is written "Quarter 4, 2018-19 to Quarter 1, 2019-20".';
  if (compareQuarters(from, to) >= 0) return 'the first quarter of a span must come before the last.';
  return { kind: 'quarters', from, to };
}

function parseMonthOrDate(text: string): DueAnchor | string {
  const iso = parseIsoDate(text);
  if (iso) return { kind: 'date', date: iso };
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) {
    const month = monthNumberFromName(monthYear[1] ?? '');
    if (month) return { kind: 'month', month: { year: Number(monthYear[2]), month } };
  }
  const long = DAY_MONTH_YEAR.exec(text);
  if (long) {
    const month = monthNumberFromName(long[2] ?? '');
    return month ? dateAnchor(Number(long[3]), month, Number(long[1])) : `"${long[2]}" is not a month.`;
  }
  const slashed = SLASHED_DATE.exec(text);
  if (slashed) return dateAnchor(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]));
  return 'expected a quarter ("Quarter 2, 2018-19"), a month ("October 2018") or a date ("31 October 2018").';
}

function dateAnchor(year: number, month: number, day: number): DueAnchor | string {
  return isValidDate(year, month, day)
    ? { kind: 'date', date: makeDate(year, month, day) }
    : 'that day does not exist.';
}

function resolveFinancialYear(text: string | undefined, fallback: FinancialYear | undefined): FinancialYear | string {
  if (text === undefined) {
    return fallback ?? 'it names a quarter but no financial year, and the plan gives none.';
  }
  return parseFinancialYear(text) ?? `"${text}" is not a financial year such as 2018-19.`;
}

function quarterIn(financialYear: FinancialYear, quarterText: string | undefined): FinancialQuarter {
  return { financialYear, quarter: Number(quarterText) as QuarterNumber };
}

/** The first and last day the anchor names. */
export function anchorDates(anchor: DueAnchor): { start: IsoDate; end: IsoDate } {
  switch (anchor.kind) {
    case 'quarter':
      return { start: quarterStart(anchor.quarter), end: quarterEnd(anchor.quarter) };
    case 'quarters':
      return { start: quarterStart(anchor.from), end: quarterEnd(anchor.to) };
    case 'month':
      return { start: firstDayOfMonth(anchor.month), end: lastDayOfMonth(anchor.month) };
    case 'date':
      return { start: anchor.date, end: anchor.date };
  }
}

/** The last day by which the milestone should be done; null for an ongoing "From …" milestone. */
export function dueDeadline(spec: DueSpec): IsoDate | null {
  return spec.mode === 'from' ? null : anchorDates(spec.anchor).end;
}

function anchorQuarters(anchor: DueAnchor): { first: FinancialQuarter; last: FinancialQuarter } {
  switch (anchor.kind) {
    case 'quarter':
      return { first: anchor.quarter, last: anchor.quarter };
    case 'quarters':
      return { first: anchor.from, last: anchor.to };
    case 'month':
      return { first: quarterOfMonth(anchor.month), last: quarterOfMonth(anchor.month) };
    case 'date':
      return { first: quarterOfDate(anchor.date), last: quarterOfDate(anchor.date) };
  }
}

/**
 * Whether a quarter's progress report should list the milestone as due: the quarter holding
 * its deadline, every quarter of a span, and every quarter from the start of an ongoing one.
 */
export function isDueInQuarter(spec: DueSpec, quarter: FinancialQuarter): boolean {
  const { first, last } = anchorQuarters(spec.anchor);
  switch (spec.mode) {
    case 'by':
      return compareQuarters(quarter, last) === 0;
    case 'from':
      return compareQuarters(quarter, first) >= 0;
    case 'in':
      return compareQuarters(quarter, first) >= 0 && compareQuarters(quarter, last) <= 0;
  }
}

/** The quarter in which the deadline falls; null for an ongoing milestone. */
export function dueQuarter(spec: DueSpec): FinancialQuarter | null {
  const deadline = dueDeadline(spec);
  return deadline === null ? null : quarterOfDate(deadline);
}

/** Past its deadline on the given date (whether it was delivered is the milestone's business). */
export function isOverdueAt(spec: DueSpec, date: IsoDate): boolean {
  dateParts(date);
  const deadline = dueDeadline(spec);
  return deadline !== null && compareDates(date, deadline) > 0;
}

/** Writes a due spec the way the business plan does. */
export function formatDueSpec(spec: DueSpec): string {
  const anchor = formatAnchor(spec.anchor);
  switch (spec.mode) {
    case 'in':
      return anchor;
    case 'by':
      return `By ${anchor}`;
    case 'from':
      return `From ${anchor}`;
  }
}

function formatAnchor(anchor: DueAnchor): string {
  switch (anchor.kind) {
    case 'quarter':
      return formatQuarterLong(anchor.quarter);
    case 'quarters':
      return formatQuarterSpan(anchor.from, anchor.to);
    case 'month':
      return formatMonthName(anchor.month);
    case 'date':
      return formatLongDate(anchor.date);
  }
}

function formatQuarterSpan(from: FinancialQuarter, to: FinancialQuarter): string {
  if (from.financialYear.startYear !== to.financialYear.startYear) {
    return `${formatQuarterLong(from)} to ${formatQuarterLong(to)}`;
  }
  const joiner = to.quarter - from.quarter === 1 ? 'and' : 'to';
  return `Quarters ${from.quarter} ${joiner} ${to.quarter}, ${formatFinancialYear(from.financialYear)}`;
}
