import type { QuarterPublicationSummary, SummaryMilestone } from '../../services/index.js';
import { formatTable } from '../output.js';

function milestoneLines(title: string, milestones: readonly SummaryMilestone[], withWriter: boolean): string[] {
  if (milestones.length === 0) return [];
  const rows = milestones.map((m) => [
    m.ref,
    m.title,
    m.leads.join(', '),
    ...(withWriter ? [m.updateState ?? '', m.lastWrittenBy ?? ''] : []),
  ]);
  const headers = ['Ref', 'Milestone', 'Leads', ...(withWriter ? ['State', 'Last written by'] : [])];
  return ['', `${title} (${milestones.length}):`, formatTable(headers, rows)];
}

/** The same summary the confirmation page shows, as text for the terminal. */
export function quarterSummaryText(summary: QuarterPublicationSummary): string {
  const counts = summary.publicCounts.map((c) => [`${c.symbol} ${c.label}`.trim(), String(c.count)]);
  return [
    `Publishing ${summary.quarter} of ${summary.plan.title} (${summary.plan.key} version ${summary.plan.version}) makes public:`,
    `${summary.due} milestones due, ${summary.carriedForward} carried forward and ${summary.deliveredEarly} delivered early: ${summary.total} in all.`,
    `${summary.updated} have an update, ${summary.approved.length} approved; ${summary.missing.length} have no update.`,
    '',
    'The public will read these counts:',
    formatTable(['Status', 'Milestones'], [...counts, ['Total', String(summary.total)]]),
    ...milestoneLines('Waiting for review, which stops publication', summary.waiting, true),
    ...milestoneLines('Drafts never submitted, which stay unpublished', summary.drafts, true),
    ...milestoneLines('No update at all', summary.missing, false),
    ...(summary.refusal === null ? [] : ['', `It cannot be published now: ${summary.refusal}`]),
  ].join('\n');
}
