import { observationTemplateCsv } from '../../ingest/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** A CSV template for observations, with the columns and two example rows. */
export function getObservationTemplate(ctx: ServiceContext): string {
  authorise(ctx, 'measures.read');
  return observationTemplateCsv();
}
