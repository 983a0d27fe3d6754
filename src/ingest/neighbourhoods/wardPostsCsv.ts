import type { IsoDate } from '../../domain/calendar/index.js';
import { parseWardRole, type WardRole } from '../../domain/neighbourhoods/index.js';
import type { IngestProblem } from '../ingestError.js';
import { ProblemList, readTable } from './csvTable.js';

/** One row of a ward posts file: a ward's establishment and actual strength for a role on a day. */
export interface WardPostRow {
  readonly row: number;
  readonly borough: string;
  readonly ward: string;
  /** The ONS ward code (E05…) or the force's own, where the file gives one. */
  readonly wardCode: string | null;
  readonly role: WardRole;
  readonly establishment: number;
  readonly actual: number;
  readonly asAt: IsoDate;
}

const WARD_POST_COLUMNS = ['Borough', 'Ward', 'Role', 'Establishment', 'Actual', 'As at'] as const;

/**
 * Reads a ward posts file (Borough, Ward, Ward code (optional), Role, Establishment, Actual,
 * As at). Every problem is named by row and column; the boroughs and wards are checked against
 * the organisation by the caller, which knows it.
 */
export function readWardPostsCsv(text: string, file: string): { rows: WardPostRow[]; problems: IngestProblem[] } {
  const table = readTable(text, file, WARD_POST_COLUMNS, ['Ward code']);
  const check = new ProblemList(file);
  const rows: WardPostRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table) {
    const borough = check.text(row, 'Borough');
    const ward = check.text(row, 'Ward');
    const roleText = row.cell('Role');
    const role = parseWardRole(roleText);
    if (role === null) check.add(row.row, 'Role', `"${roleText}" is not DWO (dedicated ward officer) or PCSO`);
    const establishment = check.count(row, 'Establishment');
    const actual = check.count(row, 'Actual');
    const asAt = check.date(row, 'As at');
    if (borough === null || ward === null || role === null || establishment === null || actual === null) continue;
    if (asAt === null) continue;
    const wardCode = row.cell('Ward code') === '' ? null : row.cell('Ward code');
    const key = [borough, wardCode ?? ward, role, asAt].map((part) => part.toLowerCase()).join('\u0000');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      check.add(row.row, 'Ward', `repeats row ${earlier}: the same ward, role and as-at date twice`);
      continue;
    }
    seen.set(key, row.row);
    rows.push({ row: row.row, borough, ward, wardCode, role, establishment, actual, asAt });
  }
  return { rows, problems: check.problems };
}

/** A file to fill in: the columns and two example rows. */
export function wardPostsTemplateCsv(): string {
  return [
    'Borough,Ward,Ward code,Role,Establishment,Actual,As at',
    'Camden,Camden ward 1,,DWO,2,2,2018-12-31',
    'Camden,Camden ward 1,,PCSO,1,1,2018-12-31',
    '',
  ].join('\r\n');
}
