import { listStoredFindings, listStoredInspections } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { countByKind, type InspectionSummary } from './inspectionViews.js';

/** Every inspection loaded, latest first, with how many findings of each kind it raised. */
export async function listInspections(ctx: ServiceContext): Promise<{ inspections: InspectionSummary[] }> {
  authorise(ctx, 'inspections.read');
  const findings = await listStoredFindings(ctx.store.db);
  const inspections = await listStoredInspections(ctx.store.db);
  return {
    inspections: inspections.map((i) => ({
      ...i,
      findings: countByKind(findings.filter((f) => f.inspectionKey === i.key)),
    })),
  };
}
