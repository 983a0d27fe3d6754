import { useQuery } from '@tanstack/react-query';
import { getJson } from '../shared/client.js';
import type { ResponseOf } from '../shared/apiTypes.js';

type MeetingList = ResponseOf<'listBoardMeetings'>;

/** The meetings of the boards that oversee a risk, newest first: where it can be reviewed. */
export function useBoardMeetingsOf(boards: readonly string[]) {
  return useQuery({
    queryKey: ['board', 'meetings'],
    queryFn: () => getJson<MeetingList>('/api/board/meetings'),
    select: (list) => list.meetings.filter((m) => boards.includes(m.board)),
    retry: false,
  });
}
