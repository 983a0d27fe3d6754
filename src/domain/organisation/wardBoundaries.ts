import type { IsoDate } from '../calendar/index.js';
import { parentOn, type Membership, type OrgUnit } from './orgUnit.js';
import type { OrganisationModel } from './organisationModel.js';

/**
 * The days London's ward boundaries changed: the borough elections at which new wards were first
 * used (all boroughs in 2002; some in 2014 and 2018; most of the rest in 2022). A ward file gives
 * wards by ONS code without saying which boundaries they have, so the date comes from here unless
 * the person loading the file says otherwise.
 */
export const LONDON_WARD_BOUNDARY_DATES: readonly IsoDate[] = ['2002-05-02', '2014-05-22', '2018-05-03', '2022-05-05'];

/**
 * The day the wards of a file took their boundaries: the latest change on or before the file's last
 * month (a file gives wards as they were when it was made: the MPS re-counts earlier months on the
 * current wards). Null for a file older than every change given.
 */
export function wardBoundariesOf(
  lastMonth: string,
  changes: readonly IsoDate[] = LONDON_WARD_BOUNDARY_DATES,
): IsoDate | null {
  const endOfMonth = `${lastMonth}-31`;
  const before = changes.filter((date) => date <= endOfMonth).sort();
  return before.at(-1) ?? null;
}

/** A ward as a row of a crime file gives it, in the borough the row puts it in. */
export interface WardInFile {
  readonly code: string;
  readonly name: string;
  readonly boroughCode: string;
  readonly boroughName: string;
  readonly row: number;
}

export interface WardProblem {
  readonly row: number;
  readonly about: 'code' | 'name';
  readonly message: string;
}

export interface WardMatch {
  /** The unit code of every ward of the file, by its ONS code. */
  readonly unitOf: ReadonlyMap<string, string>;
  /** Wards the organisation does not have yet, to be added with their place in their borough. */
  readonly created: readonly { readonly unit: OrgUnit; readonly membership: Membership }[];
  readonly problems: readonly WardProblem[];
}

function wardsByCode(model: OrganisationModel): Map<string, OrgUnit> {
  const byCode = new Map<string, OrgUnit>();
  for (const ward of model.units) {
    if (ward.kind !== 'ward') continue;
    byCode.set(ward.code.toUpperCase(), ward);
    if (ward.gssCode !== null) byCode.set(ward.gssCode.toUpperCase(), ward);
  }
  return byCode;
}

/** Each ward's memberships, oldest first: a force has hundreds of wards, so they are looked up once. */
function wardHistories(model: OrganisationModel): Map<string, Membership[]> {
  const histories = new Map<string, Membership[]>();
  for (const membership of model.memberships) {
    const held = histories.get(membership.unitCode);
    if (held === undefined) histories.set(membership.unitCode, [membership]);
    else held.push(membership);
  }
  for (const history of histories.values())
    history.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  return histories;
}

/** The borough a ward is in on a day, or the last borough it was in when it is in none that day. */
function boroughOf(
  model: OrganisationModel,
  history: readonly Membership[],
  ward: OrgUnit,
  on: IsoDate | null,
): OrgUnit | null {
  const parent = on === null ? null : parentOn(history, ward.code, on);
  return model.unit(parent ?? history.at(-1)?.parentCode ?? '') ?? null;
}

function newWard(ward: WardInFile, validFrom: IsoDate | null): { unit: OrgUnit; membership: Membership } {
  return {
    unit: {
      code: ward.code,
      kind: 'ward',
      name: ward.name,
      leadCode: null,
      gssCode: ward.code,
      goLive: null,
      pathfinder: false,
      sortOrder: 0,
    },
    membership: { unitCode: ward.code, parentCode: ward.boroughCode, validFrom, validTo: null },
  };
}

/**
 * Each ward of a file once, at the first row that gives it; a code given with another name or in
 * another borough on a later row is a problem of that row.
 */
function distinctWards(rows: readonly WardInFile[], problems: WardProblem[]): WardInFile[] {
  const first = new Map<string, WardInFile>();
  for (const ward of rows) {
    const earlier = first.get(ward.code);
    if (earlier === undefined) first.set(ward.code, ward);
    else if (earlier.boroughCode !== ward.boroughCode) {
      const message = `${ward.code} is in ${earlier.boroughName} in row ${earlier.row}, not in ${ward.boroughName}`;
      problems.push({ row: ward.row, about: 'code', message });
    } else if (earlier.name !== ward.name) {
      const message = `${ward.code} is "${earlier.name}" in row ${earlier.row}, not "${ward.name}"`;
      problems.push({ row: ward.row, about: 'name', message });
    }
  }
  return [...first.values()];
}

/**
 * Matches a file's wards (every row's, repeats and all) to the organisation's by ONS code. A ward the organisation has (by its
 * code or its ONS code) must be in the borough the file says, on the day the file's boundaries
 * began; a ward it lacks is created under that borough from that day, its code the ONS code.
 * Wards without an ONS code (such as the demo's generated 2018 wards) are never matched, so a
 * file of the 2022 wards leaves an older set of wards as it was.
 */
export function matchWards(
  model: OrganisationModel,
  rows: readonly WardInFile[],
  boundariesFrom: IsoDate | null,
): WardMatch {
  const known = wardsByCode(model);
  const histories = wardHistories(model);
  const unitOf = new Map<string, string>();
  const created: { unit: OrgUnit; membership: Membership }[] = [];
  const problems: WardProblem[] = [];
  for (const ward of distinctWards(rows, problems)) {
    const held = known.get(ward.code);
    if (held !== undefined) {
      const borough = boroughOf(model, histories.get(held.code) ?? [], held, boundariesFrom);
      if (borough?.code === ward.boroughCode) unitOf.set(ward.code, held.code);
      else {
        const where = borough === null ? 'in no borough' : `in ${borough.name}`;
        const message = `${ward.code} is ${held.name}, ${where} in the organisation, not in ${ward.boroughName}`;
        problems.push({ row: ward.row, about: 'code', message });
      }
      continue;
    }
    const taken = model.unit(ward.code);
    if (taken !== undefined) {
      problems.push({ row: ward.row, about: 'code', message: `${ward.code} is the code of ${taken.name}, not a ward` });
      continue;
    }
    created.push(newWard(ward, boundariesFrom));
    unitOf.set(ward.code, ward.code);
  }
  return { unitOf, created, problems };
}
