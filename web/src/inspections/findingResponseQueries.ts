import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { FindingPageData, GradeComparison, InspectionReadiness } from './findingResponseTypes.js';
import type { MilestoneListing } from '../plans/index.js';

const part = encodeURIComponent;

/** The API path of one finding; its changes are posted beneath it. */
export function findingPath(inspection: string, ref: string): string {
  return `/api/findings/${part(inspection)}/${part(ref)}`;
}

export function useFinding(inspection: string, ref: string) {
  return useQuery({
    queryKey: ['finding', inspection, ref],
    queryFn: () => getJson<FindingPageData>(findingPath(inspection, ref)),
    retry: false,
  });
}

export function useReadiness(inspection: string, on: string | undefined) {
  return useQuery({
    queryKey: ['readiness', inspection, on],
    queryFn: () => getJson<InspectionReadiness>(`/api/inspections/${part(inspection)}/readiness`, { on }),
    retry: false,
  });
}

export function useGradeComparison(inspection: string) {
  return useQuery({
    queryKey: ['grade-comparison', inspection],
    queryFn: () => getJson<GradeComparison>(`/api/inspections/${part(inspection)}/comparison`),
    retry: false,
  });
}

/** A published plan's milestones, once a plan is chosen; the same cache as the milestone tracker's unfiltered list. */
export function usePlanMilestones(planId: number | null) {
  return useQuery({
    queryKey: ['milestones', String(planId), {}],
    queryFn: () => getJson<MilestoneListing>(`/api/plans/${String(planId)}/milestones`),
    enabled: planId !== null,
  });
}
