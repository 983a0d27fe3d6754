import type { Kysely } from 'kysely';

/**
 * Who a plan says delivers each of its nodes: the force, the oversight body itself, or a named
 * partner. Two columns on the node rather than a table of their own: the plan states it, so it is
 * part of each plan version, imported, exported and frozen on publication with the rest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_nodes').addColumn('deliverer_kind', 'text').execute();
  await db.schema.alterTable('plan_nodes').addColumn('deliverer_name', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_nodes').dropColumn('deliverer_name').execute();
  await db.schema.alterTable('plan_nodes').dropColumn('deliverer_kind').execute();
}
