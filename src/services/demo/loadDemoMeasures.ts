import type { Transaction } from 'kysely';
import { defaultCrimeTaxonomy } from '../../../demo/crimeTaxonomy.js';
import { demoMeasures, demoObservations } from '../../../demo/measures.js';
import { checkTaxonomy } from '../../domain/crime-data/index.js';
import { checkMeasure } from '../../domain/measures/index.js';
import {
  appendAuditRecords,
  insertCrimeTaxonomy,
  insertMeasureDefinitions,
  upsertObservations,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';

/**
 * The demo's measures, the headline figures the documents quote for them and the crime taxonomy
 * with its mappings. The monthly crime counts come later, from the real files (loadDemoCrimeData).
 */
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
  const stored = await upsertObservations(trx, demoObservations, new Date().toISOString());
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'measures',
      entityId: 'demo',
      after: { measures: demoMeasures.map((m) => m.code), observations: stored.added },
      reason: 'Demo data set loaded',
    }),
  ]);
  return { measures: demoMeasures.length, observations: stored.added };
}
