import { useQuery } from '@tanstack/react-query';
import { ApiError, getJson } from '../shared/client.js';
import type {
  BoroughScorecard,
  CategoryScorecard,
  EvidencePack,
  PriorityCatalogue,
  PrioritySetHistory,
  PrioritySetList,
} from './priorityTypes.js';

const part = encodeURIComponent;

export function usePriorityCatalogue() {
  return useQuery({
    queryKey: ['priority-catalogue'],
    queryFn: () => getJson<PriorityCatalogue>('/api/priorities/catalogue'),
  });
}

export function usePrioritySets(year: string) {
  return useQuery({
    queryKey: ['priority-sets', year],
    queryFn: () => getJson<PrioritySetList>(`/api/priorities/${part(year)}`),
    retry: false,
  });
}

export function useCategoryScorecard(year: string, category: string, period: string | undefined) {
  return useQuery({
    queryKey: ['priority-category', year, category, period],
    queryFn: () => getJson<CategoryScorecard>(`/api/priorities/${part(year)}/categories/${part(category)}`, { period }),
    retry: false,
  });
}

/** Where the tile map's SVG file lives, for the page's download link and for fetching it. */
export function tileMapSvgUrl(year: string, category: string, period: string | undefined): string {
  const query = period === undefined ? '' : `?${new URLSearchParams({ period }).toString()}`;
  return `/api/priorities/${part(year)}/categories/${part(category)}/tile-map.svg${query}`;
}

async function getText(url: string): Promise<string> {
  const response = await fetch(url, { headers: { accept: 'image/svg+xml' }, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, `The server answered ${response.status}.`);
  return response.text();
}

/** The server's own SVG of the tile map, as text, so that its borough links work inside the page. */
export function useTileMapSvg(year: string, category: string, period: string | undefined) {
  return useQuery({
    queryKey: ['priority-tile-map-svg', year, category, period],
    queryFn: () => getText(tileMapSvgUrl(year, category, period)),
    retry: false,
  });
}

export function useBoroughScorecard(year: string, borough: string, period: string | undefined) {
  return useQuery({
    queryKey: ['priority-borough', year, borough, period],
    queryFn: () => getJson<BoroughScorecard>(`/api/priorities/${part(year)}/boroughs/${part(borough)}`, { period }),
    retry: false,
  });
}

/** Every version of the set; asked for only when there has been a change during the year. */
export function usePrioritySetHistory(year: string, borough: string, enabled: boolean) {
  return useQuery({
    queryKey: ['priority-history', year, borough],
    queryFn: () => getJson<PrioritySetHistory>(`/api/priorities/${part(year)}/boroughs/${part(borough)}/history`),
    enabled,
    retry: false,
  });
}

export function useEvidencePack(year: string, borough: string) {
  return useQuery({
    queryKey: ['priority-evidence', year, borough],
    queryFn: () => getJson<EvidencePack>(`/api/priorities/${part(year)}/boroughs/${part(borough)}/evidence`),
    retry: false,
  });
}
