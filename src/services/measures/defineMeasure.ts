import { BluelampProblem } from '../../domain/errors.js';
import { checkMeasure, type MeasureDefinition } from '../../domain/measures/index.js';
import {
  appendAuditRecords,
  findMeasureDefinition,
  insertMeasureDefinitions,
  isCrimeCategory,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** Adds a measure to the framework; its code, once used, names it for good. */
export async function defineMeasure(ctx: ServiceContext, measure: MeasureDefinition): Promise<MeasureDefinition> {
  authorise(ctx, 'crime-data.import');
  const problems = checkMeasure(measure);
  const first = problems[0];
  if (first !== undefined) throw new BluelampProblem('invalid-input', `${first.field} ${first.message}.`, first.field);
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await findMeasureDefinition(trx, measure.code)) !== undefined) {
      throw new BluelampProblem('conflict', `There is already a measure "${measure.code}".`, 'code');
    }
    if (measure.crimeCategory !== null && !(await isCrimeCategory(trx, measure.crimeCategory))) {
      throw new BluelampProblem(
        'invalid-input',
        `crimeCategory "${measure.crimeCategory}" is not in the taxonomy.`,
        'crimeCategory',
      );
    }
    await insertMeasureDefinitions(trx, [measure]);
    await appendAuditRecords(trx, [
      auditRecord(ctx, { action: 'create', entityType: 'measure', entityId: measure.code, after: measure }),
    ]);
    return measure;
  });
}
