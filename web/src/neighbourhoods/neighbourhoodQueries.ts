import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { AbstractionReport, BoroughWards, NeighbourhoodCompliance, WardProfile } from './neighbourhoodTypes.js';

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

/** One ward's posts beside its recorded crime. */
export function useWardProfile(ward: string, on: string | undefined) {
  return useQuery({
    queryKey: ['ward-profile', ward, on],
    queryFn: () => getJson<WardProfile>(`/api/neighbourhoods/wards/${encodeURIComponent(ward)}`, { on }),
    retry: false,
  });
}

/** The address of a ward's page, keeping the day the wards are shown for. */
export function wardPath(code: string, on: string | undefined): string {
  return `/neighbourhoods/wards/${encodeURIComponent(code)}${on === undefined ? '' : `?${new URLSearchParams({ on }).toString()}`}`;
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
