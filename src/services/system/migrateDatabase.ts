import { migrateToLatest, type MigrationReport } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { asProblem } from './openServiceContext.js';

/** Brings the schema up to date (what "bluelamp db migrate" does). */
export async function migrateDatabase(ctx: ServiceContext): Promise<MigrationReport> {
  authorise(ctx, 'system.administer');
  try {
    return await migrateToLatest(ctx.store);
  } catch (error) {
    throw asProblem(error);
  }
}
