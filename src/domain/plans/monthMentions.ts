import {
  anchorDates,
  compareDates,
  firstDayOfMonth,
  lastDayOfMonth,
  monthNumberFromName,
  quarterOfDate,
  type DueSpec,
  type IsoDate,
  type YearMonth,
} from '../calendar/index.js';

export interface MonthMention {
  /** The words as the text has them ("October 2018", "May"). */
  readonly text: string;
  readonly month: YearMonth;
}

// Capitalised names only, so that "may" the verb is not read as the month.
const MONTH_WORD =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?(?:\s+((?:1[89]|2\d)\d{2}))?/g;

/** The month a bare name most likely means: the one in the financial year the milestone falls in. */
function inferYear(month: number, financialYearStart: number): number {
  return month >= 4 ? financialYearStart : financialYearStart + 1;
}

/**
 * Months a milestone's text names, read as the plan's author meant them: a month without a
 * year is taken to fall in the financial year of the milestone's due date, and a range
 * ("May–July 2018") lends its year to its first month.
 */
export function findMonthMentions(text: string, financialYearStart: number): MonthMention[] {
  const found: { name: string; number: number; year: number | null; index: number }[] = [];
  for (const match of text.matchAll(MONTH_WORD)) {
    const name = match[1] ?? '';
    const number = monthNumberFromName(name === 'Sept' ? 'Sep' : name);
    if (number === null) continue;
    found.push({
      name: match[0].trim().replace(/\.$/, ''),
      number,
      year: match[2] === undefined ? null : Number(match[2]),
      index: match.index,
    });
  }
  return found.map((mention, position) => {
    const next = found[position + 1];
    const joinedToNext =
      mention.year === null &&
      next?.year != null &&
      /^\s*(?:[-–—]|to|and)\s*$/.test(text.slice(mention.index + mention.name.length, next.index));
    const year =
      mention.year ??
      (joinedToNext && next.year !== null
        ? next.year - (next.number < mention.number ? 1 : 0)
        : inferYear(mention.number, financialYearStart));
    return { text: mention.name, month: { year, month: mention.number } };
  });
}

/** The financial year a milestone's due date starts in: where a bare month name in its text most likely falls. */
export function dueFinancialYearStart(due: DueSpec): number {
  return quarterOfDate(anchorDates(due.anchor).start).financialYear.startYear;
}

/** The stretch of time a due spec allows: "by" has no start, "from" has no end. */
function dueWindow(spec: DueSpec): { start: IsoDate | null; end: IsoDate | null } {
  const { start, end } = anchorDates(spec.anchor);
  return { start: spec.mode === 'by' ? null : start, end: spec.mode === 'from' ? null : end };
}

/**
 * Months named in the text that fall outside the milestone's due window: a sign that the text
 * and the due date disagree (the 2018-19 plan files October–December work under Quarter 4).
 */
export function monthsOutsideDue(text: string, due: DueSpec, financialYearStart: number): MonthMention[] {
  const window = dueWindow(due);
  return findMonthMentions(text, financialYearStart).filter((mention) => {
    const before = window.start !== null && compareDates(lastDayOfMonth(mention.month), window.start) < 0;
    const after = window.end !== null && compareDates(firstDayOfMonth(mention.month), window.end) > 0;
    return before || after;
  });
}
