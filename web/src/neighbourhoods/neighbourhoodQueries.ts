import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { AbstractionReport, BoroughWards, NeighbourhoodCompliance } from './neighbourhoodTypes.js';

export function useNeighbourhoodCompliance(on: string | undefined) {
  return useQuery({
    queryKey: ['neighbourhood-compliance', on],
    queryFn: () => getJson<NeighbourhoodCompliance>('/api/neighbourhoods/compliance', { on }),
  });
}

/** A borough's wards; waits until a borough is chosen. */
export function useBoroughWards(borough: string | undefined, on: string | undefined) {
  return useQuery({
    queryKey: ['borough-wards', borough, on],
    queryFn: () =>
      getJson<BoroughWards>(`/api/neighbourhoods/boroughs/${encodeURIComponent(borough ?? '')}/wards`, { on }),
    enabled: borough !== undefined,
    retry: false,
  });
}

export function useAbstractions(borough: string | undefined) {
  return useQuery({
    queryKey: ['abstractions', borough],
    queryFn: () => getJson<AbstractionReport>('/api/neighbourhoods/abstractions', { borough }),
    retry: false,
  });
}

/** The address of the open-data CSV of the table on screen. */
export function deploymentCsvUrl(borough: string | undefined, on: string | undefined): string {
  const search = new URLSearchParams();
  if (borough !== undefined) search.set('borough', borough);
  if (on !== undefined) search.set('on', on);
  return `/api/neighbourhoods/deployment.csv${search.size > 0 ? `?${search.toString()}` : ''}`;
}
