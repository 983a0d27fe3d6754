import { FINDING_KIND_LABELS, FINDING_STATE_LABELS } from '../../domain/inspections/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import type { ExportTable } from '../../reports/exports/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { getInspection } from '../inspections/getInspection.js';
import { listFindings, type FindingFilter, type FindingView } from '../inspections/listFindings.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import {
  column,
  exportFile,
  filterWords,
  rowsOf,
  type Column,
  type ExportFile,
  type ExportFormat,
} from './exportFiles.js';

/** Inspection titles and component names by key, as the page shows them. */
export interface FindingNames {
  readonly inspections: ReadonlyMap<string, string>;
  /** Keyed "inspection component". */
  readonly components: ReadonlyMap<string, string>;
}

/** The tracker's columns, with the finding's parts and history that the page shows beneath its text. */
export function findingColumns(
  model: OrganisationModel,
  names: FindingNames,
  on: string,
): readonly Column<FindingView>[] {
  const owner = (code: string): string => {
    const name = model.unit(code)?.name;
    return name === undefined ? code : `${name} (${code})`;
  };
  return [
    column('Inspection', 30, (f) => names.inspections.get(f.inspectionKey) ?? f.inspectionKey, true),
    column('Ref', 12, (f) => f.ref),
    column('Kind', 22, (f) => FINDING_KIND_LABELS[f.kind]),
    column('Component', 24, (f) => names.components.get(`${f.inspectionKey} ${f.component}`) ?? f.component, true),
    column('Finding', 70, (f) => f.text, true),
    column('Parts', 50, (f) => f.parts.join('\n'), true),
    column('Under cause of concern', 14, (f) => f.parentRef ?? ''),
    column('First raised in', 20, (f) => f.raisedIn ?? ''),
    column('Owner', 30, (f) => (f.owner === null ? 'Not assigned' : owner(f.owner)), true),
    column('Due', 12, (f) => f.dueOn ?? 'No date set'),
    column(`Overdue on ${on}`, 12, (f) => (f.overdue ? 'Yes' : 'No')),
    column('State', 16, (f) => FINDING_STATE_LABELS[f.state]),
  ];
}

export function findingsExportTable(
  list: { on: string; findings: readonly FindingView[] },
  filter: FindingFilter,
  model: OrganisationModel,
  names: FindingNames,
  asAt: string,
): ExportTable {
  const columns = findingColumns(model, names, list.on);
  const inspections = [...new Set(list.findings.map((f) => names.inspections.get(f.inspectionKey) ?? f.inspectionKey))];
  return {
    title: 'Findings tracker: inspection findings and where they have got to',
    sheetName: 'Findings',
    notes: [
      ['Inspections', inspections.length === 0 ? 'None match these filters' : inspections.join('; ')],
      ['Source', 'Inspection reports loaded into Bluelamp, with each finding as the force has moved it since'],
      ['Filters', filterWords({ ...filter, on: undefined })],
      ['Overdue', `Judged on ${list.on}: past its due date and not closed`],
      ['No date', 'A finding with no due date says "No date set"; one with no owner says "Not assigned".'],
      ['As at', asAt],
      ['Findings', String(list.findings.length)],
    ],
    columns,
    rows: rowsOf(columns, list.findings),
  };
}

/** The findings tracker as a file: the rows the page shows for the same filters. */
export async function exportFindings(
  ctx: ServiceContext,
  filter: FindingFilter,
  format: ExportFormat,
): Promise<ExportFile> {
  authorise(ctx, 'inspections.read');
  const list = await listFindings(ctx, filter);
  const model = await loadOrganisationModel(ctx);
  const names = await findingNames(ctx, list.findings);
  const asAt = ctx.today();
  return exportFile(findingsExportTable(list, filter, model, names, asAt), `findings-${list.on}`, format);
}

async function findingNames(ctx: ServiceContext, findings: readonly FindingView[]): Promise<FindingNames> {
  const inspections = new Map<string, string>();
  const components = new Map<string, string>();
  for (const key of new Set(findings.map((f) => f.inspectionKey))) {
    const inspection = await getInspection(ctx, { inspection: key });
    inspections.set(key, inspection.title);
    for (const component of inspection.pillars.flatMap((pillar) => pillar.components)) {
      components.set(`${key} ${component.key}`, component.name);
    }
  }
  return { inspections, components };
}
