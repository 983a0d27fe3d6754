import {
  addMonths,
  compareDates,
  compareMonths,
  dateParts,
  firstDayOfMonth,
  formatLongDate,
  formatMonthName,
  monthOfDate,
  type IsoDate,
  type YearMonth,
} from '../calendar/index.js';
import type { CountPair } from '../measures/statistics/index.js';
import type { PriorityChoice } from './prioritySet.js';

/** What decides when a set applied and what it chose: one version of a borough's set for a year. */
export interface DatedChoices {
  readonly version: number;
  readonly agreedOn: IsoDate;
  readonly priorities: readonly PriorityChoice[];
}

/**
 * The first month a set counts for. Scorecards judge whole months, so a set counts from the first
 * full month after it was agreed: one agreed on 1 October counts from October, one agreed on
 * 15 October from November. Judging October as a priority month when half of it came before the
 * agreement would credit the priority with weeks in which nobody had chosen it.
 */
export function firstMonthInForce(agreedOn: IsoDate): YearMonth {
  const month = monthOfDate(agreedOn);
  return dateParts(agreedOn).day === 1 ? month : addMonths(month, 1);
}

/** The version in force for a whole month: the latest agreed by its first day (a later version replaces an earlier one). */
export function setInForce<T extends DatedChoices>(sets: readonly T[], month: YearMonth): T | null {
  const start = firstDayOfMonth(month);
  let found: T | null = null;
  for (const set of sets) {
    if (compareDates(set.agreedOn, start) > 0) continue;
    if (found === null || compareDates(set.agreedOn, found.agreedOn) > 0) found = set;
    else if (set.agreedOn === found.agreedOn && set.version > found.version) found = set;
  }
  return found;
}

/** Whether a borough chose a category in one month, and under which version; no version means no set was in force. */
export interface MonthChoice {
  readonly month: YearMonth;
  readonly version: number | null;
  readonly chosen: boolean;
  readonly qualifier: string | null;
}

/** For each month, whether the set in force then chose the category. Months before any set never count as chosen. */
export function monthlyChoices(
  sets: readonly DatedChoices[],
  categoryCode: string,
  months: readonly YearMonth[],
): MonthChoice[] {
  return months.map((month) => {
    const set = setInForce(sets, month);
    const choice = set?.priorities.find((p) => p.categoryCode === categoryCode);
    return { month, version: set?.version ?? null, chosen: choice !== undefined, qualifier: choice?.qualifier ?? null };
  });
}

/** The months of a span, first to last. */
export function monthsOfSpan(span: { readonly first: YearMonth; readonly last: YearMonth }): YearMonth[] {
  const months: YearMonth[] = [];
  for (let month = span.first; compareMonths(month, span.last) <= 0; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * One borough's counts split between the months its set chose the category and the months it did
 * not. Each month's count a year earlier goes with the month, so both halves compare like with like.
 */
export function splitByChoice(
  choices: readonly MonthChoice[],
  current: readonly number[],
  previous: readonly number[],
): { chosen: CountPair; others: CountPair } {
  const chosen = { current: 0, previous: 0 };
  const others = { current: 0, previous: 0 };
  choices.forEach((choice, index) => {
    const into = choice.chosen ? chosen : others;
    into.current += current[index] ?? 0;
    into.previous += previous[index] ?? 0;
  });
  return { chosen, others };
}

/** A set that took effect inside the compared months. */
export interface SetChange {
  readonly version: number;
  readonly agreedOn: IsoDate;
  readonly fromMonth: YearMonth;
  /** Null when no set was in force before it. */
  readonly previousVersion: number | null;
}

/** Every change of the set in force between one compared month and the next. */
export function setChangesWithin(sets: readonly DatedChoices[], months: readonly YearMonth[]): SetChange[] {
  const changes: SetChange[] = [];
  let before = months[0] === undefined ? null : setInForce(sets, months[0]);
  for (const month of months.slice(1)) {
    const now = setInForce(sets, month);
    if (now !== null && now.version !== before?.version) {
      changes.push({
        version: now.version,
        agreedOn: now.agreedOn,
        fromMonth: month,
        previousVersion: before?.version ?? null,
      });
    }
    before = now;
  }
  return changes;
}

/**
 * What a change means for one category, in a sentence: "Havering's priorities changed on
 * 1 October 2018: burglary counts as a priority from October 2018."
 */
export function setChangeSentence(
  boroughName: string,
  change: SetChange,
  category: { readonly name: string; readonly before: boolean; readonly after: boolean },
): string {
  const what = category.name.toLowerCase();
  const from = formatMonthName(change.fromMonth);
  const opening =
    change.previousVersion === null
      ? `${boroughName}'s priorities were first agreed on ${formatLongDate(change.agreedOn)}, so none were in force before ${from}`
      : `${boroughName}'s priorities changed on ${formatLongDate(change.agreedOn)}`;
  if (category.after && !category.before) return `${opening}: ${what} counts as a priority from ${from}.`;
  if (category.before && !category.after) return `${opening}: ${what} no longer counts as a priority from ${from}.`;
  if (category.after) return `${opening}: ${what} stays a priority.`;
  return `${opening}: ${what} is not among them.`;
}

/** Said when no set of the year was in force in any compared month, so nothing is judged as a priority. */
export function noSetInForceSentence(subject: string, periodLabel: string, firstAgreed: IsoDate | null): string {
  const first =
    firstAgreed === null
      ? 'none has been recorded'
      : `the first was agreed on ${formatLongDate(firstAgreed)} and counts from ${formatMonthName(firstMonthInForce(firstAgreed))}`;
  return `No set of ${subject} was in force in ${periodLabel}: ${first}, so nothing is judged as a priority.`;
}
