import { useQuery } from '@tanstack/react-query';
import { getJson } from './client.js';
import type { BcuList, Health, OpenApiDocument, OrganisationOverview, SessionInfo } from './types.js';

export function useOrganisation(on: string | undefined) {
  return useQuery({
    queryKey: ['organisation', on],
    queryFn: () => getJson<OrganisationOverview>('/api/organisation', { on }),
  });
}

export function useBcus(on: string | undefined) {
  return useQuery({ queryKey: ['bcus', on], queryFn: () => getJson<BcuList>('/api/organisation/bcus', { on }) });
}

export function useHealth() {
  return useQuery({ queryKey: ['health'], queryFn: () => getJson<Health>('/api/health') });
}

export function useOpenApi() {
  return useQuery({ queryKey: ['openapi'], queryFn: () => getJson<OpenApiDocument>('/api/openapi.json') });
}

/** The signed-in user and their CSRF token; user is null for the public. */
export function useSession() {
  return useQuery({ queryKey: ['session'], queryFn: () => getJson<SessionInfo>('/api/session') });
}
