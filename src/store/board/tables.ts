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

/** Boards as data, and each meeting's papers (migration 0026). */
export interface BoardsTable {
  id: Generated<number>;
  key: string;
  name: string;
  owner: string;
  visibility: string;
  /** A JSON array of report codes. */
  reports: string;
  reviews_risks: number;
  updated_at: string;
  updated_by: string;
}

export interface BoardMeetingPaperTable {
  id: Generated<number>;
  meeting_id: number;
  kind: string;
  text: string;
  updated_at: string;
  updated_by: string;
}

export interface BoardMeetingPaperFileTable {
  id: Generated<number>;
  meeting_id: number;
  kind: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  added_at: string;
  added_by: string;
}

export interface BoardTables {
  boards: BoardsTable;
  board_meeting_papers: BoardMeetingPaperTable;
  board_meeting_paper_files: BoardMeetingPaperFileTable;
  board_meetings: BoardMeetingTable;
  board_attendees: BoardAttendeeTable;
  board_actions: BoardActionTable;
  board_action_statuses: BoardActionStatusTable;
}
