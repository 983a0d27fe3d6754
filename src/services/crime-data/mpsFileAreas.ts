import type { IsoDate } from '../../domain/calendar/index.js';
import {
  CrimeAreaDirectory,
  matchWards,
  type Membership,
  type OrganisationModel,
  type OrgUnit,
  type WardInFile,
} from '../../domain/organisation/index.js';
import type { IngestProblem, MpsBoroughSeries } from '../../ingest/index.js';
import { describeRows } from './mpsFileProblems.js';

/** The force's areas a file's rows belong to, and its wards where it is a ward file. */
export interface MpsFileAreas {
  /** The area unit of each row the force has, by the row's line. */
  readonly areaOfRow: ReadonlyMap<number, OrgUnit>;
  /** The ward unit of each ward-file row in a borough, by the row's line. */
  readonly wardOfRow: ReadonlyMap<number, string>;
  /** Wards the file names that the organisation lacks, to be added with the counts. */
  readonly newWards: readonly { readonly unit: OrgUnit; readonly membership: Membership }[];
  readonly problems: readonly IngestProblem[];
}

function resolveAreas(
  series: MpsBoroughSeries,
  model: OrganisationModel,
  fileName: string,
): { areaOfRow: Map<number, OrgUnit>; problems: IngestProblem[] } {
  const directory = new CrimeAreaDirectory(model);
  const areaOfRow = new Map<number, OrgUnit>();
  const unknown = new Map<string, number[]>();
  // A file names a few dozen areas over thousands of rows: each name is looked up once.
  const found = new Map<string, OrgUnit | undefined>();
  for (const row of series.rows) {
    if (!found.has(row.area)) found.set(row.area, directory.find(row.area));
    const area = found.get(row.area);
    if (area !== undefined) areaOfRow.set(row.row, area);
    else {
      const rows = unknown.get(row.area) ?? [];
      rows.push(row.row);
      unknown.set(row.area, rows);
    }
  }
  const problems = [...unknown].map(([name, rows]): IngestProblem => ({
    file: fileName,
    row: rows[0] ?? null,
    column: series.columns.area,
    message:
      `"${name}" is not a borough or another area of the force${describeRows(rows)}; ` +
      'if the force has it under another name, add that name to the area as an alias',
  }));
  return { areaOfRow, problems };
}

/**
 * The areas of a file's rows: boroughs, and the force's other areas (the airports) by name or
 * alias; for a ward file, the wards of each borough matched by ONS code, or created with the
 * boundaries of the day given. The wards of an area that is not a borough (the airports' part of
 * Heathrow Villages) are not kept as wards: they belong to a borough's ward, which the airports
 * are not part of, so those rows count for the area as a whole.
 */
export function resolveFileAreas(
  series: MpsBoroughSeries,
  model: OrganisationModel,
  input: { fileName: string; wardBoundariesFrom: IsoDate | null },
): MpsFileAreas {
  const { areaOfRow, problems } = resolveAreas(series, model, input.fileName);
  if (series.level !== 'ward') return { areaOfRow, wardOfRow: new Map(), newWards: [], problems };
  const wardRows: WardInFile[] = [];
  for (const row of series.rows) {
    const area = areaOfRow.get(row.row);
    if (area?.kind !== 'borough' || row.ward === null) continue;
    wardRows.push({ ...row.ward, boroughCode: area.code, boroughName: area.name, row: row.row });
  }
  const match = matchWards(model, wardRows, input.wardBoundariesFrom);
  const wardOfRow = new Map<number, string>();
  for (const ward of wardRows) {
    const unit = match.unitOf.get(ward.code);
    if (unit !== undefined) wardOfRow.set(ward.row, unit);
  }
  const wardProblems = match.problems.map((problem): IngestProblem => ({
    file: input.fileName,
    row: problem.row,
    column: problem.about === 'code' ? series.columns.wardCode : series.columns.wardName,
    message: problem.message,
  }));
  return { areaOfRow, wardOfRow, newWards: match.created, problems: [...problems, ...wardProblems] };
}
