import { groupObservationTemplateCsv } from '../../ingest/measures/groupObservationTemplate.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** A CSV template for survey results by group, with example rows for each ethnic group. */
export function getGroupObservationTemplate(ctx: ServiceContext): {
  fileName: string;
  mediaType: string;
  content: Buffer;
} {
  authorise(ctx, 'measures.read');
  return {
    fileName: 'bluelamp-observations-by-group.csv',
    mediaType: 'text/csv; charset=utf-8',
    content: Buffer.from(`\ufeff${groupObservationTemplateCsv()}`, 'utf8'),
  };
}
