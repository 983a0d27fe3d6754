import { ORG_UNIT_KINDS, OrganisationModel, type OrgUnitKind } from '../../domain/organisation/index.js';
import { listMemberships, listOrgUnits } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

const ABOVE_WARDS: readonly OrgUnitKind[] = ORG_UNIT_KINDS.filter((kind) => kind !== 'ward');

async function modelOf(ctx: ServiceContext, kinds: readonly OrgUnitKind[]): Promise<OrganisationModel> {
  const [units, memberships] = await Promise.all([
    listOrgUnits(ctx.store.db, kinds),
    listMemberships(ctx.store.db, kinds),
  ]);
  return new OrganisationModel(units, memberships);
}

/**
 * The force's organisation as the use cases read it. A force has hundreds of wards and only the
 * neighbourhood and unit pages need them, so they are left out unless asked for.
 */
export function loadOrganisationModel(
  ctx: ServiceContext,
  options: { wards?: boolean } = {},
): Promise<OrganisationModel> {
  return modelOf(ctx, options.wards === true ? ORG_UNIT_KINDS : ABOVE_WARDS);
}

/** The boroughs and the BCUs they belong to, without the rest of the force: enough to place a borough in its BCU on a day. */
export function loadBoroughModel(ctx: ServiceContext): Promise<OrganisationModel> {
  return modelOf(ctx, ['borough', 'bcu']);
}
