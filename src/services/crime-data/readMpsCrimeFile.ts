import { createHash } from 'node:crypto';
import type { IsoDate } from '../../domain/calendar/index.js';
import { MpsCategoryNames, type MpsVintage } from '../../domain/crime-data/index.js';
import { forceTotalAreas, wardBoundariesOf, type Membership, type OrgUnit } from '../../domain/organisation/index.js';
import { readMpsBoroughSeries, type IngestProblem, type MpsBoroughSeries, type MpsLevel } from '../../ingest/index.js';
import { countsIn, digestOf, mpsCategoryMappings, type CrimeCountSeriesSet } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { crimeCountsOf } from './mpsCrimeCounts.js';
import { resolveFileAreas, type MpsFileAreas } from './mpsFileAreas.js';
import { describeRows, inFileOrder } from './mpsFileProblems.js';

export interface MpsFileInput {
  readonly fileName: string;
  readonly content: AsyncIterable<string | Buffer>;
  /**
   * The day the wards of a ward file took their boundaries; by default the latest London
   * boundary change on or before the file's last month (LONDON_WARD_BOUNDARY_DATES).
   */
  readonly wardBoundariesFrom?: IsoDate | undefined;
}

/** The force's areas a file gives counts for: what the command line reports as loaded. */
export interface LoadedAreas {
  /** The boroughs, by name, in the organisation's order. */
  readonly boroughs: readonly string[];
  /** The force's other areas (the airports area), by name. */
  readonly others: readonly string[];
  /** Wards of a ward file, and how many of them the organisation did not have yet. */
  readonly wards: number;
  readonly wardsCreated: number;
}

/** A file read and checked against the organisation and the taxonomy, ready to load or to refuse. */
export interface MpsFileReading {
  readonly fileName: string;
  readonly sha256: string;
  readonly level: MpsLevel | null;
  /** The vintage of category names the file's rows use (see mpsCategoryNames.ts). */
  readonly vintage: MpsVintage;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly rowsRead: number;
  /** The monthly counts the file gives, by area (and ward) and taxonomy category. */
  readonly counts: CrimeCountSeriesSet;
  /** How many monthly counts that is. */
  readonly countCount: number;
  /** Their digest (digestOf), by which a file loaded again is recognised. */
  readonly countsSha256: string;
  readonly areas: LoadedAreas;
  readonly newWards: readonly { readonly unit: OrgUnit; readonly membership: Membership }[];
  readonly wardBoundariesFrom: IsoDate | null;
  /** Every problem of every kind, in the order of the file; empty when the file can load. */
  readonly problems: readonly IngestProblem[];
}

async function* hashing(source: AsyncIterable<string | Buffer>, hash: ReturnType<typeof createHash>) {
  for await (const chunk of source) {
    hash.update(chunk);
    yield typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  }
}

/** One problem for each pair of names no vintage maps, at the first row that gives it. */
function unmappedNames(series: MpsBoroughSeries, names: MpsCategoryNames, fileName: string): IngestProblem[] {
  const unmapped = new Map<string, { major: string; minor: string; rows: number[] }>();
  for (const row of series.rows) {
    if (names.categoryOf(row) !== null) continue;
    const key = `${row.major.toLowerCase()}|${row.minor.toLowerCase()}`;
    const held = unmapped.get(key) ?? { major: row.major, minor: row.minor, rows: [] };
    held.rows.push(row.row);
    unmapped.set(key, held);
  }
  return [...unmapped.values()].map(({ major, minor, rows }): IngestProblem => ({
    file: fileName,
    row: rows[0] ?? null,
    column: series.columns.minor,
    message:
      `"${major} / ${minor}" is not in the crime category taxonomy${describeRows(rows)}; ` +
      `map it with: bluelamp crime-data mappings set "${major} / ${minor}" CATEGORY`,
  }));
}

function loadedAreas(areas: MpsFileAreas, forceTotal: readonly OrgUnit[]): LoadedAreas {
  const present = new Map(areas.areas.map((unit) => [unit.code, unit]));
  const inTotal = new Set(forceTotal.map((unit) => unit.code));
  const ordered = [
    ...forceTotal.filter((unit) => present.has(unit.code)),
    ...[...present.values()].filter((unit) => !inTotal.has(unit.code)),
  ];
  return {
    boroughs: ordered.filter((unit) => unit.kind === 'borough').map((unit) => unit.name),
    others: ordered.filter((unit) => unit.kind !== 'borough').map((unit) => unit.name),
    wards: areas.wardCount,
    wardsCreated: areas.newWards.length,
  };
}

/**
 * Reads an MPS recorded-crime file of any layout and checks it whole, in one pass: the file's own
 * problems (header, cells, repeated rows), areas the force does not have, wards that clash with
 * the organisation, and category names the taxonomy does not map — every one of them, so that a
 * person fixes the file (or the mappings) once. Nothing is written.
 */
export async function readMpsCrimeFile(ctx: ServiceContext, input: MpsFileInput): Promise<MpsFileReading> {
  const hash = createHash('sha256');
  const series = await readMpsBoroughSeries(hashing(input.content, hash), input.fileName);
  const model = await loadOrganisationModel(ctx, { wards: series.level === 'ward' });
  const names = new MpsCategoryNames(await mpsCategoryMappings(ctx.store.db));
  const lastMonth = series.months.reduce((last, month) => (month > last ? month : last), '');
  const firstMonth = series.months.reduce((first, month) => (first === '' || month < first ? month : first), '');
  const wardBoundariesFrom = input.wardBoundariesFrom ?? (lastMonth === '' ? null : wardBoundariesOf(lastMonth));
  const areas = resolveFileAreas(series, model, { fileName: input.fileName, wardBoundariesFrom });
  const nameProblems = unmappedNames(series, names, input.fileName);
  const counts = crimeCountsOf(series, (row) => {
    const area = areas.areaOf(row);
    const categoryCode = names.categoryOf(row);
    if (area === undefined || categoryCode === null) return null;
    return { areaCode: area.code, wardCode: areas.wardOf(row) ?? null, categoryCode };
  });
  return {
    fileName: input.fileName,
    sha256: hash.digest('hex'),
    level: series.level,
    vintage: names.vintageOf(series.rows, series.categoryColumns === 'category' ? 'mps-historic' : 'mps-recent'),
    firstMonth,
    lastMonth,
    rowsRead: series.rows.length,
    counts,
    countCount: countsIn(counts),
    countsSha256: digestOf(counts),
    areas: loadedAreas(areas, forceTotalAreas(model)),
    newWards: areas.newWards,
    wardBoundariesFrom: series.level === 'ward' ? wardBoundariesFrom : null,
    problems: inFileOrder([...series.problems, ...areas.problems, ...nameProblems]),
  };
}
