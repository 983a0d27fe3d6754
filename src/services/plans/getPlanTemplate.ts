import { planTemplate } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { PLAN_MEDIA_TYPES, type PlanFile, type PlanFileFormat } from './planViews.js';

/** An empty plan spreadsheet with example rows, to fill in and import. */
export async function getPlanTemplate(ctx: ServiceContext, input: { format: PlanFileFormat }): Promise<PlanFile> {
  authorise(ctx, 'plans.read');
  const content =
    input.format === 'csv' ? Buffer.from(`\ufeff${planTemplate('csv')}`, 'utf8') : await planTemplate('xlsx');
  return { fileName: `bluelamp-plan-template.${input.format}`, mediaType: PLAN_MEDIA_TYPES[input.format], content };
}
