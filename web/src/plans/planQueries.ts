import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type {
  MilestoneDetail,
  MilestoneListing,
  PlanCoverage,
  PlanDetail,
  PlanListing,
  QuarterPublicationSummary,
  PlanPublicationSummary,
  ReviewQueue,
  UpdatesDue,
} from './planTypes.js';

export function usePlans() {
  return useQuery({ queryKey: ['plans'], queryFn: () => getJson<PlanListing>('/api/plans') });
}

export function usePlan(planId: string) {
  return useQuery({ queryKey: ['plan', planId], queryFn: () => getJson<PlanDetail>(`/api/plans/${planId}`) });
}

export function useMilestones(planId: string, filters: Record<string, string | undefined>) {
  return useQuery({
    queryKey: ['milestones', planId, filters],
    queryFn: () => getJson<MilestoneListing>(`/api/plans/${planId}/milestones`, filters),
  });
}

export function useMilestone(planId: string, ref: string) {
  return useQuery({
    queryKey: ['milestone', planId, ref],
    queryFn: () => getJson<MilestoneDetail>(`/api/plans/${planId}/milestones/${encodeURIComponent(ref)}`),
  });
}

export function useCoverage(planId: string, kind: string | undefined) {
  return useQuery({
    queryKey: ['coverage', planId, kind],
    queryFn: () => getJson<PlanCoverage>(`/api/plans/${planId}/coverage`, { kind }),
  });
}

export function useUpdatesDue(enabled: boolean) {
  return useQuery({ queryKey: ['updates-due'], queryFn: () => getJson<UpdatesDue>('/api/my/updates-due'), enabled });
}

export function useReviewQueue(enabled: boolean) {
  return useQuery({ queryKey: ['review-queue'], queryFn: () => getJson<ReviewQueue>('/api/review-queue'), enabled });
}

export function useQuarterPublicationSummary(planId: string, quarter: string, enabled: boolean) {
  return useQuery({
    queryKey: ['quarter-publication', planId, quarter],
    queryFn: () =>
      getJson<QuarterPublicationSummary>(
        `/api/plans/${planId}/quarters/${encodeURIComponent(quarter)}/publication-summary`,
      ),
    enabled,
  });
}

export function usePlanPublicationSummary(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['plan-publication', planId],
    queryFn: () => getJson<PlanPublicationSummary>(`/api/plans/${planId}/publication-summary`),
    enabled,
  });
}
