import { inspectionTemplate, writeInspectionCsvFiles } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { CSV, type InspectionFile } from './inspectionViews.js';

/** The template as CSV files, one per table, for those who keep their tables as CSV. */
export function getInspectionTemplateCsvFiles(ctx: ServiceContext): InspectionFile[] {
  authorise(ctx, 'inspections.read');
  return writeInspectionCsvFiles(inspectionTemplate()).map((file) => ({ ...file, mediaType: CSV }));
}
