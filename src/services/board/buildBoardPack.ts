import { addQuarters, formatQuarterShort, parseQuarter } from '../../domain/calendar/index.js';
import { milestoneExceptions, packQuarter, type BoardPack } from '../../domain/board/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findMeeting, meetingView } from './boardAccess.js';
import { measureDeteriorations, overdueFindings, trackedPlans } from './packParts.js';
import { packResources } from './packResources.js';
import { packRisks } from './packRisks.js';
import { packCommitmentGaps } from './packCommitmentGaps.js';

/**
 * The pack for a meeting, exceptions first: milestones delayed or overdue as at the meeting,
 * measures significantly worse in the quarter than a year before, inspection findings overdue;
 * then the actions log; then every milestone of the plans in view. Everything is dated by the
 * meeting, not the clock, so the same data gives the same pack on any day. Last, the force's
 * budget and workforce as the documents published them by the meeting.
 */
export async function buildBoardPack(ctx: ServiceContext, input: { meeting: number }): Promise<BoardPack> {
  authorise(ctx, 'board.read');
  const db = ctx.store.db;
  const view = await meetingView(db, await findMeeting(db, input.meeting));
  const reviewed = view.quarter === null ? null : parseQuarter(view.quarter);
  const quarter = packQuarter(view.date, reviewed);
  const { plans, scale } = await trackedPlans(ctx, view.date, quarter);
  const { attendees, actions, ...meeting } = view;
  const measures = await measureDeteriorations(ctx, quarter);
  return {
    meeting,
    attendees,
    comparison: {
      quarter: formatQuarterShort(quarter),
      against: formatQuarterShort(addQuarters(quarter, -4)),
      named: reviewed !== null,
    },
    legend: scale.map((s) => ({
      code: s.code,
      label: s.label,
      symbol: s.symbol,
      category: s.category,
      meaning: s.meaning,
    })),
    exceptions: {
      milestones: milestoneExceptions(plans),
      measures: measures.deteriorations,
      findings: await overdueFindings(ctx, view.date),
      measuresCompared: measures.compared,
      measuresWithoutFigures: measures.withoutFigures,
    },
    actions,
    plans,
    resources: await packResources(ctx, view.date),
    risks: await packRisks(ctx, view),
    commitmentGaps: await packCommitmentGaps(ctx, view.date),
  };
}
