import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { MeetingList, MeetingPage } from './boardTypes.js';

/** Board meetings, newest first; only asked for once someone is signed in. */
export function useBoardMeetings(enabled: boolean) {
  return useQuery({
    queryKey: ['board', 'meetings'],
    queryFn: () => getJson<MeetingList>('/api/board/meetings'),
    enabled,
    retry: false,
  });
}

export function useBoardMeeting(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['board', 'meeting', id],
    queryFn: () => getJson<MeetingPage>(`/api/board/meetings/${encodeURIComponent(id)}`),
    enabled,
    retry: false,
  });
}

export function packPath(id: number, format: 'html' | 'pdf'): string {
  return `/api/board/meetings/${id}/pack.${format}`;
}
