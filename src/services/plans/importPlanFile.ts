import { BluelampProblem } from '../../domain/errors.js';
import { IngestError, readPlanCsv, readPlanXlsx, type PlanSheetHeader } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { importPlan, type ImportedPlan } from './importPlan.js';
import type { PlanFileFormat } from './planViews.js';

export interface PlanFileInput {
  readonly fileName: string;
  readonly format: PlanFileFormat;
  readonly content: Buffer;
  /** For CSV, which holds only the items: the plan's own details. */
  readonly header?: PlanSheetHeader | undefined;
}

/**
 * Imports a plan from a CSV or XLSX file: all of it or none of it, with every problem named by
 * file, row and column.
 */
export async function importPlanFile(ctx: ServiceContext, input: PlanFileInput): Promise<ImportedPlan> {
  authorise(ctx, 'plans.edit');
  try {
    if (input.format === 'csv' && input.header === undefined) {
      throw new BluelampProblem('invalid-input', 'A CSV plan needs its key, title, kind, owner and years.', 'header');
    }
    const sheet =
      input.format === 'csv'
        ? readPlanCsv(input.content.toString('utf8'), input.fileName, input.header as PlanSheetHeader)
        : await readPlanXlsx(input.content, input.fileName);
    return await importPlan(ctx, sheet.document, { fileName: input.fileName, locate: sheet.locate });
  } catch (error) {
    if (error instanceof IngestError) {
      throw new BluelampProblem('invalid-input', `The plan was not imported: ${error.message}`, 'content');
    }
    throw error;
  }
}
