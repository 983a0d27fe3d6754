import { OrganisationModel } from '../../domain/organisation/index.js';
import { listMemberships, listOrgUnits } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

export async function loadOrganisationModel(ctx: ServiceContext): Promise<OrganisationModel> {
  const [units, memberships] = await Promise.all([listOrgUnits(ctx.store.db), listMemberships(ctx.store.db)]);
  return new OrganisationModel(units, memberships);
}

/**
 * The boroughs and the BCUs they belong to, without the rest of the force: enough to place a
 * borough in its BCU on a day, and much less to read than a force with hundreds of wards.
 */
export async function loadBoroughModel(ctx: ServiceContext): Promise<OrganisationModel> {
  const [units, memberships] = await Promise.all([
    listOrgUnits(ctx.store.db, ['borough', 'bcu']),
    listMemberships(ctx.store.db, ['borough']),
  ]);
  return new OrganisationModel(units, memberships);
}
