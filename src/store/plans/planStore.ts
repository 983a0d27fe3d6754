import type {
  MilestoneDocument,
  NodeKindDefinition,
  PlanDocument,
  PlanKind,
  PlanLinkDocument,
  PlanNodeDocument,
  ProgrammeDefinition,
  StatusDefinition,
} from '../../domain/plans/index.js';
import type { Executor } from '../schema.js';
import type { MilestoneTable, PlanLinkTable, PlanNodeTable, PlanTable } from './tables.js';
import type { Selectable } from 'kysely';

export type PlanState = 'draft' | 'published' | 'superseded';

/** A plan version's own row, with its settings read back from JSON. */
export interface PlanRecord {
  readonly id: number;
  readonly key: string;
  readonly version: number;
  readonly title: string;
  readonly kind: PlanKind;
  readonly owner: string;
  readonly firstYear: string;
  readonly lastYear: string;
  readonly summary: string | null;
  readonly state: PlanState;
  readonly nodeKinds: readonly NodeKindDefinition[];
  readonly statuses: readonly StatusDefinition[];
  readonly programmes: readonly ProgrammeDefinition[];
  readonly reportingQuarter: string | null;
  readonly publishedOn: string | null;
  readonly createdAt: string;
}

export interface PlanVersionSettings {
  readonly version: number;
  readonly state: PlanState;
  readonly statuses: readonly StatusDefinition[];
  readonly reportingQuarter: string | null;
  readonly publishedOn: string | null;
  readonly createdAt: string;
}

export type PlanNodeRow = Selectable<PlanNodeTable>;
export type MilestoneRow = Selectable<MilestoneTable>;
export type PlanLinkRow = Selectable<PlanLinkTable>;

/** Everything stored for one plan version, in document order. */
export interface PlanContent {
  readonly plan: PlanRecord;
  readonly nodes: readonly PlanNodeRow[];
  readonly milestones: readonly MilestoneRow[];
  readonly leads: ReadonlyMap<number, readonly string[]>;
  readonly dependencies: ReadonlyMap<number, readonly number[]>;
  readonly links: readonly PlanLinkRow[];
}

function toPlanRecord(row: Selectable<PlanTable>): PlanRecord {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    title: row.title,
    kind: row.kind as PlanKind,
    owner: row.owner,
    firstYear: row.first_year,
    lastYear: row.last_year,
    summary: row.summary,
    state: row.state as PlanState,
    nodeKinds: JSON.parse(row.node_kinds_json) as NodeKindDefinition[],
    statuses: JSON.parse(row.statuses_json) as StatusDefinition[],
    programmes: JSON.parse(row.programmes_json) as ProgrammeDefinition[],
    reportingQuarter: row.reporting_quarter,
    publishedOn: row.published_on,
    createdAt: row.created_at,
  };
}

export async function listPlanRecords(db: Executor): Promise<PlanRecord[]> {
  const rows = await db.selectFrom('plans').selectAll().orderBy('key').orderBy('version').execute();
  return rows.map(toPlanRecord);
}

export async function findPlanRecord(db: Executor, id: number): Promise<PlanRecord | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toPlanRecord(row);
}

export async function findPlanVersions(db: Executor, key: string): Promise<PlanRecord[]> {
  const rows = await db.selectFrom('plans').selectAll().where('key', '=', key).orderBy('version').execute();
  return rows.map(toPlanRecord);
}

export async function setPlanState(
  db: Executor,
  id: number,
  changes: { state?: PlanState; publishedOn?: string | null; reportingQuarter?: string | null },
): Promise<void> {
  await db
    .updateTable('plans')
    .set({
      ...(changes.state === undefined ? {} : { state: changes.state }),
      ...(changes.publishedOn === undefined ? {} : { published_on: changes.publishedOn }),
      ...(changes.reportingQuarter === undefined ? {} : { reporting_quarter: changes.reportingQuarter }),
    })
    .where('id', '=', id)
    .execute();
}

async function groupedBy<T extends { key: number; value: string | number }>(
  rows: Promise<T[]>,
): Promise<Map<number, T['value'][]>> {
  const map = new Map<number, T['value'][]>();
  for (const row of await rows) map.set(row.key, [...(map.get(row.key) ?? []), row.value]);
  return map;
}

export async function loadPlanContent(db: Executor, planId: number): Promise<PlanContent | undefined> {
  const plan = await findPlanRecord(db, planId);
  if (plan === undefined) return undefined;
  const nodes = await db
    .selectFrom('plan_nodes')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  const milestones = await db
    .selectFrom('milestones')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  const leads = await groupedBy(
    db
      .selectFrom('milestone_leads as l')
      .innerJoin('milestones as m', 'm.id', 'l.milestone_id')
      .select(['l.milestone_id as key', 'l.unit_code as value'])
      .where('m.plan_id', '=', planId)
      .orderBy('l.milestone_id')
      .orderBy('l.position')
      .execute(),
  );
  const dependencies = await groupedBy(
    db
      .selectFrom('milestone_dependencies as d')
      .innerJoin('milestones as m', 'm.id', 'd.milestone_id')
      .select(['d.milestone_id as key', 'd.depends_on_id as value'])
      .where('m.plan_id', '=', planId)
      .orderBy('d.id')
      .execute(),
  );
  const links = await db.selectFrom('plan_links').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
  return {
    plan,
    nodes,
    milestones,
    leads: leads,
    dependencies: dependencies,
    links,
  };
}

