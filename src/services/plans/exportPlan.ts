import type { PlanDocument } from '../../domain/plans/index.js';
import { writePlanCsv, writePlanXlsx } from '../../ingest/index.js';
import { planContentDocument } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadVisiblePlan } from './planAccess.js';
import { PLAN_MEDIA_TYPES, type PlanFile, type PlanFileFormat } from './planViews.js';

/** A plan as a file: a byte-order mark lets Excel open the CSV as UTF-8 (£, é and en dashes survive). */
async function fileOf(format: PlanFileFormat, document: PlanDocument): Promise<Buffer> {
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
    mediaType: PLAN_MEDIA_TYPES[input.format],
    content: await fileOf(input.format, document),
  };
}
