import type { IsoDate } from '../../domain/calendar/index.js';
import {
  ABSTRACTION_REASON_LABELS,
  hoursProblem,
  parseAbstractionReason,
  parseWardRole,
  type AbstractionReason,
  type WardRole,
} from '../../domain/neighbourhoods/index.js';
import type { IngestProblem } from '../ingestError.js';
import { ProblemList, readTable, type TableRow } from './csvTable.js';

/** One row of an abstractions file: an officer taken off their ward for some hours on a day. */
export interface AbstractionRow {
  readonly row: number;
  readonly borough: string;
  readonly ward: string;
  readonly wardCode: string | null;
  readonly role: WardRole;
  readonly date: IsoDate;
  readonly hours: number;
  readonly reason: AbstractionReason;
  readonly note: string | null;
}

const ABSTRACTION_COLUMNS = ['Borough', 'Ward', 'Role', 'Date', 'Hours', 'Reason'] as const;

function readHours(check: ProblemList, row: TableRow): number | null {
  const text = row.cell('Hours');
  const hours = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  const problem =
    text === '' ? 'is empty' : Number.isNaN(hours) ? `"${text}" is not a number of hours` : hoursProblem(hours);
  if (problem !== null) check.add(row.row, 'Hours', problem);
  return problem === null ? hours : null;
}

function readReason(check: ProblemList, row: TableRow): AbstractionReason | null {
  const text = row.cell('Reason');
  const reason = parseAbstractionReason(text);
  if (reason === null) {
    const known = Object.values(ABSTRACTION_REASON_LABELS).join(', ');
    check.add(row.row, 'Reason', `"${text}" is not one of the reasons: ${known}`);
  }
  return reason;
}

/**
 * Reads an abstractions file (Borough, Ward, Ward code (optional), Role, Date, Hours, Reason,
 * Note (optional)), every problem by row and column.
 */
export function readAbstractionsCsv(text: string, file: string): { rows: AbstractionRow[]; problems: IngestProblem[] } {
  const table = readTable(text, file, ABSTRACTION_COLUMNS, ['Ward code', 'Note']);
  const check = new ProblemList(file);
  const rows: AbstractionRow[] = [];
  for (const row of table) {
    const borough = check.text(row, 'Borough');
    const ward = check.text(row, 'Ward');
    const role = parseWardRole(row.cell('Role'));
    if (role === null) check.add(row.row, 'Role', `"${row.cell('Role')}" is not DWO (dedicated ward officer) or PCSO`);
    const date = check.date(row, 'Date');
    const hours = readHours(check, row);
    const reason = readReason(check, row);
    if (borough === null || ward === null || role === null || date === null || hours === null || reason === null)
      continue;
    const wardCode = row.cell('Ward code') === '' ? null : row.cell('Ward code');
    const note = row.cell('Note') === '' ? null : row.cell('Note');
    rows.push({ row: row.row, borough, ward, wardCode, role, date, hours, reason, note });
  }
  return { rows, problems: check.problems };
}
