import type { Executor } from '../schema.js';
import type { SearchKind, SearchMatch } from './searchStore.js';

/**
 * What a matched row is and where it lives: enough to name it, link to it and decide whether the
 * caller may read it (its plan's state, its update's state and the units leading its milestone).
 */
export interface SearchRecord {
  readonly kind: SearchKind;
  readonly id: number;
  readonly title: string;
  readonly ref: string | null;
  readonly planId: number | null;
  readonly planState: string | null;
  /** The plan, inspection or meeting the row belongs to, by its title. */
  readonly within: string | null;
  readonly updateState: string | null;
  readonly quarter: string | null;
  readonly inspectionKey: string | null;
  readonly meetingId: number | null;
  readonly leads: readonly string[];
}

const NONE = {
  ref: null,
  planId: null,
  planState: null,
  within: null,
  updateState: null,
  quarter: null,
  inspectionKey: null,
  meetingId: null,
  leads: [],
} as const;

type Loader = (db: Executor, ids: number[]) => Promise<SearchRecord[]>;

const planRecords: Loader = async (db, ids) =>
  (await db.selectFrom('plans').select(['id', 'title', 'key', 'state']).where('id', 'in', ids).execute()).map((p) => ({
    ...NONE,
    kind: 'plan',
    id: p.id,
    title: p.title,
    planId: p.id,
    planState: p.state,
  }));

const itemRecords: Loader = async (db, ids) =>
  (
    await db
      .selectFrom('plan_nodes as n')
      .innerJoin('plans as p', 'p.id', 'n.plan_id')
      .select(['n.id', 'n.ref', 'n.title', 'p.id as planId', 'p.state', 'p.title as planTitle'])
      .where('n.id', 'in', ids)
      .execute()
  ).map((n) => ({
    ...NONE,
    kind: 'plan-item',
    id: n.id,
    title: n.title,
    ref: n.ref,
    planId: n.planId,
    planState: n.state,
    within: n.planTitle,
  }));

const milestoneRecords: Loader = async (db, ids) =>
  (
    await db
      .selectFrom('milestones as m')
      .innerJoin('plans as p', 'p.id', 'm.plan_id')
      .select(['m.id', 'm.ref', 'm.title', 'p.id as planId', 'p.state', 'p.title as planTitle'])
      .where('m.id', 'in', ids)
      .execute()
  ).map((m) => ({
    ...NONE,
    kind: 'milestone',
    id: m.id,
    title: m.title,
    ref: m.ref,
    planId: m.planId,
    planState: m.state,
    within: m.planTitle,
  }));

const updateRecords: Loader = async (db, ids) => {
  const rows = await db
    .selectFrom('milestone_updates as u')
    .innerJoin('milestones as m', 'm.id', 'u.milestone_id')
    .innerJoin('plans as p', 'p.id', 'm.plan_id')
    .select(['u.id', 'u.quarter', 'u.state as updateState', 'm.id as milestoneId', 'm.ref', 'm.title'])
    .select(['p.id as planId', 'p.state', 'p.title as planTitle'])
    .where('u.id', 'in', ids)
    .execute();
  const milestones = [...new Set(rows.map((row) => row.milestoneId))];
  const leads =
    milestones.length === 0
      ? []
      : await db
          .selectFrom('milestone_leads')
          .select(['milestone_id', 'unit_code'])
          .where('milestone_id', 'in', milestones)
          .execute();
  return rows.map((u) => ({
    ...NONE,
    kind: 'update',
    id: u.id,
    title: u.title,
    ref: u.ref,
    planId: u.planId,
    planState: u.state,
    within: u.planTitle,
    updateState: u.updateState,
    quarter: u.quarter,
    leads: leads.filter((lead) => lead.milestone_id === u.milestoneId).map((lead) => lead.unit_code),
  }));
};

const findingRecords: Loader = async (db, ids) =>
  (
    await db
      .selectFrom('inspection_findings as f')
      .innerJoin('inspections as i', 'i.id', 'f.inspection_id')
      .select(['f.id', 'f.ref', 'f.kind', 'i.key', 'i.title'])
      .where('f.id', 'in', ids)
      .execute()
  ).map((f) => ({
    ...NONE,
    kind: 'finding',
    id: f.id,
    title: f.ref,
    ref: f.ref,
    within: f.title,
    inspectionKey: f.key,
  }));

const boardActionRecords: Loader = async (db, ids) =>
  (
    await db
      .selectFrom('board_actions as a')
      .innerJoin('board_meetings as m', 'm.id', 'a.meeting_id')
      .select(['a.id', 'a.owner', 'm.id as meetingId', 'm.title'])
      .where('a.id', 'in', ids)
      .execute()
  ).map((a) => ({ ...NONE, kind: 'board-action', id: a.id, title: a.owner, within: a.title, meetingId: a.meetingId }));

const LOADERS: Record<SearchKind, Loader> = {
  plan: planRecords,
  'plan-item': itemRecords,
  milestone: milestoneRecords,
  update: updateRecords,
  finding: findingRecords,
  'board-action': boardActionRecords,
};

/** The records behind a search's matches, keyed "kind id". */
export async function loadSearchRecords(
  db: Executor,
  matches: readonly SearchMatch[],
): Promise<Map<string, SearchRecord>> {
  const found = new Map<string, SearchRecord>();
  for (const [kind, load] of Object.entries(LOADERS) as [SearchKind, Loader][]) {
    const ids = matches.filter((match) => match.kind === kind).map((match) => match.id);
    if (ids.length === 0) continue;
    for (const record of await load(db, ids)) found.set(`${record.kind} ${record.id}`, record);
  }
  return found;
}
