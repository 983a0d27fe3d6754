import {
  dueDeadline,
  dueQuarter,
  formatDueSpec,
  formatMonthName,
  formatQuarterShort,
  parseFinancialYear,
} from '../../domain/calendar/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import type { StatusCategory, StatusDefinition, MilestoneRecord } from '../../domain/plans/index.js';
import type { PlanRecord, PlanState } from '../../store/index.js';

export interface PlanSummary {
  readonly id: number;
  readonly key: string;
  readonly version: number;
  readonly title: string;
  readonly kind: string;
  readonly owner: string;
  readonly firstYear: string;
  readonly lastYear: string;
  /** "2018-19" for one year, "2017-18 to 2020-21" for several. */
  readonly period: string;
  readonly state: PlanState;
  readonly publishedOn: string | null;
  readonly reportingQuarter: string | null;
}

export function planSummary(plan: PlanRecord): PlanSummary {
  return {
    id: plan.id,
    key: plan.key,
    version: plan.version,
    title: plan.title,
    kind: plan.kind,
    owner: plan.owner,
    firstYear: plan.firstYear,
    lastYear: plan.lastYear,
    period: plan.firstYear === plan.lastYear ? plan.firstYear : `${plan.firstYear} to ${plan.lastYear}`,
    state: plan.state,
    publishedOn: plan.publishedOn,
    reportingQuarter: plan.reportingQuarter,
  };
}

export interface UnitLabel {
  readonly code: string;
  readonly name: string;
}

export interface StatusView {
  readonly code: string;
  readonly label: string;
  readonly symbol: string;
  readonly category: StatusCategory;
}

export function statusView(status: StatusDefinition): StatusView {
  return { code: status.code, label: status.label, symbol: status.symbol, category: status.category };
}

export interface MilestoneSummary {
  readonly ref: string;
  readonly title: string;
  /** The due date as the plan printed it. */
  readonly due: string;
  /** The due date now, after any revisions, in the plan's form. */
  readonly currentDue: string;
  /** The quarter holding the current deadline ("2018-19 Q3"); null for ongoing milestones. */
  readonly dueQuarter: string | null;
  readonly deadline: string | null;
  readonly leads: readonly UnitLabel[];
  readonly programme: string | null;
  readonly quantity: string | null;
  readonly section: { readonly ref: string; readonly title: string } | null;
  readonly status: (StatusView & { readonly quarter: string }) | null;
  readonly slip: { readonly quarters: number; readonly days: number } | null;
  /** Things the plan's author should look at, in words. */
  readonly flags: readonly string[];
}

function unitLabel(model: OrganisationModel, code: string): UnitLabel {
  return { code, name: model.unit(code)?.name ?? code };
}

function flagsOf(record: MilestoneRecord): string[] {
  const flags: string[] = [];
  if (record.monthsOutsideDue.length > 0) {
    const months = record.monthsOutsideDue.map((m) => formatMonthName(m.month)).join(', ');
    flags.push(`The text names ${months}, outside its due date (${record.due}).`);
  }
  if (record.overdueAtPublication) flags.push('Already past its due date when the plan was published.');
  return flags;
}

export function milestoneSummary(record: MilestoneRecord, model: OrganisationModel): MilestoneSummary {
  const quarter = dueQuarter(record.currentDue);
  const section = record.nodePath.at(-1);
  return {
    ref: record.ref,
    title: record.title,
    due: record.due,
    currentDue: formatDueSpec(record.currentDue),
    dueQuarter: quarter === null ? null : formatQuarterShort(quarter),
    deadline: dueDeadline(record.currentDue),
    leads: record.leads.map((code) => unitLabel(model, code)),
    programme: record.programme,
    quantity: record.quantity,
    section: section === undefined ? null : { ref: section.ref, title: section.title },
    status:
      record.latest === null
        ? null
        : { ...statusView(record.latest.status), quarter: formatQuarterShort(record.latest.quarter) },
    slip: record.slip,
    flags: flagsOf(record),
  };
}

/** The plan's first reporting quarter: Quarter 1 of its first year. */
export function firstReportingQuarter(plan: PlanRecord): string {
  const year = parseFinancialYear(plan.firstYear);
  if (year === null) throw new Error(`Plan ${plan.key} has an unreadable first year "${plan.firstYear}"`);
  return formatQuarterShort({ financialYear: year, quarter: 1 });
}

export type PlanFileFormat = 'csv' | 'xlsx';

export interface PlanFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

/** The media type each plan file is sent as. */
export const PLAN_MEDIA_TYPES: Record<PlanFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
