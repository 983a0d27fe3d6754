import type { IsoDate } from '../calendar/index.js';
import { byDisplayOrder, childrenOn, parentOn, type Membership, type OrgUnit, type OrgUnitKind } from './orgUnit.js';

/** A force's units and their dated memberships, answering "what belonged to what on a given day". */
export class OrganisationModel {
  private readonly unitsByCode: ReadonlyMap<string, OrgUnit>;

  constructor(
    readonly units: readonly OrgUnit[],
    readonly memberships: readonly Membership[],
  ) {
    this.unitsByCode = new Map(units.map((unit) => [unit.code, unit]));
  }

  unit(code: string): OrgUnit | undefined {
    return this.unitsByCode.get(code);
  }

  unitsOfKind(kind: OrgUnitKind): OrgUnit[] {
    return this.units.filter((unit) => unit.kind === kind).sort(byDisplayOrder);
  }

  parentOn(unitCode: string, date: IsoDate): OrgUnit | null {
    const code = parentOn(this.memberships, unitCode, date);
    return code === null ? null : (this.unitsByCode.get(code) ?? null);
  }

  childrenOn(parentCode: string, date: IsoDate, kind?: OrgUnitKind): OrgUnit[] {
    return childrenOn(this.memberships, parentCode, date)
      .map((code) => this.unitsByCode.get(code))
      .filter((unit): unit is OrgUnit => unit !== undefined && (kind === undefined || unit.kind === kind))
      .sort(byDisplayOrder);
  }

  /** The nearest ancestor of a kind on a date: the BCU Camden was in, in May 2018. */
  ancestorOn(unitCode: string, kind: OrgUnitKind, date: IsoDate): OrgUnit | null {
    const seen = new Set<string>();
    let current = this.parentOn(unitCode, date);
    while (current !== null && !seen.has(current.code)) {
      if (current.kind === kind) return current;
      seen.add(current.code);
      current = this.parentOn(current.code, date);
    }
    return null;
  }

  bcuOfBoroughOn(boroughCode: string, date: IsoDate): OrgUnit | null {
    return this.ancestorOn(boroughCode, 'bcu', date);
  }

  /** Every membership a unit has had, oldest first. */
  historyOf(unitCode: string): Membership[] {
    return this.memberships
      .filter((m) => m.unitCode === unitCode)
      .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  }

  /** Boroughs that are not in exactly one BCU on a date: what a complete BCU structure must not have. */
  boroughsOutsideBcusOn(date: IsoDate): OrgUnit[] {
    return this.unitsOfKind('borough').filter((borough) => this.bcuOfBoroughOn(borough.code, date) === null);
  }
}
