import type { IsoDate } from '../../domain/calendar/index.js';
import {
  complianceText,
  DEFAULT_MINIMUM,
  judgeWard,
  latestPostsOn,
  type NeighbourhoodMinimum,
  type WardCompliance,
  type WardPost,
} from '../../domain/neighbourhoods/index.js';
import type { OrganisationModel, OrgUnit } from '../../domain/organisation/index.js';
import { currentMinimum, listWardPosts, type Executor } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { byWardName } from './wardDirectory.js';

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

export interface MinimumInForce extends NeighbourhoodMinimum {
  /** True when nobody has set one and the plan's 2 DWOs and 1 PCSO apply. */
  readonly isDefault: boolean;
}

export interface ComplianceData {
  readonly on: IsoDate;
  readonly model: OrganisationModel;
  readonly minimum: MinimumInForce;
  /** Wards of each borough, in the order people read them. */
  readonly wardsByBorough: ReadonlyMap<string, WardDeployment[]>;
}

export async function minimumInForce(db: Executor): Promise<MinimumInForce> {
  const stored = await currentMinimum(db);
  return stored === undefined
    ? { ...DEFAULT_MINIMUM, isDefault: true }
    : { dwo: stored.dwo, pcso: stored.pcso, isDefault: false };
}

const ref = (unit: OrgUnit): AreaRef => ({ code: unit.code, name: unit.name });

function deploymentOf(
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

/**
 * Every borough's wards on a day, each judged on the latest posts stated on or before that day,
 * against the minimum in force. The organisation is read as it stood that day too.
 */
export async function loadComplianceData(ctx: ServiceContext, on: IsoDate): Promise<ComplianceData> {
  const [model, posts, minimum] = await Promise.all([
    loadOrganisationModel(ctx, { wards: true }),
    listWardPosts(ctx.store.db, { on }),
    minimumInForce(ctx.store.db),
  ]);
  const postsByWard = new Map<string, WardPost[]>();
  for (const post of latestPostsOn(posts, on)) {
    const list = postsByWard.get(post.wardCode) ?? [];
    list.push(post);
    postsByWard.set(post.wardCode, list);
  }
  const wardsByBorough = new Map<string, WardDeployment[]>();
  for (const borough of model.unitsOfKind('borough')) {
    const bcu = model.bcuOfBoroughOn(borough.code, on);
    const wards = model
      .childrenOn(borough.code, on, 'ward')
      .sort(byWardName)
      .map((ward) => deploymentOf(ward, borough, bcu, postsByWard.get(ward.code) ?? [], minimum));
    wardsByBorough.set(borough.code, wards);
  }
  return { on, model, minimum, wardsByBorough };
}
