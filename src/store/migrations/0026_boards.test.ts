import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { listActionStatusRecords, listStoredActions, listStoredMeetings } from '../board/boardStore.js';
import { openStore, type Store } from '../database.js';
import { MIGRATIONS, migrateToLatest } from './index.js';

const BEFORE = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0026'));
const AT = '2018-07-26T09:00:00.000Z';

async function meetingsMadeBefore(store: Store): Promise<void> {
  for (const [board, held] of [
    ['performance-group', '2018-07-25'],
    ['oversight-board', '2018-09-13'],
  ]) {
    await sql`insert into board_meetings (board, held_on, title, quarter, recorded_at, recorded_by)
      values (${board}, ${held}, ${`Meeting of ${board}`}, '2018-19 Q1', ${AT}, 'demo')`.execute(store.db);
  }
  await sql`insert into board_attendees (meeting_id, name, role, attendance, position) values (1, 'Chair', 'Chair', 'attended', 0)`.execute(
    store.db,
  );
  await sql`insert into board_actions (meeting_id, text, owner, due_on, raised_at, raised_by)
    values (1, 'Bring the knife crime maps', 'Head of Performance', '2018-10-01', ${AT}, 'demo')`.execute(store.db);
  await sql`insert into board_action_statuses (action_id, meeting_id, status, note, recorded_at, recorded_by)
    values (1, 2, 'done', 'Seen', ${AT}, 'demo')`.execute(store.db);
}

for (const dialect of DIALECTS) {
  describe(`migration 0026, boards as data, on a database made before it (${dialect})`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = await openStore(database.config);
      await migrateToLatest(store, BEFORE);
      await meetingsMadeBefore(store);
      await migrateToLatest(store);
    });
    afterAll(async () => {
      await store.close();
      await database.drop();
    });

    it('keeps every meeting with its board key, its attendees, actions and statuses, and names the board', async () => {
      const meetings = await listStoredMeetings(store.db);
      expect(meetings.map((m) => [m.id, m.board, m.boardName])).toEqual([
        [2, 'oversight-board', 'Oversight board'],
        [1, 'performance-group', 'Performance Group'],
      ]);
      expect((await listStoredActions(store.db, 'performance-group')).map((a) => a.text)).toEqual([
        'Bring the knife crime maps',
      ]);
      expect((await listActionStatusRecords(store.db, 'oversight-board')).map((r) => r.status)).toEqual(['done']);
    });

    it('takes a meeting of a board added to the table, and refuses one of a board that is not there', async () => {
      await sql`insert into boards (key, name, owner, visibility, reports, reviews_risks, updated_at, updated_by)
        values ('audit-panel', 'Audit Panel', 'oversight-body', 'internal', '[]', 1, ${AT}, 'test')`.execute(store.db);
      await sql`insert into board_meetings (board, held_on, title, quarter, recorded_at, recorded_by)
        values ('audit-panel', '2018-09-25', 'Audit Panel', null, ${AT}, 'test')`.execute(store.db);
      await expect(
        sql`insert into board_meetings (board, held_on, title, quarter, recorded_at, recorded_by)
          values ('cabinet', '2018-09-25', 'Cabinet', null, ${AT}, 'test')`.execute(store.db),
      ).rejects.toThrow(/foreign key/i);
      // New ids carry on after the copied ones, so nothing old is overwritten.
      expect((await listStoredMeetings(store.db, 'audit-panel')).map((m) => m.id)).toEqual([3]);
    });

    it('keeps finding board actions by their words after the tables were rebuilt', async () => {
      await sql`insert into board_actions (meeting_id, text, owner, due_on, raised_at, raised_by)
        values (3, 'Review the strategic risk register', 'Panel chair', '2018-12-11', ${AT}, 'test')`.execute(store.db);
      if (dialect === 'sqlite') {
        const rows = await sql<{
          rowid: number;
        }>`select rowid from search_text where search_text match 'register OR knife'`.execute(store.db);
        expect(rows.rows.map((r) => r.rowid).sort((a, b) => a - b)).toEqual([1 * 8 + 6, 2 * 8 + 6]);
      }
    });
  });
}
