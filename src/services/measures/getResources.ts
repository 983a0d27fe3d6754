import { resourceFigures, resourceSection, type ResourceFigure } from '../../domain/measures/index.js';
import { listMeasureDefinitions, listObservations } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** The force's resources: money and people, each figure with its period, source and as-at date. */
export interface Resources {
  readonly finance: ResourceFigure[];
  readonly workforce: ResourceFigure[];
}

/**
 * Every figure of the finance and workforce measures, in the framework's order, or only those a
 * given document published (an inspection's force-in-context figures are the ones its report
 * published). Performance measures are left out: they have their own pages.
 */
export async function getResources(
  ctx: ServiceContext,
  input: { source?: string | undefined } = {},
): Promise<Resources> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const sections: Resources = { finance: [], workforce: [] };
  for (const measure of await listMeasureDefinitions(db)) {
    const section = resourceSection(measure);
    if (section === null) continue;
    const figures = resourceFigures(measure, await listObservations(db, { measureCode: measure.code }));
    sections[section].push(...figures.filter((f) => input.source === undefined || f.source === input.source));
  }
  return sections;
}
