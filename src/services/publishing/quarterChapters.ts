import {
  compareQuarters,
  formatDueSpec,
  formatQuarterShort,
  type FinancialQuarter,
} from '../../domain/calendar/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import {
  currentDue,
  dueRevisions,
  findStatus,
  reportingReason,
  slipOf,
  type MilestoneTimeline,
  type StatusDefinition,
} from '../../domain/plans/index.js';
import type { ReportChapter, ReportMilestone, ReportStatus } from '../../domain/publishing/index.js';
import type { PlanContent } from '../../store/index.js';
import type { MilestoneRecord as StoredMilestoneRecord } from '../../domain/plans/index.js';
import type { PlanUpdateRow } from '../../store/index.js';

type MilestoneRecord = StoredMilestoneRecord<PlanUpdateRow>;

export function reportStatus(status: StatusDefinition): ReportStatus {
  const { code, label, symbol, category, meaning } = status;
  return { code, label, symbol, category, meaning };
}

/**
 * The milestone's timeline as it stood when the quarter was reported: a report of an earlier
 * quarter, built later, must not show a deadline moved by a later quarter's update.
 */
function timelineAsOf(record: MilestoneRecord, quarter: FinancialQuarter): MilestoneTimeline {
  const reports = record.timeline.reports.filter((r) => compareQuarters(r.quarter, quarter) <= 0);
  return { originalDue: record.timeline.originalDue, reports };
}

/** "was due …; now due … (2 quarters later). Reason: …": the slip the public must be able to see. */
function slipText(timeline: MilestoneTimeline): string | null {
  const slip = slipOf(timeline);
  if (slip === null || slip.quarters <= 0) return null;
  const later = slip.quarters === 1 ? '1 quarter' : `${slip.quarters} quarters`;
  const reasons = dueRevisions(timeline)
    .map((r) => r.reason?.trim() ?? '')
    .filter((r) => r !== '');
  const reason = reasons.length === 0 ? 'No reason was given.' : `Reason: ${reasons.join(' ')}`;
  return `was due ${formatDueSpec(timeline.originalDue)}; now due ${formatDueSpec(currentDue(timeline))} (${later} later). ${reason}`;
}

/** A milestone on the quarter's report, with what its update for that quarter says. */
function reportMilestone(
  record: MilestoneRecord,
  reason: ReportMilestone['reason'],
  quarter: FinancialQuarter,
  scale: readonly StatusDefinition[],
  model: OrganisationModel,
): ReportMilestone {
  const code = formatQuarterShort(quarter);
  const update = record.updates.find((u) => u.quarter === code && u.state === 'published');
  const timeline = timelineAsOf(record, quarter);
  const status = update === undefined ? undefined : findStatus(scale, update.status_code);
  return {
    ref: record.ref,
    title: record.title,
    text: record.text,
    due: formatDueSpec(currentDue(timeline)),
    leads: record.leads.map((code) => model.unit(code)?.name ?? code),
    reason,
    status: status === undefined ? null : reportStatus(status),
    narrative: update?.narrative ?? null,
    figures: update === undefined ? [] : (JSON.parse(update.figures_json) as string[]),
    slip: slipText(timeline),
  };
}

interface DraftSection {
  ref: string;
  title: string;
  milestones: ReportMilestone[];
}

interface DraftChapter extends DraftSection {
  sections: Map<number, DraftSection>;
}

/**
 * The quarter's milestones in the plan's own order, under its top-level parts (chapters) and
 * their parts (sections): those due in the quarter and those carried forward from before it.
 */
export function quarterChapters(
  content: PlanContent,
  records: readonly MilestoneRecord[],
  quarter: FinancialQuarter,
  scale: readonly StatusDefinition[],
  model: OrganisationModel,
): ReportChapter[] {
  const chapters = new Map<number, DraftChapter>();
  for (const record of records) {
    const reason = reportingReason(record.timeline, quarter);
    const [top, second] = record.nodePath;
    if (reason === null || top === undefined) continue;
    const chapter: DraftChapter = chapters.get(top.id) ?? {
      ref: top.ref,
      title: top.title,
      milestones: [],
      sections: new Map<number, DraftSection>(),
    };
    chapters.set(top.id, chapter);
    const milestone = reportMilestone(record, reason, quarter, scale, model);
    if (second === undefined) {
      chapter.milestones.push(milestone);
      continue;
    }
    const section: DraftSection = chapter.sections.get(second.id) ?? {
      ref: second.ref,
      title: second.title,
      milestones: [],
    };
    chapter.sections.set(second.id, section);
    section.milestones.push(milestone);
  }
  // Chapters and sections follow the plan's order, whatever order the milestones came in.
  const order = new Map(content.nodes.map((node, index) => [node.id, index]));
  const byPlan = <T>(entries: Iterable<[number, T]>) =>
    [...entries].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(([, value]) => value);
  return byPlan(chapters).map((chapter) => ({ ...chapter, sections: byPlan(chapter.sections) }));
}
