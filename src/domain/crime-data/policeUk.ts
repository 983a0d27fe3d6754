/**
 * The police.uk open-data files: their three layouts, how a file names its slice, and how a row's
 * place and time are read.
 */
/** The columns street and outcomes files share: which crime, when, by whom and where. */
const CRIME_AND_PLACE = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
] as const;

export const POLICE_UK_LAYOUTS = {
  street: [...CRIME_AND_PLACE, 'Crime type', 'Last outcome category', 'Context'],
  outcomes: [...CRIME_AND_PLACE, 'Outcome type'],
  'stop-and-search': [
    'Type',
    'Date',
    'Part of a policing operation',
    'Policing operation',
    'Latitude',
    'Longitude',
    'Gender',
    'Age range',
    'Self-defined ethnicity',
    'Officer-defined ethnicity',
    'Legislation',
    'Object of search',
    'Outcome',
    'Outcome linked to object of search',
    'Removal of more than just outer clothing',
  ],
} as const;

export type PoliceUkLayout = keyof typeof POLICE_UK_LAYOUTS;

/** What each layout's rows are counted by, in the order the aggregates hold them. */
export const AGGREGATE_DIMENSIONS = {
  street: ['lsoa_code', 'local_authority', 'crime_type', 'last_outcome'],
  outcomes: ['lsoa_code', 'local_authority', 'outcome_type'],
  'stop-and-search': [
    'search_type',
    'self_defined_ethnicity',
    'officer_defined_ethnicity',
    'gender',
    'age_range',
    'legislation',
    'object_of_search',
    'outcome',
    'outcome_linked',
  ],
} as const satisfies Record<PoliceUkLayout, readonly string[]>;

/** The unit of loading: one force's file of one layout for one month. */
export interface SliceKey {
  /** The force as police.uk names its files: "metropolitan", "city-of-london". */
  readonly force: string;
  /** "2018-04" */
  readonly month: string;
  readonly layout: PoliceUkLayout;
}

const FILE_NAME = /^(\d{4})-(0[1-9]|1[0-2])-([a-z0-9]+(?:-[a-z0-9]+)*?)-(street|outcomes|stop-and-search)\.csv$/;

/** Reads "2018-04-metropolitan-street.csv" (with or without folders before it) as its slice. */
export function sliceOfFileName(path: string): SliceKey | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const match = FILE_NAME.exec(base);
  if (match === null) return null;
  const [, year, month, force, layout] = match;
  return { force: force ?? '', month: `${year}-${month}`, layout: layout as PoliceUkLayout };
}

export function sliceLabel(slice: SliceKey): string {
  return `${slice.force} ${slice.month} ${slice.layout}`;
}

/** The file name police.uk gives a slice, for writing archives and naming what is missing. */
export function fileNameOfSlice(slice: SliceKey): string {
  return `${slice.month}-${slice.force}-${slice.layout}.csv`;
}

const LSOA_NAME = /^(.*\S)\s+\d{3}[A-Z]$/;

/** "Tower Hamlets 001A" → "Tower Hamlets": an LSOA is named after its local authority. */
export function localAuthorityOfLsoa(lsoaName: string): string | null {
  const match = LSOA_NAME.exec(lsoaName.trim());
  return match?.[1] ?? null;
}

/** Where a row's place puts it, against the local authorities the force polices. */
export type AreaStatus = 'in-area' | 'out-of-area' | 'no-location' | 'unmapped';

export function areaStatus(
  lsoaCode: string,
  localAuthority: string | null,
  forceArea: ReadonlySet<string> | null,
): AreaStatus {
  if (lsoaCode === '' && localAuthority === null) return 'no-location';
  if (localAuthority === null) return 'unmapped';
  if (forceArea === null || forceArea.has(localAuthority)) return 'in-area';
  return 'out-of-area';
}

/** The last Sunday of a month, as a day of the month (UTC arithmetic; no time zone is read). */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * The month in London of an instant written with its offset ("2018-03-31T23:00:00+00:00" is
 * 1 April 2018 at midnight, BST). British Summer Time runs from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October. Null when the text is not such an instant.
 */
export function londonMonthOf(timestamp: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    timestamp.trim(),
  );
  if (match === null) return null;
  const [, y, mo, d, h, mi, s = '0', zone = 'Z'] = match;
  const offsetMinutes =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetMinutes * 60000;
  if (Number.isNaN(utc)) return null;
  const year = new Date(utc).getUTCFullYear();
  const summerStarts = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const summerEnds = Date.UTC(year, 9, lastSunday(year, 10), 1);
  const local = new Date(utc + (utc >= summerStarts && utc < summerEnds ? 3600000 : 0));
  return `${String(local.getUTCFullYear()).padStart(4, '0')}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "White - English/Welsh/Scottish/Northern Irish/British" → "White": the broad group before the dash. */
export function broadEthnicGroup(selfDefined: string): string {
  const text = selfDefined.trim();
  if (text === '') return 'Not stated';
  const dash = text.indexOf(' - ');
  return dash === -1 ? text : text.slice(0, dash);
}
