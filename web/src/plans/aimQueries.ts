import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { ResponseOf } from '../shared/apiTypes.js';

/** A plan's aims with their measures, as GET /api/plans/:planId/aims answers (src/api/plans/aimRoutes.ts). */
export type PlanAimMeasures = ResponseOf<'listAimMeasures'>;
export type MeasuredNode = PlanAimMeasures['aims'][number];
export type AimMeasure = MeasuredNode['measures'][number];
export type AimFigure = NonNullable<AimMeasure['latest']>['figures'][number];

export function useAimMeasures(planId: string) {
  return useQuery({
    queryKey: ['aims', planId],
    queryFn: () => getJson<PlanAimMeasures>(`/api/plans/${planId}/aims`),
  });
}
