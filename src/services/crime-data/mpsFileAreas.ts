import type { IsoDate } from '../../domain/calendar/index.js';
import {
  CrimeAreaDirectory,
  matchWards,
  type Membership,
  type OrganisationModel,
  type OrgUnit,
  type WardInFile,
} from '../../domain/organisation/index.js';
import type { IngestProblem, MpsBoroughSeries, MpsSeriesRow, MpsWardReference } from '../../ingest/index.js';
import { describeRows } from './mpsFileProblems.js';

/** The force's areas a file's rows belong to, and its wards where it is a ward file. */
export interface MpsFileAreas {
  /** The area unit of a row, when the force has it. */
  areaOf(row: MpsSeriesRow): OrgUnit | undefined;
  /** The ward unit of a ward-file row in a borough, when it matched or was created. */
  wardOf(row: MpsSeriesRow): string | undefined;
  /** The areas the file's rows name that the force has. */
  readonly areas: readonly OrgUnit[];
  /** How many wards the file gives counts for. */
  readonly wardCount: number;
  /** Wards the file names that the organisation lacks, to be added with the counts. */
  readonly newWards: readonly { readonly unit: OrgUnit; readonly membership: Membership }[];
  readonly problems: readonly IngestProblem[];
}

/**
 * Each area name of a file looked up once (the reader gives each name as one string, however
 * many rows repeat it), and one problem for each name the force does not have.
 */
function resolveAreas(series: MpsBoroughSeries, model: OrganisationModel, fileName: string) {
  const directory = new CrimeAreaDirectory(model);
  const found = new Map<string, OrgUnit | undefined>();
  const unknown = new Map<string, number[]>();
  for (const row of series.rows) {
    if (!found.has(row.area)) found.set(row.area, directory.find(row.area));
    if (found.get(row.area) !== undefined) continue;
    const rows = unknown.get(row.area) ?? [];
    rows.push(row.row);
    unknown.set(row.area, rows);
  }
  const problems = [...unknown].map(([name, rows]): IngestProblem => ({
    file: fileName,
    row: rows[0] ?? null,
    column: series.columns.area,
    message:
      `"${name}" is not a borough or another area of the force${describeRows(rows)}; ` +
      'if the force has it under another name, add that name to the area as an alias',
  }));
  return { found, problems };
}

/** Each ward of each borough once, at the first row that gives it in that borough. */
function wardsInBoroughs(series: MpsBoroughSeries, found: ReadonlyMap<string, OrgUnit | undefined>): WardInFile[] {
  const seen = new Map<MpsWardReference, Set<string>>();
  const wards: WardInFile[] = [];
  for (const row of series.rows) {
    const area = found.get(row.area);
    if (area?.kind !== 'borough' || row.ward === null) continue;
    const boroughs = seen.get(row.ward) ?? new Set<string>();
    if (boroughs.has(area.code)) continue;
    boroughs.add(area.code);
    seen.set(row.ward, boroughs);
    wards.push({ ...row.ward, boroughCode: area.code, boroughName: area.name, row: row.row });
  }
  return wards.sort((a, b) => a.row - b.row);
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
  const { found, problems } = resolveAreas(series, model, input.fileName);
  const areas = [...new Set([...found.values()].filter((unit) => unit !== undefined))];
  const areaOf = (row: MpsSeriesRow): OrgUnit | undefined => found.get(row.area);
  if (series.level !== 'ward') {
    return { areaOf, wardOf: () => undefined, areas, wardCount: 0, newWards: [], problems };
  }
  const match = matchWards(model, wardsInBoroughs(series, found), input.wardBoundariesFrom);
  const wardOf = (row: MpsSeriesRow): string | undefined =>
    row.ward === null || areaOf(row)?.kind !== 'borough' ? undefined : match.unitOf.get(row.ward.code);
  const wardProblems = match.problems.map((problem): IngestProblem => ({
    file: input.fileName,
    row: problem.row,
    column: problem.about === 'code' ? series.columns.wardCode : series.columns.wardName,
    message: problem.message,
  }));
  return {
    areaOf,
    wardOf,
    areas,
    wardCount: match.unitOf.size,
    newWards: match.created,
    problems: [...problems, ...wardProblems],
  };
}
