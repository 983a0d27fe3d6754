import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { checkRiskFields, RISK_REF, type RiskFields } from '../../domain/risks/index.js';
import {
  appendAuditRecords,
  findStoredRisk,
  insertRisk,
  isUniqueViolation,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { checkRiskLinks } from './riskLinks.js';

export interface NewRisk extends RiskFields {
  /** "SR-1": letters, a dash and a number. */
  readonly ref: string;
}

/** Puts a new risk on the register at version 1, with its first history entry and audit record. */
export async function addRisk(ctx: ServiceContext, input: NewRisk): Promise<{ ref: string; version: number }> {
  authorise(ctx, 'board.edit');
  try {
    return await ctx.store.db.transaction().execute((trx) => writeNewRisk(ctx, trx, input, new Date().toISOString()));
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input.ref);
    throw error;
  }
}

function duplicate(ref: string): BluelampProblem {
  return new BluelampProblem('conflict', `The register already has a risk "${ref}".`, 'ref');
}

/** The insert inside a caller's transaction (the demo's), as of a moment. */
export async function writeNewRisk(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: NewRisk,
  at: string,
): Promise<{ ref: string; version: number }> {
  if (!RISK_REF.test(input.ref)) {
    throw new BluelampProblem('invalid-input', `"${input.ref}" is not a risk ref such as "SR-1".`, 'ref');
  }
  const { ref, ...fields } = input;
  checkRiskFields(fields);
  if ((await findStoredRisk(trx, ref)) !== undefined) throw duplicate(ref);
  await checkRiskLinks(trx, fields);
  await insertRisk(trx, ref, fields, at, actorLabel(ctx.actor));
  await appendAuditRecords(trx, [
    auditRecord(ctx, { action: 'create', entityType: 'risk', entityId: ref, after: input }),
  ]);
  return { ref, version: 1 };
}
