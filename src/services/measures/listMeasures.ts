import type { MeasureDefinition } from '../../domain/measures/index.js';
import { listMeasureDefinitions } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** Every measure, in the order the framework lists them. */
export async function listMeasures(ctx: ServiceContext): Promise<{ measures: MeasureDefinition[] }> {
  authorise(ctx, 'measures.read');
  return { measures: await listMeasureDefinitions(ctx.store.db) };
}
