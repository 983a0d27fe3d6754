import { FINDING_STATE_LABELS, GRADE_LABELS, type EvidenceItem } from '../../domain/inspections/index.js';
import {
  findFindingPublicSummary,
  listFindingEvents,
  listFindingLinks,
  listFindingMeasures,
  listJudgments,
  type FindingPublicSummary,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { findFinding } from './findingAccess.js';
import { linkedMeasures, type LinkedMeasure } from './linkedMeasures.js';
import { linkedMilestones, type LinkedMilestone } from './linkedMilestones.js';
import { findingSummary, type FindingSummary } from './findingViews.js';
import { checkedDay } from './findingRules.js';

/** A piece of evidence as a page shows it: a file with the address it downloads from. */
export type FindingEvidenceView = EvidenceItem & { readonly download: string | null };

export function evidenceDownload(evidenceId: number): string {
  return `/api/finding-evidence/${evidenceId}`;
}

function findingEvidenceView(item: EvidenceItem): FindingEvidenceView {
  return { ...item, download: item.kind === 'file' ? evidenceDownload(item.id) : null };
}

export interface FindingEventView {
  readonly happenedAt: string;
  readonly actor: string;
  readonly from: string;
  readonly to: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly note: string | null;
  readonly evidence: readonly FindingEvidenceView[];
}

export interface FindingPage {
  readonly on: string;
  readonly inspection: {
    readonly id: number;
    readonly key: string;
    readonly title: string;
    readonly publishedOn: string;
  };
  readonly finding: FindingSummary;
  readonly component: {
    readonly key: string;
    readonly name: string;
    readonly gradeLabel: string;
    readonly pillar: string | null;
  };
  readonly owner: { readonly code: string; readonly name: string } | null;
  /** The cause of concern a recommendation answers. */
  readonly causeOfConcern: FindingSummary | null;
  /** A cause of concern's recommendations. */
  readonly recommendations: readonly FindingSummary[];
  readonly history: readonly FindingEventView[];
  /** Every piece of evidence offered, newest last, with when and by whom. */
  readonly evidence: readonly (FindingEvidenceView & { readonly addedAt: string; readonly addedBy: string })[];
  readonly actions: readonly LinkedMilestone[];
  readonly addressedBy: readonly LinkedMilestone[];
  /** The measures that show whether the problem is fixed, each judged against the report's publication day. */
  readonly measures: readonly LinkedMeasure[];
  /** What the performance team has published of the response, or null when nothing yet. */
  readonly publicResponse: FindingPublicSummary | null;
}

/** A finding with everything its page shows: where it sits, its history and evidence, and what acts on it. */
export async function getFinding(
  ctx: ServiceContext,
  input: { inspection: string; ref: string; on?: string | undefined },
): Promise<FindingPage> {
  authorise(ctx, 'inspections.read');
  const on = checkedDay(ctx, input.on);
  const db = ctx.store.db;
  const model = await loadOrganisationModel(ctx);
  const { inspection, finding, siblings } = await findFinding(db, input);
  const judgments = await listJudgments(db, inspection.id);
  const component = judgments.find((j) => j.level === 'component' && j.key === finding.component);
  const pillar = judgments.find((j) => j.level === 'pillar' && j.key === component?.parentKey);
  // The moves, their notes and evidence are working papers: the public reads only what was published.
  const events = ctx.actor.kind === 'public' ? [] : await listFindingEvents(db, [finding.id]);
  const links = await linkedMilestones(ctx, db, model, await listFindingLinks(db, [finding.id]), on);
  const parent = siblings.find((f) => f.ref === finding.parentRef);
  const ownerUnit = finding.owner === null ? undefined : model.unit(finding.owner);
  return {
    on,
    inspection: {
      id: inspection.id,
      key: inspection.key,
      title: inspection.title,
      publishedOn: inspection.publishedOn,
    },
    finding: findingSummary(finding, on),
    component: {
      key: finding.component,
      name: component?.name ?? finding.component,
      gradeLabel: component === undefined ? '' : GRADE_LABELS[component.grade],
      pillar: pillar?.name ?? null,
    },
    owner: finding.owner === null ? null : { code: finding.owner, name: ownerUnit?.name ?? finding.owner },
    causeOfConcern: parent === undefined ? null : findingSummary(parent, on),
    recommendations: siblings.filter((f) => f.parentRef === finding.ref).map((f) => findingSummary(f, on)),
    history: events.map((event) => ({
      happenedAt: event.happenedAt,
      actor: event.actor,
      from: event.from,
      to: event.to,
      fromLabel: FINDING_STATE_LABELS[event.from],
      toLabel: FINDING_STATE_LABELS[event.to],
      note: event.note,
      evidence: event.evidence.map(findingEvidenceView),
    })),
    evidence: events.flatMap((event) =>
      event.evidence.map((item) => ({ ...findingEvidenceView(item), addedAt: event.happenedAt, addedBy: event.actor })),
    ),
    actions: links.filter((link) => link.relation === 'action'),
    addressedBy: links.filter((link) => link.relation === 'addresses'),
    measures: await linkedMeasures(db, model, await listFindingMeasures(db, [finding.id]), inspection.publishedOn),
    publicResponse: await findFindingPublicSummary(db, finding.id),
  };
}
