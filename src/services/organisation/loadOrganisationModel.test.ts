import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisation } from '../../../demo/organisation.js';
import { testContext } from '../../../test/support/demoContext.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { insertOrganisation, migrateToLatest, openStore, type Store } from '../../store/index.js';
import { readingOrganisationOnce, loadOrganisationModel } from './loadOrganisationModel.js';
import { updateOrgUnit } from './updateOrgUnit.js';

const CAMDEN = 'camden';

describe.each(DIALECTS)('the organisation held in memory between requests (%s)', (dialect) => {
  let database: TestDatabase;
  // Two servers on one database, each with its own connection and its own memory.
  let first: Store;
  let second: Store;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    first = await openStore(database.config);
    await migrateToLatest(first);
    const { units, memberships } = demoOrganisation();
    await first.db.transaction().execute((trx) => insertOrganisation(trx, units, memberships));
    second = await openStore(database.config);
  });

  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  const nameOfCamden = async (store: Store) => (await loadOrganisationModel(testContext(store))).unit(CAMDEN)?.name;

  it('answers a second read without building the model again while nothing has changed', async () => {
    const once = await loadOrganisationModel(testContext(first));
    expect(await loadOrganisationModel(testContext(first))).toBe(once);
  });

  it('sees a renaming made through another server on its next read', async () => {
    expect(await nameOfCamden(first)).toBe('Camden');
    expect(await nameOfCamden(second)).toBe('Camden');
    await updateOrgUnit(testContext(second), { code: CAMDEN, name: 'Camden and Kentish Town', reason: 'Renamed' });
    expect(await nameOfCamden(first)).toBe('Camden and Kentish Town');
    expect(await nameOfCamden(second)).toBe('Camden and Kentish Town');
  });

  it('sees units added by another server, wards included', async () => {
    const wardsBefore = (await loadOrganisationModel(testContext(first), { wards: true })).unitsOfKind('ward');
    await insertOrganisation(
      second.db,
      [
        {
          code: 'camden-test-ward',
          kind: 'ward',
          name: 'Test ward',
          leadCode: null,
          gssCode: null,
          goLive: null,
          pathfinder: false,
          sortOrder: 1,
        },
      ],
      [{ unitCode: 'camden-test-ward', parentCode: CAMDEN, validFrom: null, validTo: null }],
    );
    const model = await loadOrganisationModel(testContext(first), { wards: true });
    expect(model.unitsOfKind('ward')).toHaveLength(wardsBefore.length + 1);
    expect(model.parentOn('camden-test-ward', '2019-01-01')?.code).toBe(CAMDEN);
  });

  it('keeps one model for the length of a read, and a fresh read sees what changed meanwhile', async () => {
    const reading = readingOrganisationOnce(testContext(first));
    const before = await loadOrganisationModel(reading);
    await updateOrgUnit(testContext(second), { code: CAMDEN, name: 'Camden', reason: 'Renamed back' });
    expect(await loadOrganisationModel(reading)).toBe(before);
    expect(await nameOfCamden(first)).toBe('Camden');
  });
});
