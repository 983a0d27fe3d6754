import { BluelampProblem } from '../../domain/errors.js';
import type { PlanDocument } from '../../domain/plans/index.js';
import {
  IngestError,
  planTemplate,
  readPlanCsv,
  readPlanXlsx,
  writePlanCsv,
  writePlanXlsx,
  type PlanSheetHeader,
} from '../../ingest/index.js';
import { planContentDocument } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { importPlan, type ImportedPlan } from './importPlan.js';
import { loadVisiblePlan } from './planAccess.js';

export type PlanFileFormat = 'csv' | 'xlsx';

export interface PlanFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

const MEDIA_TYPES: Record<PlanFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function fileOf(format: PlanFileFormat, document: PlanDocument): Promise<Buffer> {
  // A byte-order mark lets Excel open the CSV as UTF-8 (£, é and en dashes survive).
  return format === 'csv' ? Buffer.from(`\ufeff${writePlanCsv(document)}`, 'utf8') : writePlanXlsx(document);
}

/** A plan version as the spreadsheet a performance team keeps it in. */
export async function exportPlan(
  ctx: ServiceContext,
  input: { planId: number; format: PlanFileFormat },
): Promise<PlanFile> {
  authorise(ctx, 'plans.read');
  const content = await loadVisiblePlan(ctx, ctx.store.db, input.planId);
  const document = planContentDocument(content);
  return {
    fileName: `${document.key}-v${content.plan.version}.${input.format}`,
    mediaType: MEDIA_TYPES[input.format],
    content: await fileOf(input.format, document),
  };
}

/** An empty plan spreadsheet with example rows, to fill in and import. */
export async function getPlanTemplate(ctx: ServiceContext, input: { format: PlanFileFormat }): Promise<PlanFile> {
  authorise(ctx, 'plans.read');
  const content =
    input.format === 'csv' ? Buffer.from(`\ufeff${planTemplate('csv')}`, 'utf8') : await planTemplate('xlsx');
  return { fileName: `bluelamp-plan-template.${input.format}`, mediaType: MEDIA_TYPES[input.format], content };
}

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
