/**
 * Calendar dates as ISO strings ("2018-05-31") with integer arithmetic, so that no
 * time zone or daylight-saving rule can move a date. All periods in Bluelamp are whole
 * days or whole months.
 */
export type IsoDate = string;

export interface YearMonth {
  readonly year: number;
  readonly month: number; // 1..12
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`${year}-${month}-${day} is not a calendar date`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a strict ISO calendar date, or returns null. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? text : null;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const valid = parseIsoDate(date);
  if (valid === null) throw new RangeError(`"${date}" is not an ISO date (YYYY-MM-DD)`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function monthOfDate(date: IsoDate): YearMonth {
  const { year, month } = dateParts(date);
  return { year, month };
}

/** Months since year 0, so that month arithmetic is integer addition. */
export function monthIndex(month: YearMonth): number {
  return month.year * 12 + (month.month - 1);
}

export function monthFromIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function addMonths(month: YearMonth, count: number): YearMonth {
  return monthFromIndex(monthIndex(month) + count);
}

export function compareMonths(a: YearMonth, b: YearMonth): number {
  return monthIndex(a) - monthIndex(b);
}

export function firstDayOfMonth(month: YearMonth): IsoDate {
  return makeDate(month.year, month.month, 1);
}

export function lastDayOfMonth(month: YearMonth): IsoDate {
  return makeDate(month.year, month.month, daysInMonth(month.year, month.month));
}

/** ISO strings of the same shape compare correctly as text. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatMonthCode(month: YearMonth): string {
  return `${String(month.year).padStart(4, '0')}-${String(month.month).padStart(2, '0')}`;
}

/** Reads a month code ("2018-04"), as formatMonthCode writes it; null for anything else. */
export function parseMonthCode(code: string): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(code);
  if (match === null) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** Every month code from the first to the last, both included; none when the last comes first. */
export function monthCodesBetween(first: YearMonth, last: YearMonth): string[] {
  const count = monthIndex(last) - monthIndex(first) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, i) => formatMonthCode(addMonths(first, i)));
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "October 2018" */
export function formatMonthName(month: YearMonth): string {
  return `${MONTH_NAMES[month.month - 1]} ${month.year}`;
}

/** "31 October 2018", as GOV.UK writes dates. */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** Finds a month by its English name or three-letter abbreviation. */
export function monthNumberFromName(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (full) => full.toLowerCase() === lower || (lower.length === 3 && full.toLowerCase().startsWith(lower)),
  );
  return index === -1 ? null : index + 1;
}

/** Days since 1970-01-01 for a date, by the civil-calendar algorithm (no Date object, no time zone). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function dateFromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return makeDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(date: IsoDate, count: number): IsoDate {
  return dateFromDayNumber(dayNumber(date) + count);
}
