import type { IsoDate } from '../../domain/calendar/index.js';
import {
  complianceText,
  judgeWard,
  type NeighbourhoodMinimum,
  type WardCompliance,
  type WardPost,
} from '../../domain/neighbourhoods/index.js';
import type { OrgUnit } from '../../domain/organisation/index.js';
import { deploymentTable } from '../../domain/neighbourhoods/index.js';

export interface AreaRef {
  readonly code: string;
  readonly name: string;
}

/** One ward's posts and its standing against the minimum, as the API and the CLI show it. */
export interface WardDeployment extends WardCompliance {
  readonly code: string;
  readonly name: string;
  readonly gssCode: string | null;
  readonly borough: AreaRef;
  readonly bcu: AreaRef | null;
  /** The latest as-at date of the figures used, or null when the ward has none. */
  readonly asAt: IsoDate | null;
  readonly complianceText: string;
}

const ref = (unit: OrgUnit): AreaRef => ({ code: unit.code, name: unit.name });

/** A ward's posts judged against the minimum, as the pages and the CSV show it. */
export function deploymentOf(
  ward: OrgUnit,
  borough: OrgUnit,
  bcu: OrgUnit | null,
  posts: readonly WardPost[],
  minimum: NeighbourhoodMinimum,
): WardDeployment {
  const judged = judgeWard(posts, minimum);
  const asAt =
    posts
      .map((p) => p.asAt)
      .sort()
      .at(-1) ?? null;
  return {
    code: ward.code,
    name: ward.name,
    gssCode: ward.gssCode,
    borough: ref(borough),
    bcu: bcu === null ? null : ref(bcu),
    asAt,
    ...judged,
    complianceText: complianceText(judged),
  };
}

/** Every as-at date the figures were stated on, oldest first. */
export function asAtDates(wards: readonly WardDeployment[]): IsoDate[] {
  return [...new Set(wards.flatMap((w) => (w.asAt === null ? [] : [w.asAt])))].sort();
}

/** The deployment table exactly as published. */
export function deploymentRows(wards: readonly WardDeployment[]): ReturnType<typeof deploymentTable> {
  return deploymentTable(
    wards.map((w) => ({
      boroughName: w.borough.name,
      wardName: w.name,
      wardCode: w.gssCode,
      compliance: w,
      asAt: w.asAt,
    })),
  );
}
