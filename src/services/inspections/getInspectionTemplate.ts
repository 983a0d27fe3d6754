import { inspectionTemplate, writeInspectionWorkbook } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { XLSX, type InspectionFile } from './inspectionViews.js';

/** A workbook holding a small made-up report, with a Read me sheet, to fill in and import. */
export async function getInspectionTemplate(ctx: ServiceContext, input: { format: 'xlsx' }): Promise<InspectionFile> {
  authorise(ctx, 'inspections.read');
  const content = await writeInspectionWorkbook(inspectionTemplate());
  return { fileName: `bluelamp-inspection-template.${input.format}`, mediaType: XLSX, content };
}
