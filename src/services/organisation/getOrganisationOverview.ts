import type { IsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from './loadOrganisationModel.js';
import { summariseUnit, type DateQuery, type OrgUnitSummary } from './organisationViews.js';

export interface BusinessGroupListing extends OrgUnitSummary {
  readonly units: OrgUnitSummary[];
}

export interface OrganisationOverview {
  readonly on: IsoDate;
  readonly force: OrgUnitSummary;
  readonly businessGroups: BusinessGroupListing[];
  readonly counts: { readonly bcus: number; readonly boroughs: number; readonly wards: number };
}

/** The force, its business groups and the units in each, on a day. */
export async function getOrganisationOverview(
  ctx: ServiceContext,
  query: DateQuery = {},
): Promise<OrganisationOverview> {
  authorise(ctx, 'organisation.read');
  const on = query.on ?? ctx.today();
  const model = await loadOrganisationModel(ctx, { wards: true });
  const force = model.unitsOfKind('force')[0];
  if (force === undefined) {
    throw new BluelampProblem(
      'not-found',
      'No organisation has been loaded yet. Run "bluelamp demo" or load your own.',
    );
  }
  const businessGroups = model.childrenOn(force.code, on, 'business-group').map((group) => ({
    ...summariseUnit(group),
    units: model.childrenOn(group.code, on, 'unit').map(summariseUnit),
  }));
  const liveBcus = model.unitsOfKind('bcu').filter((bcu) => model.parentOn(bcu.code, on) !== null);
  return {
    on,
    force: summariseUnit(force),
    businessGroups,
    counts: {
      bcus: liveBcus.length,
      boroughs: model.unitsOfKind('borough').length,
      wards: model.unitsOfKind('ward').length,
    },
  };
}
