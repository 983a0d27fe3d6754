import { actorLabel } from '../../domain/accounts/index.js';
import {
  DEFAULT_REPORTING_RULE,
  addQuarters,
  compareQuarters,
  formatQuarterLong,
  formatQuarterShort,
  parseFinancialYear,
  parseQuarter,
  reportingDeadlines,
  reportingRuleProblem,
  type FinancialQuarter,
  type IsoDate,
  type ReportingRule,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { appendAuditRecords, findReportingRule, saveReportingRule, type PlanRecord } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadVisiblePlan } from '../plans/planAccess.js';

/** One quarter's reporting days. */
export interface QuarterDeadlines {
  readonly quarter: string;
  readonly label: string;
  readonly quarterEnds: IsoDate;
  readonly updatesDue: IsoDate;
  readonly reviewDue: IsoDate;
  readonly publishBy: IsoDate;
}

export interface ReportingCalendar {
  readonly plan: { readonly id: number; readonly key: string; readonly title: string };
  readonly rule: ReportingRule;
  /** True while the plan follows the default rule because none has been set for it. */
  readonly isDefault: boolean;
  /** The quarter the plan is collecting updates for, with its days; null when it collects none. */
  readonly reporting: QuarterDeadlines | null;
  /** Every quarter of the plan's years. */
  readonly quarters: readonly QuarterDeadlines[];
}

function deadlinesOf(quarter: FinancialQuarter, rule: ReportingRule): QuarterDeadlines {
  const days = reportingDeadlines(quarter, rule);
  return {
    quarter: formatQuarterShort(quarter),
    label: formatQuarterLong(quarter),
    quarterEnds: days.quarterEnds,
    updatesDue: days.updatesDue,
    reviewDue: days.reviewDue,
    publishBy: days.publishBy,
  };
}

function quartersOfPlan(plan: PlanRecord): FinancialQuarter[] {
  const first = parseFinancialYear(plan.firstYear);
  const last = parseFinancialYear(plan.lastYear) ?? first;
  if (first === null || last === null) return [];
  const quarters: FinancialQuarter[] = [];
  const end: FinancialQuarter = { financialYear: last, quarter: 4 };
  // A plan runs a handful of years; the cap keeps a mistyped year from running away.
  for (let q: FinancialQuarter = { financialYear: first, quarter: 1 }; compareQuarters(q, end) <= 0;) {
    quarters.push(q);
    if (quarters.length >= 40) break;
    q = addQuarters(q, 1);
  }
  return quarters;
}

function calendarOf(plan: PlanRecord, stored: ReportingRule | undefined): ReportingCalendar {
  const rule = stored ?? DEFAULT_REPORTING_RULE;
  const reporting = parseQuarter(plan.reportingQuarter ?? '');
  return {
    plan: { id: plan.id, key: plan.key, title: plan.title },
    rule,
    isDefault: stored === undefined,
    reporting: reporting === null ? null : deadlinesOf(reporting, rule),
    quarters: quartersOfPlan(plan).map((quarter) => deadlinesOf(quarter, rule)),
  };
}

/** The plan's reporting calendar: its rule and the days each quarter's updates, reviews and publication fall due. */
export async function getReportingCalendar(ctx: ServiceContext, input: { planId: number }): Promise<ReportingCalendar> {
  authorise(ctx, 'plans.read');
  const db = ctx.store.db;
  const content = await loadVisiblePlan(ctx, db, input.planId);
  return calendarOf(content.plan, await findReportingRule(db, content.plan.key));
}

/** Sets the rule for every version of the plan, as the performance team agrees it. */
export async function setReportingRule(
  ctx: ServiceContext,
  input: { planId: number; rule: ReportingRule },
): Promise<ReportingCalendar> {
  authorise(ctx, 'plans.edit');
  const problem = reportingRuleProblem(input.rule);
  if (problem !== null) throw new BluelampProblem('invalid-input', `${problem}.`, 'rule');
  const rule: ReportingRule = {
    updatesDueAfter: input.rule.updatesDueAfter,
    reviewDueAfter: input.rule.reviewDueAfter,
    publishAfter: input.rule.publishAfter,
  };
  return ctx.store.db.transaction().execute(async (trx) => {
    const content = await loadVisiblePlan(ctx, trx, input.planId);
    const plan = content.plan;
    const before = await findReportingRule(trx, plan.key);
    await saveReportingRule(trx, plan.key, rule, { at: new Date().toISOString(), by: actorLabel(ctx.actor) });
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'reporting_rule',
        entityId: plan.key,
        before: before ?? { ...DEFAULT_REPORTING_RULE, default: true },
        after: rule,
        reason: 'Reporting calendar changed',
      }),
    ]);
    return calendarOf(plan, rule);
  });
}
