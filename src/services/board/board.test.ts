import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { ServiceContext } from '../context.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { listMeasures } from '../measures/listMeasures.js';
import { buildBoardPack } from './buildBoardPack.js';
import { getBoardMeeting } from './getBoardMeeting.js';
import { listBoardMeetings } from './listBoardMeetings.js';
import { raiseBoardAction } from './raiseBoardAction.js';
import { recordActionStatus } from './recordActionStatus.js';
import { recordBoardMeeting } from './recordBoardMeeting.js';

const viewer = (ctx: ServiceContext): ServiceContext => ({
  ...ctx,
  actor: { kind: 'user', username: 'v', role: 'viewer', scope: [] },
});

async function meetingId(ctx: ServiceContext, title: string): Promise<number> {
  const { meetings } = await listBoardMeetings(ctx);
  const found = meetings.find((m) => m.title === title);
  if (found === undefined) throw new Error(`no meeting ${title}`);
  return found.id;
}

describeWithDemoData('board meetings and their actions log', (ctx) => {
  it('lists the demo meetings of every board newest first, and one board alone when asked', async () => {
    const { meetings } = await listBoardMeetings(viewer(ctx()));
    expect(meetings.map((m) => [m.date, m.boardLabel])).toEqual([
      ['2018-12-11', 'MOPAC/MPS Audit Panel'],
      ['2018-11-14', 'London Assembly Police and Crime Committee'],
      ['2018-10-30', 'London Crime Reduction Board'],
      ['2018-10-24', 'Performance Group'],
      ['2018-09-25', 'MOPAC/MPS Audit Panel'],
      ['2018-09-13', 'MOPAC Oversight Board'],
      ['2018-07-25', 'Performance Group'],
    ]);
    const oversight = await listBoardMeetings(ctx(), { board: 'oversight-board' });
    expect(oversight.meetings.map((m) => m.title)).toEqual(['Oversight board: Quarter 1 progress']);
  });

  it('refuses the public and an unknown board', async () => {
    await expect(listBoardMeetings({ ...ctx(), actor: { kind: 'public' } })).rejects.toThrow(/Sign in/);
    await expect(listBoardMeetings(ctx(), { board: 'cabinet' })).rejects.toMatchObject({ kind: 'invalid-input' });
  });

  it('carries the Quarter 1 actions to Quarter 2, with the closed one shown once and the late one overdue', async () => {
    const q2 = await getBoardMeeting(ctx(), { meeting: await meetingId(ctx(), 'Performance Group: Quarter 2 review') });
    expect(q2.attendees).toHaveLength(5);
    expect(
      q2.actions.map((a) => [a.owner, a.status.code, a.raisedHere, a.closedHere, a.overdue, a.raisedAt.title]),
    ).toEqual([
      [
        'Assistant Commissioner, Met Operations (demo)',
        'done',
        false,
        true,
        false,
        'Performance Group: Quarter 1 review',
      ],
      [
        'Director of Strategy and Governance (demo)',
        'in-progress',
        false,
        false,
        true,
        'Performance Group: Quarter 1 review',
      ],
      ['Digital Policing lead (demo)', 'open', false, false, false, 'Performance Group: Quarter 1 review'],
      ['Head of Performance (demo)', 'open', true, false, false, 'Performance Group: Quarter 2 review'],
    ]);
    const q1 = await getBoardMeeting(ctx(), { meeting: await meetingId(ctx(), 'Performance Group: Quarter 1 review') });
    expect(q1.actions.map((a) => a.status.code)).toEqual(['open', 'open', 'open']);
    await expect(getBoardMeeting(ctx(), { meeting: 999 })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('records a meeting, raises an action and records its status, each audited, and keeps history moving forward', async () => {
    const { id } = await recordBoardMeeting(ctx(), {
      board: 'performance-group',
      date: '2019-01-23',
      title: 'Performance Group: Quarter 3 review',
      quarter: 'Quarter 3, 2018-19',
      attendees: [{ name: 'Deputy Commissioner (demo)', role: 'Chair', attendance: 'attended' }],
    });
    const meeting = await getBoardMeeting(ctx(), { meeting: id });
    expect(meeting.quarter).toBe('2018-19 Q3');
    // The action closed at Quarter 2 is gone; the three still open carry on.
    expect(meeting.actions.map((a) => a.owner)).not.toContain('Assistant Commissioner, Met Operations (demo)');
    expect(meeting.actions).toHaveLength(3);
    const action = await raiseBoardAction(ctx(), {
      meeting: id,
      text: 'Test action',
      owner: 'Chair',
      due: '2019-03-31',
    });
    const done = await recordActionStatus(ctx(), { meeting: id, action: action.id, status: 'done', note: 'Done.' });
    expect(done).toMatchObject({ from: 'open', to: 'done' });
    await expect(recordActionStatus(ctx(), { meeting: id, action: action.id, status: 'open' })).rejects.toMatchObject({
      kind: 'conflict',
    });
    const oversight = await meetingId(ctx(), 'Oversight board: Quarter 1 progress');
    await expect(
      recordActionStatus(ctx(), { meeting: oversight, action: action.id, status: 'open' }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'meeting' });
    const history = await listAuditHistory(ctx(), { entityType: 'board_action', entityId: String(action.id) });
    expect(history.map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('refuses a viewer writing, and names the field of bad input', async () => {
    await expect(
      recordBoardMeeting(viewer(ctx()), { board: 'performance-group', date: '2019-01-01', title: 'x' }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(
      recordBoardMeeting(ctx(), { board: 'performance-group', date: '2019-02-30', title: 'x' }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'date' });
    await expect(
      raiseBoardAction(ctx(), { meeting: 1, text: ' ', owner: 'x', due: '2019-01-01' }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'text' });
  });
});

describeWithDemoData('the board pack', (ctx) => {
  it('puts exceptions first: Quarter 2 milestones overdue at the Quarter 2 meeting, none at Quarter 1', async () => {
    const q1 = await buildBoardPack(ctx(), { meeting: await meetingId(ctx(), 'Performance Group: Quarter 1 review') });
    expect(q1.comparison).toEqual({ quarter: '2018-19 Q1', against: '2017-18 Q1', named: true });
    expect(q1.plans.map((p) => p.key)).toEqual(['met-business-plan-2018-19']);
    expect(q1.exceptions.milestones).toEqual([]);
    expect(q1.plans[0]?.milestones).toHaveLength(90);
    expect(q1.plans[0]?.milestones.filter((m) => m.status?.code === 'delivered')).toHaveLength(6);
    const q2 = await buildBoardPack(ctx(), { meeting: await meetingId(ctx(), 'Performance Group: Quarter 2 review') });
    expect(q2.exceptions.milestones.length).toBeGreaterThan(0);
    expect(q2.exceptions.milestones.every((m) => m.overdue && m.deadline !== null && m.deadline < '2018-10-24')).toBe(
      true,
    );
    expect(q2.actions.map((a) => a.overdue)).toEqual([false, true, false, false]);
  });

  it('keeps only measures significantly worse than a year before, each with its sentence', async () => {
    const pack = await buildBoardPack(ctx(), {
      meeting: await meetingId(ctx(), 'Performance Group: Quarter 2 review'),
    });
    for (const measure of pack.exceptions.measures) {
      expect(measure.verdict).toMatch(/^Significant (deterioration|decrease in reporting)/);
      expect(measure.area).toBe('London');
    }
  });

  it('names every measure with no figures for the quarter or the year before, and tests only the rest', async () => {
    const pack = await buildBoardPack(ctx(), {
      meeting: await meetingId(ctx(), 'Performance Group: Quarter 2 review'),
    });
    const missing = pack.exceptions.measuresWithoutFigures ?? [];
    const { measures } = await listMeasures(ctx());
    // Finance and workforce measures describe resources (section 4): they are neither tested nor missing.
    const performance = measures.filter((m) => (m.kind ?? 'performance') === 'performance');
    expect((pack.exceptions.measuresCompared ?? 0) + missing.length).toBe(performance.length);
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) expect(['2018-19 Q2', '2017-18 Q2']).toContain(m.period);
    const worse = new Set(pack.exceptions.measures.map((m) => m.name));
    expect(missing.filter((m) => worse.has(m.name))).toEqual([]);
  });

  it("carries the force's resources as published by the meeting, each with its source, and nothing later", async () => {
    const pack = await buildBoardPack(ctx(), {
      meeting: await meetingId(ctx(), 'Performance Group: Quarter 2 review'),
    });
    const finance = pack.resources?.finance ?? [];
    const workforce = pack.resources?.workforce ?? [];
    expect(finance.find((f) => f.measureCode === 'revenue-budget' && f.period === 'FY 2018-19')).toMatchObject({
      value: 3_331_000_000,
      source: 'Met Business Plan 2018-19',
      asAt: '2018-06-30',
      synthetic: false,
    });
    expect(finance.find((f) => f.measureCode === 'reserves' && f.period === 'FY 2022-23')?.status).toBe('provisional');
    expect(workforce.find((f) => f.measureCode === 'police-officers')?.value).toBe(30_000);
    // The inspection report of September 2019 had not been published at an October 2018 meeting.
    expect([...finance, ...workforce].every((f) => f.asAt !== null && f.asAt <= '2018-10-24')).toBe(true);
    expect(workforce.some((f) => f.measureCode === 'police-officers-fte')).toBe(false);
  });

  it('gives the same pack for the same data on any day', async () => {
    const id = await meetingId(ctx(), 'Oversight board: Quarter 1 progress');
    const today = await buildBoardPack(ctx(), { meeting: id });
    const later = await buildBoardPack({ ...ctx(), today: () => '2030-01-01' }, { meeting: id });
    expect(later).toEqual(today);
  });
});
