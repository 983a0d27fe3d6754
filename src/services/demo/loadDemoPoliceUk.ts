import type { Transaction } from 'kysely';
import { DEMO_CITY_AREA, DEMO_ETHNIC_POPULATIONS, DEMO_MOST_SIMILAR_GROUPS } from '../../../demo/policeUk.js';
import {
  listOrgUnits,
  saveForceArea,
  saveMostSimilarGroup,
  writeEthnicPopulations,
  writePopulations,
  type DatabaseSchema,
} from '../../store/index.js';

/**
 * The settings police.uk comparisons need: most similar groups, force areas (the Met's are its
 * boroughs) and residents by ethnic group. The files themselves are loaded by the analyst.
 */
export async function loadDemoPoliceUk(trx: Transaction<DatabaseSchema>): Promise<{ forceSettings: number }> {
  for (const [force, peers] of Object.entries(DEMO_MOST_SIMILAR_GROUPS)) await saveMostSimilarGroup(trx, force, peers);
  const boroughs = (await listOrgUnits(trx)).filter((unit) => unit.kind === 'borough').map((unit) => unit.name);
  await saveForceArea(trx, 'metropolitan', boroughs);
  await saveForceArea(trx, DEMO_CITY_AREA.force, DEMO_CITY_AREA.localAuthorities);
  const { area, year, source, groups, forcePopulation } = DEMO_ETHNIC_POPULATIONS;
  await writeEthnicPopulations(
    trx,
    groups.map((g) => ({ areaCode: area, year, source, ethnicGroup: g.ethnicGroup, population: g.population })),
  );
  await writePopulations(trx, [{ areaCode: area, year, population: forcePopulation }]);
  return { forceSettings: Object.keys(DEMO_MOST_SIMILAR_GROUPS).length + 2 };
}
