import { beforeAll } from 'vitest';
import { defaultCrimeTaxonomy } from '../../demo/crimeTaxonomy.js';
import { demoOrganisation } from '../../demo/organisation.js';
import type { ServiceContext } from '../../src/services/context.js';
import { insertCrimeTaxonomy, insertOrganisation, type Dialect, type Store } from '../../src/store/index.js';
import { testContext } from './demoContext.js';
import { describeOnBothDatabases } from './testStores.js';

/**
 * What loading crime files needs and nothing more: the Met's organisation (boroughs, BCUs, the
 * airports area) and the default crime taxonomy, as the demo loads them, without its crime figures.
 */
export async function loadCrimeDataBasics(store: Store): Promise<void> {
  const { units, memberships } = demoOrganisation();
  await store.db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, units, memberships);
    await insertCrimeTaxonomy(trx, defaultCrimeTaxonomy);
  });
}

/** Runs the tests on both databases, each holding the organisation and the taxonomy, no crime counts. */
export function describeWithCrimeDataBasics(
  title: string,
  body: (ctx: () => ServiceContext, store: () => Store, dialect: Dialect) => void,
): void {
  describeOnBothDatabases(title, (store, dialect) => {
    beforeAll(async () => {
      await loadCrimeDataBasics(store());
    });
    body(() => testContext(store()), store, dialect);
  });
}

/** One of the demo's 2018 wards: no ONS code, in Camden since before any boundary change. */
export async function insertCamdenWardOne(store: Store): Promise<void> {
  await insertOrganisation(
    store.db,
    [
      {
        code: 'camden-ward-1',
        kind: 'ward',
        name: 'Camden ward 1',
        leadCode: null,
        gssCode: null,
        goLive: null,
        pathfinder: false,
        sortOrder: 1,
      },
    ],
    [{ unitCode: 'camden-ward-1', parentCode: 'camden', validFrom: null, validTo: null }],
  );
}
