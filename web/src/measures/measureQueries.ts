import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type {
  BoroughComparisonResult,
  BoroughList,
  MeasureComparison,
  MeasureList,
  MeasureSeries,
} from './measureTypes.js';

export function useMeasures() {
  return useQuery({ queryKey: ['measures'], queryFn: () => getJson<MeasureList>('/api/measures') });
}

export function useMeasureSeries(measure: string, area: string) {
  return useQuery({
    queryKey: ['measure-series', measure, area],
    queryFn: () => getJson<MeasureSeries>(`/api/measures/${encodeURIComponent(measure)}/series`, { area }),
  });
}

/** The period against the same period a year earlier; waits until there is a period to ask about. */
export function useMeasureComparison(measure: string, area: string, period: string | undefined) {
  return useQuery({
    queryKey: ['measure-compare', measure, area, period],
    queryFn: () => getJson<MeasureComparison>(`/api/measures/${encodeURIComponent(measure)}/compare`, { area, period }),
    enabled: period !== undefined,
    retry: false,
  });
}

export function useBoroughComparison(measure: string, period: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['measure-boroughs', measure, period],
    queryFn: () =>
      getJson<BoroughComparisonResult>(`/api/measures/${encodeURIComponent(measure)}/boroughs`, { period }),
    enabled: enabled && period !== undefined,
    retry: false,
  });
}

export function useBoroughList() {
  return useQuery({ queryKey: ['boroughs'], queryFn: () => getJson<BoroughList>('/api/organisation/boroughs') });
}
