import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionsLogFor,
  carriesAction,
  isOverdueAt,
  statusAsAt,
  type ActionStatusRecord,
  type BoardAction,
} from './actionsLog.js';
import { ACTION_STATUSES, isClosedStatus, type MeetingRef } from './boardMeeting.js';
import { packQuarter } from './boardPack.js';

const pg = (id: number, date: string): MeetingRef => ({ id, board: 'performance-group', date });
const q1 = pg(1, '2018-07-25');
const q2 = pg(2, '2018-10-24');
const q3 = pg(3, '2019-01-23');
const oversight: MeetingRef = { id: 4, board: 'oversight-board', date: '2018-09-13' };

const action = (id: number, raisedAt: MeetingRef, dueOn = '2018-12-31'): BoardAction => ({
  id,
  raisedAt,
  text: `Action ${id}`,
  owner: 'Director of Strategy',
  dueOn,
});
const record = (actionId: number, meeting: MeetingRef, status: ActionStatusRecord['status']): ActionStatusRecord => ({
  actionId,
  meeting,
  status,
  note: null,
});

describe('the actions log of a meeting', () => {
  it('carries an open action from the meeting that raised it to every later meeting of the same board', () => {
    const a = action(1, q1);
    expect([q1, q2, q3].map((m) => carriesAction(m, a, []))).toEqual([true, true, true]);
  });

  it('never shows an action at a meeting before the one that raised it, or at the other board', () => {
    const a = action(1, q2);
    expect(carriesAction(q1, a, [])).toBe(false);
    expect(carriesAction(oversight, a, [])).toBe(false);
  });

  it('shows an action closed at a meeting once more, with its closing, and then no more', () => {
    const a = action(1, q1);
    const records = [record(1, q2, 'done')];
    const atQ2 = actionsLogFor(q2, [a], records);
    expect(atQ2).toMatchObject([{ status: 'done', closedHere: true, overdue: false }]);
    expect(actionsLogFor(q3, [a], records)).toEqual([]);
  });

  it('takes the status as at the meeting: what was recorded then or before, open until then', () => {
    const records = [record(1, q2, 'in-progress'), record(1, q3, 'done')];
    expect(statusAsAt(records, 1, q1)).toBe('open');
    expect(statusAsAt(records, 1, q2)).toBe('in-progress');
    expect(statusAsAt(records, 1, q3)).toBe('done');
  });

  it('flags an action overdue when its due day is before the meeting and it is not closed', () => {
    const late = action(1, q1, '2018-09-30');
    expect(isOverdueAt(late, 'in-progress', q2)).toBe(true);
    expect(isOverdueAt(late, 'done', q2)).toBe(false);
    expect(isOverdueAt(late, 'open', q1)).toBe(false);
    expect(actionsLogFor(q2, [late], [])).toMatchObject([{ overdue: true, raisedHere: false }]);
  });

  it('orders the log by the meeting that raised each action, then by the order they were raised', () => {
    const log = actionsLogFor(q3, [action(3, q2), action(2, q1), action(1, q1)], []);
    expect(log.map((line) => line.action.id)).toEqual([1, 2, 3]);
  });
});

/** Meetings of one board on distinct days, in order, and an action's history of statuses across them. */
const boardHistory = fc
  .uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 2, maxLength: 8 })
  .map((days) => [...days].sort((a, b) => a - b))
  .chain((days) => {
    const meetings = days.map((day, index) =>
      pg(index + 1, new Date(Date.UTC(2018, 0, 1 + day)).toISOString().slice(0, 10)),
    );
    return fc.record({
      meetings: fc.constant(meetings),
      raisedIndex: fc.integer({ min: 0, max: meetings.length - 1 }),
      statuses: fc.array(fc.option(fc.constantFrom(...ACTION_STATUSES), { nil: undefined }), {
        minLength: meetings.length,
        maxLength: meetings.length,
      }),
      dueDay: fc.integer({ min: 0, max: 3000 }),
    });
  });

interface History {
  readonly meetings: readonly MeetingRef[];
  readonly raisedIndex: number;
  readonly statuses: readonly (ActionStatusRecord['status'] | undefined)[];
  readonly dueDay: number;
}

function scenario(h: History) {
  const raisedAt = h.meetings[h.raisedIndex]!;
  const a = action(1, raisedAt, new Date(Date.UTC(2018, 0, 1 + h.dueDay)).toISOString().slice(0, 10));
  // Statuses are recorded only at the raising meeting or later ones, as the service insists.
  const records = h.meetings.flatMap((meeting, index) => {
    const status = h.statuses[index];
    return status === undefined || index < h.raisedIndex ? [] : [record(1, meeting, status)];
  });
  return { a, records };
}

describe('the actions log, for any history of meetings and statuses', () => {
  it('never shows an action at the meeting after the one that closed it', () => {
    fc.assert(
      fc.property(boardHistory, (h) => {
        const { a, records } = scenario(h);
        h.meetings.forEach((meeting, n) => {
          const next = h.meetings[n + 1];
          if (next === undefined) return;
          const closedHere = records.some((r) => r.meeting.id === meeting.id && isClosedStatus(r.status));
          const recordedNext = records.some((r) => r.meeting.id === next.id);
          if (closedHere && !recordedNext) expect(actionsLogFor(next, [a], records)).toEqual([]);
        });
      }),
    );
  });

  it('shows an action that is never closed at every meeting of its board from the one that raised it', () => {
    fc.assert(
      fc.property(boardHistory, (h) => {
        const { a, records } = scenario(h);
        if (records.some((r) => isClosedStatus(r.status))) return;
        h.meetings.forEach((meeting, n) => {
          expect(actionsLogFor(meeting, [a], records).length).toBe(n >= h.raisedIndex ? 1 : 0);
        });
      }),
    );
  });

  it('shows an action at most once a meeting, never at the other board, and overdue only while open', () => {
    fc.assert(
      fc.property(boardHistory, (h) => {
        const { a, records } = scenario(h);
        for (const meeting of h.meetings) {
          const log = actionsLogFor(meeting, [a], records);
          expect(log.length).toBeLessThanOrEqual(1);
          for (const line of log) expect(line.overdue).toBe(a.dueOn < meeting.date && !isClosedStatus(line.status));
          expect(actionsLogFor({ ...meeting, board: 'oversight-board' }, [a], records)).toEqual([]);
        }
      }),
    );
  });
});

describe('the quarter a pack compares', () => {
  it('is the quarter the meeting reviews, or the last full quarter before its date', () => {
    const q = { financialYear: { startYear: 2018 }, quarter: 1 as const };
    expect(packQuarter('2018-07-25', q)).toBe(q);
    expect(packQuarter('2018-09-13', null)).toEqual({ financialYear: { startYear: 2018 }, quarter: 1 });
    expect(packQuarter('2018-10-01', null)).toEqual({ financialYear: { startYear: 2018 }, quarter: 2 });
  });
});
