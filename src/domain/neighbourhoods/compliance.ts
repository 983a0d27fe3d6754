import { WARD_ROLE_LABELS, WARD_ROLES, type WardPost, type WardRole } from './wardPosts.js';

/** The least each ward should have in post: the plan's promise is 2 DWOs and 1 PCSO. */
export interface NeighbourhoodMinimum {
  readonly dwo: number;
  readonly pcso: number;
}

export const DEFAULT_MINIMUM: NeighbourhoodMinimum = { dwo: 2, pcso: 1 };

/** A minimum must be a whole number of posts; more than 20 per ward is a typing mistake, not a policy. */
export function minimumProblems(minimum: NeighbourhoodMinimum): { field: WardRole; message: string }[] {
  return WARD_ROLES.flatMap((role) => {
    const value = minimum[role];
    return Number.isInteger(value) && value >= 0 && value <= 20
      ? []
      : [{ field: role, message: `must be a whole number of ${WARD_ROLE_LABELS[role].plural} from 0 to 20` }];
  });
}

export interface RoleFigures {
  readonly establishment: number;
  readonly actual: number;
}

/**
 * A ward's standing against the minimum. A ward without figures for a role is "no figures", not
 * short: nobody has said how many officers it has, and counting it as zero would invent a gap.
 */
export type ComplianceStatus = 'met' | 'short' | 'no-figures';

export interface WardCompliance {
  readonly status: ComplianceStatus;
  readonly dwo: RoleFigures | null;
  readonly pcso: RoleFigures | null;
  /** Posts missing to reach the minimum, per role; zero where the role has no figures. */
  readonly shortfall: NeighbourhoodMinimum;
  readonly synthetic: boolean;
}

function figuresOf(posts: readonly WardPost[], role: WardRole): RoleFigures | null {
  const post = posts.find((p) => p.role === role);
  return post === undefined ? null : { establishment: post.establishment, actual: post.actual };
}

/** Judges one ward from its current posts (one per role at most; see latestPostsOn). */
export function judgeWard(posts: readonly WardPost[], minimum: NeighbourhoodMinimum): WardCompliance {
  const dwo = figuresOf(posts, 'dwo');
  const pcso = figuresOf(posts, 'pcso');
  const shortfall = {
    dwo: dwo === null ? 0 : Math.max(0, minimum.dwo - dwo.actual),
    pcso: pcso === null ? 0 : Math.max(0, minimum.pcso - pcso.actual),
  };
  const status: ComplianceStatus =
    dwo === null || pcso === null ? 'no-figures' : shortfall.dwo + shortfall.pcso === 0 ? 'met' : 'short';
  return { status, dwo, pcso, shortfall, synthetic: posts.some((p) => p.synthetic) };
}

/** Wards of an area (a borough, a BCU, London) added up. */
export interface ComplianceRollUp {
  readonly wards: number;
  readonly met: number;
  readonly short: number;
  readonly noFigures: number;
  readonly shortfall: NeighbourhoodMinimum;
  readonly dwo: RoleFigures;
  readonly pcso: RoleFigures;
}

const EMPTY_ROLL_UP: ComplianceRollUp = {
  wards: 0,
  met: 0,
  short: 0,
  noFigures: 0,
  shortfall: { dwo: 0, pcso: 0 },
  dwo: { establishment: 0, actual: 0 },
  pcso: { establishment: 0, actual: 0 },
};

const addFigures = (a: RoleFigures, b: RoleFigures | null): RoleFigures =>
  b === null ? a : { establishment: a.establishment + b.establishment, actual: a.actual + b.actual };

/** Sums wards. A BCU is the sum of its boroughs' wards, London the sum of all. */
export function rollUp(wards: readonly WardCompliance[]): ComplianceRollUp {
  return wards.reduce<ComplianceRollUp>(
    (sum, ward) => ({
      wards: sum.wards + 1,
      met: sum.met + (ward.status === 'met' ? 1 : 0),
      short: sum.short + (ward.status === 'short' ? 1 : 0),
      noFigures: sum.noFigures + (ward.status === 'no-figures' ? 1 : 0),
      shortfall: { dwo: sum.shortfall.dwo + ward.shortfall.dwo, pcso: sum.shortfall.pcso + ward.shortfall.pcso },
      dwo: addFigures(sum.dwo, ward.dwo),
      pcso: addFigures(sum.pcso, ward.pcso),
    }),
    EMPTY_ROLL_UP,
  );
}

/** Adds roll-ups that cover different wards (boroughs into a BCU). */
export function combineRollUps(parts: readonly ComplianceRollUp[]): ComplianceRollUp {
  return parts.reduce<ComplianceRollUp>(
    (sum, part) => ({
      wards: sum.wards + part.wards,
      met: sum.met + part.met,
      short: sum.short + part.short,
      noFigures: sum.noFigures + part.noFigures,
      shortfall: { dwo: sum.shortfall.dwo + part.shortfall.dwo, pcso: sum.shortfall.pcso + part.shortfall.pcso },
      dwo: addFigures(sum.dwo, part.dwo),
      pcso: addFigures(sum.pcso, part.pcso),
    }),
    EMPTY_ROLL_UP,
  );
}

function posts(count: number, role: WardRole): string {
  const labels = WARD_ROLE_LABELS[role];
  return `${count} ${count === 1 ? labels.singular : labels.plural}`;
}

/** The words on a ward's tag and in the published table: "Meets the minimum", "1 PCSO short". */
export function complianceText(ward: WardCompliance): string {
  if (ward.status === 'met') return 'Meets the minimum';
  if (ward.status === 'no-figures') {
    const missing = WARD_ROLES.filter((role) => ward[role] === null).map((role) => WARD_ROLE_LABELS[role].plural);
    return `No figures for ${missing.join(' or ')}`;
  }
  const gaps = WARD_ROLES.filter((role) => ward.shortfall[role] > 0).map((role) => posts(ward.shortfall[role], role));
  return `${gaps.join(' and ')} short`;
}

/** "2 DWOs and 1 PCSO": how a minimum is said in sentences. */
export function describeMinimum(minimum: NeighbourhoodMinimum): string {
  return `${posts(minimum.dwo, 'dwo')} and ${posts(minimum.pcso, 'pcso')}`;
}
