import { addQuarters, quarterEnd, quarterOfDate, type FinancialQuarter, type IsoDate } from '../calendar/index.js';
import type { PackCommitmentGaps, StatusCategory } from '../plans/index.js';
import {
  ACTION_STATUS_DEFINITIONS,
  type ActionStatusDefinition,
  type Attendee,
  type MeetingRef,
} from './boardMeeting.js';
import { actionsLogFor, type ActionStatusRecord, type BoardAction } from './actionsLog.js';
import type { ResourceFigure } from '../measures/resourceFigures.js';
import type { PackRisks } from '../risks/packRisks.js';

/** A meeting with what people call it. */
export interface MeetingSummary extends MeetingRef {
  readonly boardLabel: string;
  readonly title: string;
  /** The quarter it reviews ("2018-19 Q1"), where it reviews one. */
  readonly quarter: string | null;
}

/** The board's name comes with the meeting, read from the boards table beside it. */
export function meetingSummary(
  meeting: MeetingRef & { boardName: string; title: string; quarter: string | null },
): MeetingSummary {
  return {
    id: meeting.id,
    board: meeting.board,
    boardLabel: meeting.boardName,
    date: meeting.date,
    title: meeting.title,
    quarter: meeting.quarter,
  };
}

/** One line of a meeting's actions log, in words a reader or a page can show as they are. */
export interface ActionLogLine {
  readonly id: number;
  readonly text: string;
  readonly owner: string;
  readonly dueOn: IsoDate;
  readonly raisedAt: { readonly id: number; readonly title: string; readonly date: IsoDate };
  readonly raisedHere: boolean;
  readonly status: ActionStatusDefinition;
  /** The note recorded with the status, and the meeting it was recorded at. */
  readonly note: string | null;
  readonly recordedAt: { readonly id: number; readonly title: string; readonly date: IsoDate } | null;
  readonly closedHere: boolean;
  readonly overdue: boolean;
}

/** The log a meeting carries, with each meeting named by its title. */
export function actionLogLines(
  meeting: MeetingRef,
  meetings: readonly (MeetingRef & { title: string })[],
  actions: readonly BoardAction[],
  records: readonly ActionStatusRecord[],
): ActionLogLine[] {
  const titleOf = (ref: MeetingRef) => ({
    id: ref.id,
    title: meetings.find((m) => m.id === ref.id)?.title ?? `Meeting ${ref.id}`,
    date: ref.date,
  });
  return actionsLogFor(meeting, actions, records).map((logged) => ({
    id: logged.action.id,
    text: logged.action.text,
    owner: logged.action.owner,
    dueOn: logged.action.dueOn,
    raisedAt: titleOf(logged.action.raisedAt),
    raisedHere: logged.raisedHere,
    status: ACTION_STATUS_DEFINITIONS[logged.status],
    note: logged.statusRecord?.note ?? null,
    recordedAt: logged.statusRecord === null ? null : titleOf(logged.statusRecord.meeting),
    closedHere: logged.closedHere,
    overdue: logged.overdue,
  }));
}

/**
 * The quarter a pack compares measures for: the one the meeting reviews or, where it names none,
 * the last full quarter ended before the meeting's date.
 */
export function packQuarter(date: IsoDate, reviews: FinancialQuarter | null): FinancialQuarter {
  if (reviews !== null) return reviews;
  const current = quarterOfDate(date);
  return quarterEnd(current) < date ? current : addQuarters(current, -1);
}

export interface PackStatus {
  readonly code: string;
  readonly label: string;
  readonly symbol: string;
  readonly category: StatusCategory;
}

/** A milestone in a pack: where it sits, when it is due, who leads it and its status as at the meeting. */
export interface PackMilestone {
  readonly planKey: string;
  readonly ref: string;
  readonly title: string;
  readonly section: string | null;
  /** The due date now, after revisions, as the plan writes it. */
  readonly due: string;
  readonly deadline: IsoDate | null;
  readonly leads: readonly string[];
  readonly status: (PackStatus & { readonly quarter: string }) | null;
  readonly delayed: boolean;
  readonly overdue: boolean;
  /** On the update of the quarter the pack reviews (due or carried into it) with no update published for it. */
  readonly noUpdateForQuarter?: boolean;
}

