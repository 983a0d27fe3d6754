import { useQuery } from '@tanstack/react-query';
import { ApiError, getJson } from '../shared/client.js';
import type { RiskPage, RiskRegister } from './riskTypes.js';

export interface RiskFilter {
  board: string;
  rating: string;
}

function filterQuery(filter: RiskFilter): Record<string, string | undefined> {
  return {
    board: filter.board === '' ? undefined : filter.board,
    rating: filter.rating === '' ? undefined : filter.rating,
  };
}

export function useRiskRegister(filter: RiskFilter, enabled: boolean) {
  return useQuery({
    queryKey: ['risks', 'register', filter.board, filter.rating],
    queryFn: () => getJson<RiskRegister>('/api/risks', filterQuery(filter)),
    enabled,
    retry: false,
  });
}

export function useRisk(ref: string, enabled: boolean) {
  return useQuery({
    queryKey: ['risks', 'risk', ref],
    queryFn: () => getJson<RiskPage>(`/api/risks/${encodeURIComponent(ref)}`),
    enabled,
    retry: false,
  });
}

/** Where the heat map's SVG lives, for the page's download link and for fetching it. */
export function heatMapSvgUrl(filter: RiskFilter): string {
  const query = new URLSearchParams(
    Object.entries(filterQuery(filter)).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return `/api/risks/heat-map.svg${query === '' ? '' : `?${query}`}`;
}

/** The server's own SVG, as text, placed in the page so its titles reach screen readers. */
export function useHeatMapSvg(filter: RiskFilter, enabled: boolean) {
  return useQuery({
    queryKey: ['risks', 'heat-map', filter.board, filter.rating],
    queryFn: async () => {
      const response = await fetch(heatMapSvgUrl(filter), {
        headers: { accept: 'image/svg+xml' },
        credentials: 'same-origin',
      });
      if (!response.ok) throw new ApiError(response.status, `The server answered ${response.status}.`);
      return response.text();
    },
    enabled,
    retry: false,
  });
}
