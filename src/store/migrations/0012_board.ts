import { sql, type Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * Board meetings (the force's Performance Group and the oversight board), who came, and the
 * actions log carried from meeting to meeting: each action raised at a meeting, and its status as
 * recorded at that meeting or later ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('board_meetings'))
    .addColumn('board', 'text', (col) => col.notNull().check(sql`board in ('performance-group', 'oversight-board')`))
    .addColumn('held_on', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('quarter', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('board_attendees'))
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('board_meetings.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('attendance', 'text', (col) => col.notNull().check(sql`attendance in ('attended', 'apologies')`))
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('board_actions'))
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('board_meetings.id'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('due_on', 'text', (col) => col.notNull())
    .addColumn('raised_at', 'text', (col) => col.notNull())
    .addColumn('raised_by', 'text', (col) => col.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('board_action_statuses'))
    .addColumn('action_id', 'integer', (col) => col.notNull().references('board_actions.id'))
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('board_meetings.id'))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('open', 'in-progress', 'done', 'dropped')`),
    )
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('board_action_statuses_unique', ['action_id', 'meeting_id'])
    .execute();
  await db.schema.createIndex('board_meetings_board_idx').on('board_meetings').columns(['board', 'held_on']).execute();
  await db.schema.createIndex('board_attendees_meeting_idx').on('board_attendees').column('meeting_id').execute();
  await db.schema.createIndex('board_actions_meeting_idx').on('board_actions').column('meeting_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['board_action_statuses', 'board_actions', 'board_attendees', 'board_meetings'])
    await db.schema.dropTable(table).execute();
}
