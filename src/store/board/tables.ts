import type { Generated } from 'kysely';

/** The board tables as Kysely sees them (migration 0012). */
export interface BoardMeetingTable {
  id: Generated<number>;
  board: string;
  held_on: string;
  title: string;
  quarter: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface BoardAttendeeTable {
  id: Generated<number>;
  meeting_id: number;
  name: string;
  role: string;
  attendance: string;
  position: number;
}

export interface BoardActionTable {
  id: Generated<number>;
  meeting_id: number;
  text: string;
  owner: string;
  due_on: string;
  raised_at: string;
  raised_by: string;
}

export interface BoardActionStatusTable {
  id: Generated<number>;
  action_id: number;
  meeting_id: number;
  status: string;
  note: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface BoardTables {
  board_meetings: BoardMeetingTable;
  board_attendees: BoardAttendeeTable;
  board_actions: BoardActionTable;
  board_action_statuses: BoardActionStatusTable;
}
