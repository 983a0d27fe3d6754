import { writeInspectionWorkbook } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { inspectionDocumentOf } from './inspectionDocumentOf.js';
import { XLSX, type InspectionFile } from './inspectionViews.js';

/** A loaded report as the workbook it could have been imported from. */
export async function exportInspection(
  ctx: ServiceContext,
  input: { key: string; format: 'xlsx' },
): Promise<InspectionFile> {
  authorise(ctx, 'inspections.read');
  const document = await inspectionDocumentOf(ctx.store.db, input.key);
  return {
    fileName: `${document.key}.${input.format}`,
    mediaType: XLSX,
    content: await writeInspectionWorkbook(document),
  };
}
