import type { Actor } from '../../src/domain/accounts/index.js';
import { updateOrgUnit, type ServiceContext } from '../../src/services/index.js';

const ADMIN: Actor = { kind: 'user', username: 'admin', role: 'admin', scope: [] };

/**
 * Changes what the demo's 2018-19 Q1 report shows, as a real correction would: Met Operations,
 * the lead of BP18-05, is renamed, so the report built again differs from the one published.
 */
export async function renameQuarterOneLead(ctx: ServiceContext, name = 'Met Operations (renamed)'): Promise<void> {
  await updateOrgUnit({ ...ctx, actor: ADMIN }, { code: 'MetOps', name, reason: 'The business group was renamed.' });
}
