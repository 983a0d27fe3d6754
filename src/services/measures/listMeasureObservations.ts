import { resolveArea } from '../../domain/measures/index.js';
import { listObservations, type StoredObservation } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { loadMeasure } from './measureAccess.js';

/** Every value loaded for a measure, current ones and the revisions they replaced, oldest load first. */
export async function listMeasureObservations(
  ctx: ServiceContext,
  input: { measure: string; area?: string | undefined },
): Promise<{ measure: { code: string; name: string }; observations: StoredObservation[] }> {
  authorise(ctx, 'measures.read');
  const measure = await loadMeasure(ctx.store.db, input.measure);
  const areaCodes =
    input.area === undefined
      ? undefined
      : [resolveArea(await loadOrganisationModel(ctx), input.area, ctx.today()).code];
  return {
    measure: { code: measure.code, name: measure.name },
    observations: await listObservations(ctx.store.db, {
      measureCode: measure.code,
      ...(areaCodes === undefined ? {} : { areaCodes }),
    }),
  };
}
