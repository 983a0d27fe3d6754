import type { IsoDate } from '../calendar/index.js';

/**
 * The kinds of organisational unit a force has. Business groups lead milestones; BCUs
 * (Basic Command Units) group two to four boroughs; wards sit inside boroughs. The airports
 * area appears in MPS crime data but belongs to no borough.
 */
export const ORG_UNIT_KINDS = ['force', 'business-group', 'unit', 'bcu', 'borough', 'airports', 'ward'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export interface OrgUnit {
  readonly code: string;
  readonly kind: OrgUnitKind;
  readonly name: string;
  /** The code printed beside milestones this unit leads, e.g. "FP", "MetOps", "S&G". */
  readonly leadCode: string | null;
  /** The ONS area code of a borough, e.g. "E09000007" for Camden. */
  readonly gssCode: string | null;
  /** When a BCU went live, as a period code ("2018-05", "2018-19 Q3"). */
  readonly goLive: string | null;
  /** A BCU that piloted the model before the London-wide roll-out. */
  readonly pathfinder: boolean;
  readonly sortOrder: number;
  /**
   * Other names data files give the unit: the airports area is "London Heathrow and London City
   * Airports" in the 2019 borough file and "Aviation Security (SO18)" in the current ones.
   */
  readonly aliases?: readonly string[];
  /**
   * Whether the unit's counts make up the force's total: in London the 32 boroughs and the
   * airports area, as the Met publishes its total. Data, so that another force can differ.
   */
  readonly inForceTotal?: boolean;
}

/**
 * A unit belongs to a parent for a stretch of time. Both ends are inclusive; a missing end
 * means "as far back as we know" or "still so".
 */
export interface Membership {
  readonly unitCode: string;
  readonly parentCode: string;
  readonly validFrom: IsoDate | null;
  readonly validTo: IsoDate | null;
}

function isActiveOn(membership: Membership, date: IsoDate): boolean {
  return (
    (membership.validFrom === null || membership.validFrom <= date) &&
    (membership.validTo === null || date <= membership.validTo)
  );
}

function rangesOverlap(a: Membership, b: Membership): boolean {
  const aStartsBeforeBEnds = a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo;
  const bStartsBeforeAEnds = b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

export interface MembershipProblem {
  readonly unitCode: string;
  readonly message: string;
}

/**
 * A unit has one parent at a time: Camden cannot be in two BCUs in the same month.
 * Also catches a membership that ends before it starts, or names a unit that does not exist.
 */
export function findMembershipProblems(
  units: readonly OrgUnit[],
  memberships: readonly Membership[],
): MembershipProblem[] {
  const known = new Set(units.map((unit) => unit.code));
  const problems: MembershipProblem[] = [];
  for (const m of memberships) {
    for (const code of [m.unitCode, m.parentCode]) {
      if (!known.has(code)) problems.push({ unitCode: m.unitCode, message: `no unit has the code "${code}"` });
    }
    if (m.validFrom !== null && m.validTo !== null && m.validTo < m.validFrom) {
      problems.push({ unitCode: m.unitCode, message: `membership of ${m.parentCode} ends before it starts` });
    }
    if (m.unitCode === m.parentCode)
      problems.push({ unitCode: m.unitCode, message: 'a unit cannot be its own parent' });
  }
  memberships.forEach((a, index) => {
    for (const b of memberships.slice(index + 1)) {
      if (a.unitCode === b.unitCode && rangesOverlap(a, b)) {
        problems.push({
          unitCode: a.unitCode,
          message: `belongs to both ${a.parentCode} and ${b.parentCode} at the same time`,
        });
      }
    }
  });
  return problems;
}

export function parentOn(memberships: readonly Membership[], unitCode: string, date: IsoDate): string | null {
  return memberships.find((m) => m.unitCode === unitCode && isActiveOn(m, date))?.parentCode ?? null;
}

export function childrenOn(memberships: readonly Membership[], parentCode: string, date: IsoDate): string[] {
  return memberships.filter((m) => m.parentCode === parentCode && isActiveOn(m, date)).map((m) => m.unitCode);
}

// One collator for every comparison: localeCompare with a locale builds one per call, which
// sorting a force's hundreds of wards would pay thousands of times.
const names = new Intl.Collator('en-GB');

export function byDisplayOrder(a: OrgUnit, b: OrgUnit): number {
  return a.sortOrder - b.sortOrder || names.compare(a.name, b.name);
}
