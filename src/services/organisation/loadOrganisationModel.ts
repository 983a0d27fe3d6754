import { OrganisationModel } from '../../domain/organisation/index.js';
import { listMemberships, listOrgUnits } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

export async function loadOrganisationModel(ctx: ServiceContext): Promise<OrganisationModel> {
  const [units, memberships] = await Promise.all([listOrgUnits(ctx.store.db), listMemberships(ctx.store.db)]);
  return new OrganisationModel(units, memberships);
}
