import type { ReportingRule } from '../../domain/calendar/index.js';
import type { Executor } from '../schema.js';

function ruleOf(row: { updates_due_after: number; review_due_after: number; publish_after: number }): ReportingRule {
  return {
    updatesDueAfter: row.updates_due_after,
    reviewDueAfter: row.review_due_after,
    publishAfter: row.publish_after,
  };
}

/** The rules plans have set, by plan key; a plan missing from the map follows the default. */
export async function listReportingRules(db: Executor): Promise<Map<string, ReportingRule>> {
  const rows = await db.selectFrom('reporting_rules').selectAll().execute();
  return new Map(rows.map((row) => [row.plan_key, ruleOf(row)]));
}

export async function findReportingRule(db: Executor, planKey: string): Promise<ReportingRule | undefined> {
  const row = await db.selectFrom('reporting_rules').selectAll().where('plan_key', '=', planKey).executeTakeFirst();
  return row === undefined ? undefined : ruleOf(row);
}

/** Sets a plan's rule, replacing the one it had. */
export async function saveReportingRule(
  db: Executor,
  planKey: string,
  rule: ReportingRule,
  changed: { readonly at: string; readonly by: string },
): Promise<void> {
  const values = {
    updates_due_after: rule.updatesDueAfter,
    review_due_after: rule.reviewDueAfter,
    publish_after: rule.publishAfter,
    changed_at: changed.at,
    changed_by: changed.by,
  };
  await db
    .insertInto('reporting_rules')
    .values({ plan_key: planKey, ...values })
    .onConflict((oc) => oc.column('plan_key').doUpdateSet(values))
    .execute();
}
