import { demoOrganisation } from '../../../demo/organisation.js';
import { BluelampProblem } from '../../domain/errors.js';
import { findMembershipProblems } from '../../domain/organisation/index.js';
import { countOrgUnits, deleteOrganisation, insertOrganisation } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

export interface DemoLoadResult {
  readonly units: number;
  readonly memberships: number;
}

/**
 * Loads the demo data set into an empty database, all in one transaction. A database that
 * already holds data is left alone unless the caller asks for a reset.
 */
export async function loadDemoData(ctx: ServiceContext, options: { reset?: boolean } = {}): Promise<DemoLoadResult> {
  const { units, memberships } = demoOrganisation();
  const problems = findMembershipProblems(units, memberships);
  if (problems.length > 0) {
    throw new Error(
      `The demo organisation is inconsistent: ${problems.map((p) => `${p.unitCode} ${p.message}`).join('; ')}`,
    );
  }
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await countOrgUnits(trx)) > 0) {
      if (options.reset !== true) {
        throw new BluelampProblem(
          'conflict',
          'This database already holds data, so the demo was not loaded. Use --reset to replace everything with the demo data.',
        );
      }
      await deleteOrganisation(trx);
    }
    await insertOrganisation(trx, units, memberships);
    return { units: units.length, memberships: memberships.length };
  });
}

export async function isDatabaseEmpty(ctx: ServiceContext): Promise<boolean> {
  return (await countOrgUnits(ctx.store.db)) === 0;
}
