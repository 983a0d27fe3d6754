import { newestVintage, resolveArea } from '../../domain/measures/index.js';
import { listObservations, type StoredObservation } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { loadMeasure } from './measureAccess.js';

/**
 * Where a held figure stands: the one its source shows, an earlier vintage of the same source
 * kept beside a newer one, or numbers a later load of the same vintage corrected.
 */
export type ObservationStanding = 'shown' | 'earlier-vintage' | 'superseded';

export type ListedObservation = StoredObservation & { readonly standing: ObservationStanding };

function standings(observations: readonly StoredObservation[]): ListedObservation[] {
  const key = (o: StoredObservation) =>
    [o.measureCode, o.areaCode, o.period, o.breakdown ?? '', o.source].join('\u0000');
  const current = new Map<string, StoredObservation[]>();
  for (const o of observations) {
    if (o.supersededAt === null) current.set(key(o), [...(current.get(key(o)) ?? []), o]);
  }
  const shown = new Set([...current.values()].map((vintages) => newestVintage(vintages)));
  return observations.map((o) => ({
    ...o,
    standing: o.supersededAt !== null ? 'superseded' : shown.has(o) ? 'shown' : 'earlier-vintage',
  }));
}

/** Every value loaded for a measure, every source and vintage, and the corrections they replaced, oldest load first. */
export async function listMeasureObservations(
  ctx: ServiceContext,
  input: { measure: string; area?: string | undefined },
): Promise<{ measure: { code: string; name: string }; observations: ListedObservation[] }> {
  authorise(ctx, 'measures.read');
  const measure = await loadMeasure(ctx.store.db, input.measure);
  const areaCodes =
    input.area === undefined
      ? undefined
      : [resolveArea(await loadOrganisationModel(ctx), input.area, ctx.today()).code];
  const observations = await listObservations(ctx.store.db, {
    measureCode: measure.code,
    ...(areaCodes === undefined ? {} : { areaCodes }),
  });
  return { measure: { code: measure.code, name: measure.name }, observations: standings(observations) };
}
