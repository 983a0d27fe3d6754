/**
 * The cells of an inspection spreadsheet that hold more than plain text: grades, finding types,
 * due rules, yes/no flags, lists and dates. Each has a writer and a reader; the reader takes what
 * a person is likely to type (a label or a key, any case) and returns null when it cannot tell.
 */
import { makeDate, parseIsoDate, type IsoDate } from '../../domain/calendar/index.js';
import {
  FINDING_KINDS,
  FINDING_KIND_LABELS,
  GRADE_LABELS,
  GRADES,
  type DueRule,
  type FindingKind,
  type Grade,
} from '../../domain/inspections/index.js';

/** A cell's text with line ends as LF and no space around it. */
export const cellText = (cell: string): string => cell.replace(/\r\n?/g, '\n').trim();

/** "Requires improvement", "requires-improvement" and "REQUIRES  improvement" all become one key. */
const keyOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

export const gradeCell = (grade: Grade): string => GRADE_LABELS[grade];

export function gradeFromCell(cell: string): Grade | null {
  const key = keyOf(cell);
  return GRADES.find((grade) => grade === key) ?? null;
}

/** The grades as a person would write them, for messages. */
export const GRADE_CHOICES = GRADES.map((grade) => GRADE_LABELS[grade]).join(', ');

/** The finding types as a person would write them, for messages. */
export const FINDING_KIND_CHOICES = FINDING_KINDS.map((kind) => FINDING_KIND_LABELS[kind]).join(', ');

export function findingKindFromCell(cell: string): FindingKind | null {
  const key = keyOf(cell);
  return FINDING_KINDS.find((kind) => kind === key) ?? null;
}

/** The due rule as the Due column shows it; no deadline is a blank cell. */
export function dueCell(rule: DueRule): string {
  switch (rule.kind) {
    case 'immediate':
      return 'immediate';
    case 'within-months':
      return `within ${rule.months} month${rule.months === 1 ? '' : 's'}`;
    case 'by-date':
      return `by ${rule.date}`;
    case 'none':
      return '';
  }
}

const WITHIN = /^within\s+(\d{1,4})\s+months?$/;
const BY = /^by\s+(.+)$/;

/**
 * A Due cell: blank or "none", "immediate", "within 6 months", "by 2020-03-31" (or a bare date,
 * which is what Excel leaves when someone types a date into the cell). Null when it is none of these.
 */
export function dueFromCell(cell: string): DueRule | null {
  const text = cellText(cell).toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || text === 'none') return { kind: 'none' };
  if (text === 'immediate' || text === 'immediately') return { kind: 'immediate' };
  const within = WITHIN.exec(text);
  if (within !== null) return { kind: 'within-months', months: Number(within[1]) };
  const date = dateFromCell(BY.exec(text)?.[1] ?? text);
  return date === null ? null : { kind: 'by-date', date };
}

export const DUE_CHOICES = '"immediate", "within 6 months", "by 2020-03-31", or blank for no deadline';

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Excel's day numbers for 1 Jan 1950 and 31 Dec 2099: a plain number outside them is not a date. */
const SERIAL_RANGE = [18264, 73050] as const;

/**
 * A date as a person or a spreadsheet leaves it: 2019-09-01; 01/09/2019 (day first, as Excel
 * saves a UK date to CSV); or an Excel day number, when a date cell has lost its date format.
 */
export function dateFromCell(cell: string): IsoDate | null {
  const text = cellText(cell);
  const iso = parseIsoDate(text);
  if (iso !== null) return iso;
  const uk = UK_DATE.exec(text);
  if (uk !== null) return parseIsoDate(`${uk[3]}-${uk[2]?.padStart(2, '0')}-${uk[1]?.padStart(2, '0')}`);
  if (/^\d{5}$/.test(text) && Number(text) >= SERIAL_RANGE[0] && Number(text) <= SERIAL_RANGE[1]) {
    // Excel counts days from 30 Dec 1899 (its phantom 29 Feb 1900 sits before this range).
    const day = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000);
    return makeDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  return null;
}

export const yesNoCell = (flag: boolean): string => (flag ? 'Yes' : 'No');

/** Yes or No, and what a spreadsheet makes of a tick box (TRUE/FALSE); blank is No. */
export function yesNoFromCell(cell: string): boolean | null {
  const text = cellText(cell).toLowerCase();
  if (['yes', 'y', 'true'].includes(text)) return true;
  if (['no', 'n', 'false', ''].includes(text)) return false;
  return null;
}

export const listCell = (items: readonly string[]): string => items.join('; ');

/** A ";"-separated list, blanks dropped. */
export const listFromCell = (cell: string): string[] =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const linesCell = (lines: readonly string[]): string => lines.join('\n');

/** One entry per line of the cell, blank lines dropped. */
export const linesFromCell = (cell: string): string[] =>
  cellText(cell)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
