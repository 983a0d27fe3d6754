import type { IsoDate } from '../../domain/calendar/index.js';
import {
  byWardName,
  DEFAULT_MINIMUM,
  latestPostsOn,
  type NeighbourhoodMinimum,
  type WardPost,
} from '../../domain/neighbourhoods/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { currentMinimum, listWardPosts, type Executor } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { deploymentOf, type WardDeployment } from './complianceViews.js';

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
