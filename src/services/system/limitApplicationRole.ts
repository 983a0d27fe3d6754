import { limitApplicationRole as limitRole } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/**
 * Run by the database owner after migrating ("bluelamp db migrate --app-role ROLE"): the role the
 * application runs as may then add to the audit trail and the published reports but never alter,
 * delete or truncate them, nor switch their guards off.
 */
export async function limitApplicationRole(ctx: ServiceContext, role: string): Promise<void> {
  authorise(ctx, 'system.administer');
  await limitRole(ctx.store, role);
}
