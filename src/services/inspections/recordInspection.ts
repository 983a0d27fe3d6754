import type { Transaction } from 'kysely';
import { BluelampProblem } from '../../domain/errors.js';
import { checkInspection, type InspectionDocument } from '../../domain/inspections/index.js';
import { appendAuditRecords, insertInspection, isUniqueViolation, type DatabaseSchema } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** Checks and writes an inspection inside a transaction the caller holds (the demo's, or an import's). */
export async function writeInspection(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  document: InspectionDocument,
): Promise<number> {
  const problems = checkInspection(document);
  const first = problems[0];
  if (first !== undefined) {
    const message = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new BluelampProblem('invalid-input', `The inspection was not loaded. ${message}.`, first.path);
  }
  const id = await insertInspection(trx, document, new Date().toISOString());
  await appendAuditRecords(trx, [
    auditRecord(ctx, { action: 'create', entityType: 'inspection', entityId: document.key, after: document }),
  ]);
  return id;
}

/** Loads an inspection report, all or nothing; a report already held under its key is refused. */
export async function recordInspection(
  ctx: ServiceContext,
  document: InspectionDocument,
): Promise<{ id: number; key: string }> {
  authorise(ctx, 'inspections.edit');
  try {
    const id = await ctx.store.db.transaction().execute((trx) => writeInspection(ctx, trx, document));
    return { id, key: document.key };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new BluelampProblem('conflict', `An inspection with the key "${document.key}" is already loaded.`, 'key');
    }
    throw error;
  }
}
