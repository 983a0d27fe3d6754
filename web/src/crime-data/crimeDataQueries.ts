import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { ForceComparison, PoliceUkForceList, StopSearchScrutiny } from './crimeDataTypes.js';

export function usePoliceUkForces() {
  return useQuery({
    queryKey: ['police-uk-forces'],
    queryFn: () => getJson<PoliceUkForceList>('/api/police-uk/forces'),
  });
}

export function useStopSearch(force: string, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: ['stop-and-search', force, from, to],
    queryFn: () => getJson<StopSearchScrutiny>(`/api/stop-and-search/${encodeURIComponent(force)}`, { from, to }),
    retry: false,
  });
}

export function useForceComparison(force: string, category: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: ['force-comparison', force, category, from, to],
    queryFn: () =>
      getJson<ForceComparison>(`/api/police-uk/forces/${encodeURIComponent(force)}/compare`, { category, from, to }),
    enabled,
    retry: false,
  });
}
