import type { Transaction } from 'kysely';
import { defaultCrimeTaxonomy } from '../../../demo/crimeTaxonomy.js';
import { syntheticCrimeCounts } from '../../../demo/crimeSeries.js';
import { demoMeasures, demoObservations } from '../../../demo/measures.js';
import { actorLabel } from '../../domain/accounts/index.js';
import { checkTaxonomy } from '../../domain/crime-data/index.js';
import { checkMeasure } from '../../domain/measures/index.js';
import {
  appendAuditRecords,
  insertCrimeImport,
  insertCrimeTaxonomy,
  listOrgUnits,
  writeCrimeCounts,
  insertMeasureDefinitions,
  upsertObservations,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

/** Generated monthly borough counts, recorded as a "demo-synthetic" import so every screen can say so. */
async function loadSyntheticCounts(ctx: ServiceContext, trx: Transaction<DatabaseSchema>): Promise<number> {
  const boroughs = (await listOrgUnits(trx)).filter((unit) => unit.kind === 'borough').map((unit) => unit.code);
  const counts = syntheticCrimeCounts(boroughs);
  const months = counts.map((c) => c.month).sort();
  const importId = await insertCrimeImport(trx, {
    source: 'demo-synthetic',
    fileName: 'demo/crimeSeries.ts',
    sha256: '',
    firstMonth: months[0] ?? '',
    lastMonth: months.at(-1) ?? '',
    rowsRead: 0,
    countsWritten: counts.length,
    loadedAt: new Date().toISOString(),
    loadedBy: actorLabel(ctx.actor),
  });
  await writeCrimeCounts(trx, counts, importId);
  return counts.length;
}

/** The demo's measures and the headline figures the documents quote for them. */
export async function loadDemoMeasures(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
): Promise<{ measures: number; observations: number }> {
  for (const measure of demoMeasures) {
    const problems = checkMeasure(measure);
    if (problems.length > 0)
      throw new Error(`Demo measure ${measure.code}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
  }
  const taxonomyProblems = checkTaxonomy(defaultCrimeTaxonomy);
  if (taxonomyProblems.length > 0)
    throw new Error(`Demo crime taxonomy: ${taxonomyProblems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  await insertCrimeTaxonomy(trx, defaultCrimeTaxonomy);
  await insertMeasureDefinitions(trx, demoMeasures);
  const counts = await loadSyntheticCounts(ctx, trx);
  const stored = await upsertObservations(trx, demoObservations, new Date().toISOString());
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'measures',
      entityId: 'demo',
      after: { measures: demoMeasures.map((m) => m.code), observations: stored.added, syntheticCrimeCounts: counts },
      reason: 'Demo data set loaded',
    }),
  ]);
  return { measures: demoMeasures.length, observations: stored.added };
}