/** How the milestones on a quarter's update stand: a count per status, "no update" among them, adding up to the total. */
export interface PackQuarterCounts {
  readonly quarter: string;
  readonly due: number;
  readonly carriedForward: number;
  /** Due plus carried forward: the statuses' counts always add up to it. */
  readonly total: number;
  readonly statuses: readonly { readonly label: string; readonly symbol: string; readonly count: number }[];
}

/** A measure whose change the statistics call a significant deterioration. */
export interface PackMeasure {
  readonly code: string;
  readonly name: string;
  readonly area: string;
  readonly current: { readonly label: string; readonly value: number };
  readonly previous: { readonly label: string; readonly value: number };
  readonly changePercent: number | null;
  readonly verdict: string;
  readonly sentence: string;
  /** Where the two figures come from ("Source: …"), or the synthetic label; absent from packs published before sources were shown. */
  readonly source?: string;
  readonly synthetic?: boolean;
  /** The licence statements the figures' sources ask for. */
  readonly attributions?: readonly string[];
}

export interface PackFinding {
  readonly inspection: string;
  readonly ref: string;
  readonly kind: string;
  readonly text: string;
  readonly owner: string | null;
  readonly dueOn: IsoDate;
  readonly state: string;
}

export interface PackPlan {
  readonly key: string;
  readonly title: string;
  readonly version: number;
  readonly milestones: readonly PackMilestone[];
  /** The reviewed quarter's milestones by status; absent from packs built before it was counted. */
  readonly quarterCounts?: PackQuarterCounts;
}

/**
 * A board pack: the meeting, then what needs the board's attention first (milestones delayed or
 * overdue, measures significantly worse than a year before, inspection findings overdue), then
 * the actions log, then every milestone of the plans in view. Built from data alone, so the same
 * data gives the same pack on any day.
 */
export interface BoardPack {
  readonly meeting: MeetingSummary;
  readonly attendees: readonly Attendee[];
  readonly comparison: { readonly quarter: string; readonly against: string; readonly named: boolean };
  readonly legend: readonly (PackStatus & { readonly meaning: string })[];
  readonly exceptions: {
    readonly milestones: readonly PackMilestone[];
    readonly measures: readonly PackMeasure[];
    readonly findings: readonly PackFinding[];
    /** How many measures had figures for both periods and were tested; absent from packs built before it was counted. */
    readonly measuresCompared?: number;
    /** Measures with no figures for one of the periods: no figure, so no verdict either way. */
    readonly measuresWithoutFigures?: readonly { readonly name: string; readonly period: string }[];
  };
  readonly actions: readonly ActionLogLine[];
  readonly plans: readonly PackPlan[];
  /** The force's money and people as published by the meeting; absent from packs built before resources were shown. */
  readonly resources?: PackResources;
  /** The risk section, in packs of boards that review risks. */
  readonly risks?: PackRisks | undefined;
  /** The police and crime plan's commitments nothing delivers; absent from packs built before it was shown. */
  readonly commitmentGaps?: PackCommitmentGaps | undefined;
}

/** Finance and workforce figures beside the milestones, each with its period, source and as-at date. */
export interface PackResources {
  readonly finance: readonly ResourceFigure[];
  readonly workforce: readonly ResourceFigure[];
}

/** Milestones needing attention: delayed or overdue, overdue first, then by deadline and ref. */
export function milestoneExceptions(plans: readonly PackPlan[]): PackMilestone[] {
  return plans
    .flatMap((plan) => plan.milestones.filter((m) => m.delayed || m.overdue))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
        a.planKey.localeCompare(b.planKey) ||
        a.ref.localeCompare(b.ref, 'en-GB', { numeric: true }),
    );
}