interface InsertState {
  readonly trx: Executor;
  readonly planId: number;
  position: number;
  readonly milestoneIds: Map<string, number>;
  readonly pending: { milestoneId: number; dependsOn: readonly string[] }[];
}

async function insertLinks(
  state: InsertState,
  source: { nodeId: number | null; milestoneId: number | null },
  links: readonly PlanLinkDocument[] | undefined,
): Promise<void> {
  for (const link of links ?? []) {
    await state.trx
      .insertInto('plan_links')
      .values({
        plan_id: state.planId,
        source_node_id: source.nodeId,
        source_milestone_id: source.milestoneId,
        link_type: link.type,
        target_plan_key: link.planKey,
        target_node_ref: link.nodeRef,
      })
      .execute();
  }
}

async function insertMilestone(state: InsertState, nodeId: number, milestone: MilestoneDocument): Promise<void> {
  state.position += 1;
  const { id } = await state.trx
    .insertInto('milestones')
    .values({
      plan_id: state.planId,
      node_id: nodeId,
      ref: milestone.ref,
      title: milestone.title,
      text: milestone.text,
      due: milestone.due,
      programme: milestone.programme ?? null,
      quantity: milestone.quantity ?? null,
      position: state.position,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  state.milestoneIds.set(milestone.ref, id);
  if (milestone.leads.length > 0) {
    await state.trx
      .insertInto('milestone_leads')
      .values(milestone.leads.map((unitCode, position) => ({ milestone_id: id, unit_code: unitCode, position })))
      .execute();
  }
  state.pending.push({ milestoneId: id, dependsOn: milestone.dependsOn ?? [] });
  await insertLinks(state, { nodeId: null, milestoneId: id }, milestone.links);
}

async function insertNode(state: InsertState, parentId: number | null, node: PlanNodeDocument): Promise<void> {
  state.position += 1;
  const { id } = await state.trx
    .insertInto('plan_nodes')
    .values({
      plan_id: state.planId,
      parent_id: parentId,
      ref: node.ref,
      kind: node.kind,
      title: node.title,
      text: node.text ?? null,
      note: node.note ?? null,
      deliverer_kind: node.deliverer?.kind ?? null,
      deliverer_name: node.deliverer?.name ?? null,
      position: state.position,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLinks(state, { nodeId: id, milestoneId: null }, node.links);
  for (const milestone of node.milestones ?? []) await insertMilestone(state, id, milestone);
  for (const child of node.children ?? []) await insertNode(state, id, child);
}

/** Stores one version of a plan from its document; the document must already have passed its checks. */
export async function insertPlanVersion(
  trx: Executor,
  document: PlanDocument,
  settings: PlanVersionSettings,
): Promise<number> {
  const { id: planId } = await trx
    .insertInto('plans')
    .values({
      key: document.key,
      version: settings.version,
      title: document.title,
      kind: document.kind,
      owner: document.owner,
      first_year: document.firstYear,
      last_year: document.lastYear,
      summary: document.summary ?? null,
      state: settings.state,
      node_kinds_json: JSON.stringify(document.nodeKinds),
      statuses_json: JSON.stringify(settings.statuses),
      programmes_json: JSON.stringify(document.programmes ?? []),
      reporting_quarter: settings.reportingQuarter,
      published_on: settings.publishedOn,
      created_at: settings.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const state: InsertState = { trx, planId, position: 0, milestoneIds: new Map(), pending: [] };
  for (const node of document.nodes) await insertNode(state, null, node);
  for (const { milestoneId, dependsOn } of state.pending) {
    for (const ref of dependsOn) {
      const dependsOnId = state.milestoneIds.get(ref);
      if (dependsOnId === undefined) continue;
      await trx
        .insertInto('milestone_dependencies')
        .values({ milestone_id: milestoneId, depends_on_id: dependsOnId })
        .execute();
    }
  }
  return planId;
}

export async function deleteAllPlans(trx: Executor): Promise<void> {
  // Children first: SQLite only cascades when foreign keys are enforced on the connection.
  for (const table of [
    'update_evidence',
    'milestone_updates',
    'plan_links',
    'milestone_dependencies',
    'milestone_leads',
    'milestones',
  ] as const) {
    await trx.deleteFrom(table).execute();
  }
  await trx.updateTable('plan_nodes').set({ parent_id: null }).execute();
  await trx.deleteFrom('plan_nodes').execute();
  await trx.deleteFrom('plans').execute();
}

export interface MilestoneWithLeads extends MilestoneRow {
  readonly leads: readonly string[];
}

async function withLeads(db: Executor, row: MilestoneRow | undefined): Promise<MilestoneWithLeads | undefined> {
  if (row === undefined) return undefined;
  const leads = await db
    .selectFrom('milestone_leads')
    .select('unit_code')
    .where('milestone_id', '=', row.id)
    .orderBy('position')
    .execute();
  return { ...row, leads: leads.map((lead) => lead.unit_code) };
}

export async function findMilestoneByRef(
  db: Executor,
  planId: number,
  ref: string,
): Promise<MilestoneWithLeads | undefined> {
  const row = await db
    .selectFrom('milestones')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('ref', '=', ref)
    .executeTakeFirst();
  return withLeads(db, row);
}

export async function findMilestoneById(db: Executor, id: number): Promise<MilestoneWithLeads | undefined> {
  return withLeads(db, await db.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirst());
}
