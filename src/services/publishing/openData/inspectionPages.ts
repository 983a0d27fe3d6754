import { FINDING_KIND_LABELS, FINDING_STATE_LABELS, type FindingKind } from '../../../domain/inspections/index.js';
import {
  openDataTable,
  openDataView,
  type OpenDataTable,
  type OpenDataView,
} from '../../../domain/publishing/index.js';
import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { listFindings, type FindingView } from '../../inspections/listFindings.js';
import { getInspection } from '../../inspections/getInspection.js';
import type { InspectionView } from '../../inspections/inspectionViews.js';
import { listInspections } from '../../inspections/listInspections.js';
import { loadOrganisationModel } from '../../organisation/loadOrganisationModel.js';
import { asPublic, dayWords, HOME, INSPECTIONS } from './publicContext.js';

export function inspectionPath(key: string): string {
  return `${INSPECTIONS.path}/${encodeURIComponent(key)}`;
}

const KIND_ORDER: readonly FindingKind[] = [
  'cause-of-concern',
  'recommendation',
  'area-for-improvement',
  'good-practice',
  'earlier-item',
];

const KIND_PLURALS: Readonly<Record<FindingKind, string>> = {
  'cause-of-concern': 'Causes of concern',
  recommendation: 'Recommendations',
  'area-for-improvement': 'Areas for improvement',
  'good-practice': 'Good practice',
  'earlier-item': 'Earlier items',
};

/** /public/inspections: every inspection report, with what it found and how much of it is closed. */
export async function buildInspectionsView(ctx: ServiceContext): Promise<OpenDataView> {
  authorise(ctx, 'inspections.read');
  const reader = asPublic(ctx);
  const { inspections } = await listInspections(reader);
  const { findings } = await listFindings(reader, {});
  const table = openDataTable(
    {
      name: 'inspections',
      caption: inspections.length === 1 ? '1 inspection report' : `${inspections.length} inspection reports`,
      columns: [
        { key: 'inspection', label: 'Inspection' },
        { key: 'publishedOn', label: 'Published on' },
        ...KIND_ORDER.map((kind) => ({ key: kind, label: KIND_PLURALS[kind], numeric: true })),
        { key: 'closed', label: 'Closed', numeric: true },
        { key: 'overdue', label: 'Overdue', numeric: true },
      ],
    },
    inspections.map((inspection) => {
      const own = findings.filter((f) => f.inspectionKey === inspection.key);
      return {
        cells: {
          inspection: inspection.title,
          publishedOn: dayWords(inspection.publishedOn),
          ...Object.fromEntries(KIND_ORDER.map((kind) => [kind, inspection.findings[kind]])),
          closed: own.filter((f) => f.state === 'closed').length,
          overdue: own.filter((f) => f.overdue).length,
        },
        links: { inspection: inspectionPath(inspection.key) },
      };
    }),
  );
  return openDataView({
    path: INSPECTIONS.path,
    title: 'Inspections',
    lead: 'What the inspectorate (HMICFRS) found when it inspected the force, the grades it gave, and how the force is answering each finding.',
    notes: [`Overdue means past its due day and not closed, on ${dayWords(ctx.today()) ?? ctx.today()}.`],
    trail: [HOME],
    tables: [table],
  });
}

function judgmentTable(inspection: InspectionView): OpenDataTable {
  return openDataTable(
    {
      name: 'judgments',
      caption: 'Grades, pillar by pillar',
      columns: [
        { key: 'pillar', label: 'Pillar' },
        { key: 'component', label: 'Component' },
        { key: 'grade', label: 'Grade' },
        { key: 'previousGrade', label: 'Previous grade' },
      ],
    },
    inspection.pillars.flatMap((pillar) => [
      {
        cells: {
          pillar: pillar.name,
          component: null,
          grade: pillar.gradeLabel,
          previousGrade: pillar.previousGradeLabel,
        },
      },
      ...pillar.components.map((component) => ({
        cells: {
          pillar: pillar.name,
          component: component.name,
          grade: `${component.gradeLabel}${component.carriedForward ? ' (carried forward)' : ''}`,
          previousGrade: component.previousGradeLabel,
        },
      })),
    ]),
  );
}

/** The public words for where the force's answer to a finding stands. */
function responseWords(finding: FindingView): string {
  if (finding.kind === 'good-practice') return 'Shared; needs no answer';
  return FINDING_STATE_LABELS[finding.state];
}

function timeliness(finding: FindingView): string {
  if (finding.kind === 'good-practice') return 'Not applicable';
  if (finding.state === 'closed') return 'Closed';
  if (finding.dueOn === null) return 'No due date';
  return finding.overdue ? 'Overdue' : 'Not yet due';
}

async function findingTable(ctx: ServiceContext, inspection: InspectionView, findings: readonly FindingView[]) {
  const model = await loadOrganisationModel(ctx);
  const componentName = new Map(
    inspection.pillars.flatMap((pillar) => [
      [pillar.key, pillar.name] as const,
      ...pillar.components.map((c) => [c.key, c.name] as const),
    ]),
  );
  return openDataTable(
    {
      name: 'findings',
      caption: 'Findings and the force’s response',
      columns: [
        { key: 'ref', label: 'Ref' },
        { key: 'kind', label: 'Kind' },
        { key: 'component', label: 'Component' },
        { key: 'finding', label: 'Finding', long: true },
        { key: 'owner', label: 'Owner' },
        { key: 'due', label: 'Due' },
        { key: 'response', label: 'Response' },
        { key: 'timeliness', label: 'Due or overdue' },
      ],
    },
    findings.map((finding) => ({
      cells: {
        ref: finding.ref,
        kind: FINDING_KIND_LABELS[finding.kind],
        component: componentName.get(finding.component) ?? finding.component,
        finding: finding.text,
        owner: finding.owner === null ? null : (model.unit(finding.owner)?.name ?? finding.owner),
        due: dayWords(finding.dueOn),
        response: responseWords(finding),
        timeliness: timeliness(finding),
      },
    })),
  );
}

/** /public/inspections/:key: the judgments, and every finding with where the force's answer stands. */
export async function buildInspectionView(ctx: ServiceContext, input: { inspection: string }): Promise<OpenDataView> {
  authorise(ctx, 'inspections.read');
  const reader = asPublic(ctx);
  const inspection = await getInspection(reader, { inspection: input.inspection });
  const { on, findings } = await listFindings(reader, { inspection: inspection.key });
  const answerable = findings.filter((f) => f.kind !== 'good-practice');
  const closed = answerable.filter((f) => f.state === 'closed').length;
  const overdue = answerable.filter((f) => f.overdue).length;
  return openDataView({
    path: inspectionPath(inspection.key),
    title: inspection.title,
    lead: `${inspection.programmeName}: the inspectorate's grades for the force, and each finding it raised with the force's response.`,
    highlights: [
      `${answerable.length} findings need an answer: ${closed} closed, ${answerable.length - closed} still open, ${overdue} overdue on ${dayWords(on) ?? on}.`,
    ],
    notes: [
      `Published on ${dayWords(inspection.publishedOn) ?? inspection.publishedOn}. Source: ${inspection.source}.`,
      'Overdue means past its due day and not closed. Good practice is shared, not answered.',
    ],
    trail: [HOME, INSPECTIONS],
    tables: [judgmentTable(inspection), await findingTable(reader, inspection, findings)],
  });
}

/** Every inspection's public path. */
export async function listInspectionPaths(ctx: ServiceContext): Promise<string[]> {
  authorise(ctx, 'inspections.read');
  return (await listInspections(asPublic(ctx))).inspections.map((inspection) => inspectionPath(inspection.key));
}
