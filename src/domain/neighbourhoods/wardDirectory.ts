import type { IsoDate } from '../calendar/index.js';
import { BluelampProblem } from '../errors.js';
import { normalisedAreaName, type Membership, type OrganisationModel, type OrgUnit } from '../organisation/index.js';

/** "Burnt Oak" → "burnt-oak": the tail of a ward's code when the file gives no code of its own. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The borough a ward belongs to: on the day asked about, or its last known borough. */
export function boroughOfWard(model: OrganisationModel, wardCode: string, on: IsoDate): OrgUnit | null {
  const parent = model.parentOn(wardCode, on) ?? model.unit(model.historyOf(wardCode).at(-1)?.parentCode ?? '');
  return parent?.kind === 'borough' ? parent : null;
}

/** Finds a borough by its code or its name, however a spreadsheet capitalises it. */
export function findBorough(model: OrganisationModel, text: string): OrgUnit | undefined {
  const wanted = normalisedAreaName(text);
  return model
    .unitsOfKind('borough')
    .find((b) => normalisedAreaName(b.code) === wanted || normalisedAreaName(b.name) === wanted);
}

export function requireBorough(model: OrganisationModel, text: string): OrgUnit {
  const borough = findBorough(model, text);
  if (borough === undefined)
    throw new BluelampProblem('not-found', `"${text}" is not one of the force's boroughs.`, 'borough');
  return borough;
}

/** Sorts "ward 2" before "ward 10", as people number them. */
export const byWardName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, 'en-GB', { numeric: true });

/** What a file row says about its ward. */
export interface WardReference {
  readonly ward: string;
  readonly wardCode: string | null;
}

export type WardLookup =
  | { readonly kind: 'found'; readonly ward: OrgUnit }
  | { readonly kind: 'absent'; readonly code: string }
  | { readonly kind: 'conflict'; readonly message: string };

/**
 * The wards of the organisation, found by code (the unit's own, or its ONS code) or by name
 * within their borough.
 */
export class WardDirectory {
  private readonly byCode = new Map<string, OrgUnit>();
  private readonly byName = new Map<string, OrgUnit>();

  constructor(
    private readonly model: OrganisationModel,
    private readonly on: IsoDate,
  ) {
    for (const ward of model.unitsOfKind('ward')) this.remember(ward);
  }

  private remember(ward: OrgUnit): void {
    this.byCode.set(ward.code.toLowerCase(), ward);
    if (ward.gssCode !== null) this.byCode.set(ward.gssCode.toLowerCase(), ward);
    const borough = boroughOfWard(this.model, ward.code, this.on);
    if (borough !== null) this.byName.set(`${borough.code}\u0000${normalisedAreaName(ward.name)}`, ward);
  }

  lookup(borough: OrgUnit, reference: WardReference): WardLookup {
    const byCode = reference.wardCode === null ? undefined : this.byCode.get(reference.wardCode.toLowerCase());
    if (byCode !== undefined) {
      const home = boroughOfWard(this.model, byCode.code, this.on);
      if (home?.code === borough.code) return { kind: 'found', ward: byCode };
      return {
        kind: 'conflict',
        message: `ward code "${reference.wardCode ?? ''}" is ${byCode.name} in ${home?.name ?? 'no borough'}, not in ${borough.name}`,
      };
    }
    const byName = this.byName.get(`${borough.code}\u0000${normalisedAreaName(reference.ward)}`);
    if (byName !== undefined) return { kind: 'found', ward: byName };
    const code = reference.wardCode ?? `${borough.code}-${slug(reference.ward)}`;
    const taken = this.model.unit(code);
    if (taken !== undefined)
      return { kind: 'conflict', message: `the code "${code}" already belongs to ${taken.name}, which is not a ward` };
    return { kind: 'absent', code };
  }
}

/** A ward a file names that the organisation does not have yet, with its place in its borough. */
export function newWard(
  code: string,
  name: string,
  gssCode: string | null,
  boroughCode: string,
): { unit: OrgUnit; membership: Membership } {
  return {
    unit: { code, kind: 'ward', name, leadCode: null, gssCode, goLive: null, pathfinder: false, sortOrder: 0 },
    membership: { unitCode: code, parentCode: boroughCode, validFrom: null, validTo: null },
  };
}
