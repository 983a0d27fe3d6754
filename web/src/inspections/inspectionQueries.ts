import { useQueries, useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { FindingFilters, FindingList, InspectionDetail, InspectionList } from './inspectionTypes.js';

const part = encodeURIComponent;

export function useInspections() {
  return useQuery({ queryKey: ['inspections'], queryFn: () => getJson<InspectionList>('/api/inspections') });
}

export function useInspection(key: string) {
  return useQuery({
    queryKey: ['inspection', key],
    queryFn: () => getJson<InspectionDetail>(`/api/inspections/${part(key)}`),
    retry: false,
  });
}

/** Every listed inspection's judgments, so the tracker can name each finding's component. */
export function useInspectionDetails(keys: readonly string[]) {
  return useQueries({
    queries: keys.map((key) => ({
      queryKey: ['inspection', key],
      queryFn: () => getJson<InspectionDetail>(`/api/inspections/${part(key)}`),
      retry: false,
    })),
  });
}

export function useFindings(filters: FindingFilters) {
  return useQuery({
    queryKey: ['findings', filters],
    queryFn: () => getJson<FindingList>('/api/findings', filters),
    retry: false,
  });
}
