import type { ExportTable } from '../../reports/exports/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { listMilestones, type MilestoneFilters, type MilestoneListing } from '../plans/listMilestones.js';
import {
  column,
  exportFile,
  filterWords,
  NO_UPDATE,
  NO_UPDATE_NOTE,
  rowsOf,
  type Column,
  type ExportFile,
  type ExportFormat,
} from './exportFiles.js';

type Row = MilestoneListing['milestones'][number];

/** The tracker's columns, in the page's order, with what the page shows under each milestone's title. */
export const MILESTONE_COLUMNS: readonly Column<Row>[] = [
  column('Ref', 10, (m) => m.ref),
  column('Milestone', 60, (m) => m.title, true),
  column('Section', 40, (m) => m.section?.title ?? '', true),
  column('Due in the plan', 20, (m) => m.due),
  column('Due now', 20, (m) => m.currentDue),
  column('Deadline quarter', 16, (m) => m.dueQuarter ?? 'Ongoing'),
  column('Carried forward', 10, (m) => (m.carriedForward ? 'Yes' : 'No')),
  column('Lead', 30, (m) => m.leads.map((lead) => `${lead.name} (${lead.code})`).join('; '), true),
  column('Programme', 14, (m) => m.programme ?? ''),
  column('Quantity', 20, (m) => m.quantity ?? '', true),
  column('Latest status', 16, (m) => m.status?.label ?? NO_UPDATE),
  column('Status published for', 16, (m) => m.status?.quarter ?? NO_UPDATE),
  column('Slipped by (quarters)', 12, (m) => (m.slip === null ? 'Not slipped' : String(m.slip.quarters))),
  column('To check', 40, (m) => m.flags.join(' '), true),
];

/** Which quarter the figures are for: the one the filters name, or each milestone's latest. */
function quarterNote(filters: MilestoneFilters): string {
  const quarter = filters.reporting ?? filters.due ?? filters.dueBy;
  const latest = "Each milestone's latest published status, with the quarter it was published for.";
  return quarter === undefined ? latest : `${quarter.replace('-Q', ' Q')}, as filtered. ${latest}`;
}

export function milestoneExportTable(listing: MilestoneListing, filters: MilestoneFilters, asAt: string): ExportTable {
  const { plan } = listing;
  return {
    title: `Milestone tracker: ${plan.title}`,
    sheetName: 'Milestones',
    notes: [
      ['Plan', `${plan.title}, version ${plan.version} (${plan.state}), ${plan.period}`],
      ['Source', `Bluelamp milestone tracker for plan ${plan.id}: the same rows as the page for these filters`],
      ['Filters', filterWords({ ...filters, planId: undefined })],
      ['Quarter', quarterNote(filters)],
      ['Statuses', "Only published updates count, as in each quarter's progress report; drafts are left out."],
      ['No update', NO_UPDATE_NOTE],
      ['As at', asAt],
      ['Milestones', String(listing.total)],
    ],
    columns: MILESTONE_COLUMNS,
    rows: rowsOf(MILESTONE_COLUMNS, listing.milestones),
  };
}

/** The milestone tracker as a file: the rows the page shows for the same filters, in the same order. */
export async function exportMilestones(
  ctx: ServiceContext,
  filters: MilestoneFilters,
  format: ExportFormat,
): Promise<ExportFile> {
  authorise(ctx, 'plans.read');
  const listing = await listMilestones(ctx, filters);
  const asAt = ctx.today();
  const table = milestoneExportTable(listing, filters, asAt);
  return exportFile(table, `milestones-${listing.plan.key}-v${listing.plan.version}-${asAt}`, format);
}
