import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { BoardList, MeetingList, MeetingPage } from './boardTypes.js';

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

/** Every board, by name: boards are data, so the page lists what the API holds. */
export function useBoards(enabled: boolean) {
  return useQuery({
    queryKey: ['board', 'boards'],
    queryFn: () => getJson<BoardList>('/api/boards'),
    enabled,
    retry: false,
  });
}
