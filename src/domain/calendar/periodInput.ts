import { BluelampProblem } from '../errors.js';
import { monthIndex, monthNumberFromName, parseMonthCode, type YearMonth } from './dates.js';
import {
  firstMonthOfFinancialYear,
  lastMonthOfQuarter,
  parseFinancialYear,
  parseQuarter,
  quarterOfMonth,
  type FinancialQuarter,
  type FinancialYear,
} from './financialYear.js';
import type { Period } from './period.js';
import { PERIOD_KIND_WORDS, periodExamples } from './periodForms.js';

export type PeriodKind = Period['kind'];
export type PeriodOfKind<K extends PeriodKind> = Extract<Period, { readonly kind: K }>;

/** Every kind of period, in the order a message lists them. */
export const PERIOD_KINDS = [
  'month',
  'quarter',
  'financial-year',
  'year-to-date',
  'rolling-12-months',
  'calendar-year',
] as const satisfies readonly PeriodKind[];

/** Why a text is not a period the caller can use, in words that follow the field's name. */
export interface PeriodProblem {
  readonly text: string;
  readonly accepted: readonly PeriodKind[];
  /** The kind the text does name, when it names a period the caller does not take. */
  readonly found: PeriodKind | null;
  /** 'must be a quarter such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19, not "2018-19 Q5"' */
  readonly message: string;
}

export type PeriodReading<K extends PeriodKind> =
  { readonly ok: true; readonly period: PeriodOfKind<K> } | { readonly ok: false; readonly problem: PeriodProblem };

/** Longer texts name no period; refusing them early keeps the patterns below cheap on any input. */
const LONGEST_PERIOD_TEXT = 60;
const FINANCIAL_YEAR = /^(?:FY\s*)?(\d{4}\s*[-/–]\s*\d{2,4})$/i;
const MONTH_NAME = /^([a-z]+)\.?\s+(\d{4})$/i;
const YEAR_TO_DATE = /^(?:(.+?)\s+)?YTD\s+(.+)$/i;
const ROLLING = /^(?:R12\s+|(?:rolling\s+)?12 months to\s+)(.+)$/i;
const CALENDAR_YEAR = /^(\d{4})$/;

function readFinancialYear(text: string): FinancialYear | null {
  const match = FINANCIAL_YEAR.exec(text);
  return match ? parseFinancialYear(match[1] ?? '') : null;
}

function readMonth(text: string): YearMonth | null {
  const code = parseMonthCode(text);
  if (code !== null) return code;
  const named = MONTH_NAME.exec(text);
  const month = named ? monthNumberFromName(named[1] ?? '') : null;
  return named && month !== null ? { year: Number(named[2]), month } : null;
}

function readYearToDate(text: string): Period | null {
  const match = YEAR_TO_DATE.exec(text);
  const throughMonth = match ? readMonth(match[2] ?? '') : null;
  if (match === null || throughMonth === null) return null;
  const financialYear =
    match[1] === undefined ? quarterOfMonth(throughMonth).financialYear : readFinancialYear(match[1]);
  if (financialYear === null) return null;
  const offset = monthIndex(throughMonth) - monthIndex(firstMonthOfFinancialYear(financialYear));
  return offset >= 0 && offset < 12 ? { kind: 'year-to-date', financialYear, throughMonth } : null;
}

function readRolling12(text: string): Period | null {
  const rest = ROLLING.exec(text)?.[1];
  if (rest === undefined) return null;
  const month = readMonth(rest);
  if (month !== null) return { kind: 'rolling-12-months', endMonth: month };
  const quarter = parseQuarter(rest);
  return quarter === null ? null : { kind: 'rolling-12-months', endMonth: lastMonthOfQuarter(quarter) };
}

/**
 * Every period the text can be read as. Only one text shape names two: "2011-12" is both the
 * financial year 2011-12 and December 2011; the year comes first, as the documents mean it.
 */
function readings(text: string): Period[] {
  const normal = text.trim().replace(/\s+/g, ' ');
  if (normal.length > LONGEST_PERIOD_TEXT) return [];
  const found: (Period | null)[] = [];
  const financialYear = readFinancialYear(normal);
  found.push(financialYear && { kind: 'financial-year', financialYear });
  const quarter = parseQuarter(normal);
  found.push(quarter && { kind: 'quarter', quarter });
  const month = readMonth(normal);
  found.push(month && { kind: 'month', month });
  found.push(readYearToDate(normal), readRolling12(normal));
  const year = CALENDAR_YEAR.exec(normal);
  found.push(year ? { kind: 'calendar-year', year: Number(year[1]) } : null);
  return found.filter((period): period is Period => period !== null);
}

function listWords(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1) ?? ''}`;
}

/**
 * What the caller takes, each kind with the forms it may be written in: "a quarter such as
 * 2018-19 Q1, 2018-19-Q1 or Q1 2018-19", or for several kinds "a quarter (such as …) or a
 * financial year (such as …)". No semicolons: an import joins its problems with them.
 */
export function describePeriodKinds(accept: readonly PeriodKind[]): string {
  const kinds = PERIOD_KINDS.filter((kind) => accept.includes(kind));
  const examples = (kind: PeriodKind) => `such as ${listWords(periodExamples(kind))}`;
  if (kinds.length === 1 && kinds[0] !== undefined) return `${PERIOD_KIND_WORDS[kinds[0]]} ${examples(kinds[0])}`;
  return listWords(kinds.map((kind) => `${PERIOD_KIND_WORDS[kind]} (${examples(kind)})`));
}

function problemMessage(text: string, accept: readonly PeriodKind[], found: PeriodKind | null): string {
  const named = found === null ? '' : `, which is ${PERIOD_KIND_WORDS[found]}`;
  return `must be ${describePeriodKinds(accept)}, not "${text}"${named}`;
}

/**
 * The one reader of periods typed by people: every command option, API parameter and imported
 * cell that names a period goes through it, so each accepts the same forms and refuses in the
 * same words. `accept` says which kinds the caller can use; a period of another kind is refused
 * by name ("which is a month").
 */
export function parsePeriod<K extends PeriodKind>(
  text: string,
  options: { readonly accept: readonly K[] },
): PeriodReading<K> {
  const all = readings(text);
  const accepted: readonly PeriodKind[] = options.accept;
  const chosen = all.find((period) => accepted.includes(period.kind));
  if (chosen !== undefined) return { ok: true, period: chosen as PeriodOfKind<K> };
  const found = all[0]?.kind ?? null;
  return {
    ok: false,
    problem: { text, accepted, found, message: problemMessage(text, accepted, found) },
  };
}

/** A period of the kinds given, or invalid-input naming the field: "period must be …". */
export function requirePeriod<K extends PeriodKind>(
  text: string,
  field: string,
  accept: readonly K[],
): PeriodOfKind<K> {
  const reading = parsePeriod(text, { accept });
  if (reading.ok) return reading.period;
  throw new BluelampProblem('invalid-input', `${field} ${reading.problem.message}.`, field);
}

export function requireQuarter(text: string, field: string): FinancialQuarter {
  return requirePeriod(text, field, ['quarter']).quarter;
}

export function requireFinancialYear(text: string, field: string): FinancialYear {
  return requirePeriod(text, field, ['financial-year']).financialYear;
}
