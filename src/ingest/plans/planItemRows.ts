/**
 * The items table going out (one row per node and milestone) and a checkPlanDocument problem
 * path traced back to the row and column it came from.
 */
import type { MilestoneDocument, PlanDocument, PlanLinkDocument, PlanNodeDocument } from '../../domain/plans/index.js';
import {
  HEADER_FIELDS,
  ITEM_FIELD_COLUMNS,
  LIST_SHEETS,
  type ListName,
  MILESTONE_TYPE,
  PLAN_ITEM_COLUMNS,
  type PlanItemColumn,
  type PlanSheetLocation,
} from './planItems.js';

// ---- Writing the items table ----

const formatLinks = (links: readonly PlanLinkDocument[] | undefined): string =>
  (links ?? []).map((link) => `${link.type} ${link.planKey}:${link.nodeRef}`).join('; ');

const itemRow = (values: Partial<Record<PlanItemColumn, string>>): string[] =>
  PLAN_ITEM_COLUMNS.map((column) => values[column] ?? '');

function milestoneRow(milestone: MilestoneDocument, nodeRef: string): string[] {
  return itemRow({
    Type: MILESTONE_TYPE,
    Ref: milestone.ref,
    'Parent ref': nodeRef,
    Title: milestone.title,
    Text: milestone.text,
    Due: milestone.due,
    Leads: milestone.leads.join('; '),
    Programme: milestone.programme,
    Quantity: milestone.quantity,
    'Depends on': (milestone.dependsOn ?? []).join('; '),
    Links: formatLinks(milestone.links),
  });
}

/**
 * The items rows of a plan (without the header row), in document order: each node, then its
 * milestones, then its children. A node's Type is its kind's label.
 */
export function itemRows(document: PlanDocument): string[][] {
  const labels = new Map(document.nodeKinds.map((kind) => [kind.key, kind.label]));
  const rows: string[][] = [];
  const visit = (node: PlanNodeDocument, parentRef: string): void => {
    rows.push(
      itemRow({
        Type: labels.get(node.kind) ?? node.kind,
        Ref: node.ref,
        'Parent ref': parentRef,
        Title: node.title,
        Text: node.text,
        Links: formatLinks(node.links),
        Note: node.note,
      }),
    );
    for (const milestone of node.milestones ?? []) rows.push(milestoneRow(milestone, node.ref));
    for (const child of node.children ?? []) visit(child, node.ref);
  };
  for (const node of document.nodes) visit(node, '');
  return rows;
}

// ---- From a checkPlanDocument path to a row and column ----

const ITEM_PATH = /^nodes\[\d+\](?:\.(?:children|milestones)\[\d+\])*/;
const LIST_PATH = /^(statuses|programmes|nodeKinds)\[\d+\]/;
const FIELD = /^\.?(\w+)/;

/**
 * Turns a problem path into a location: items by their row in the items table; entries of the
 * workbook's small tables by their row there, the column named with its sheet; the plan's own
 * fields by their Plan sheet name, with no row.
 */
export function planLocator(
  itemRowsByPath: ReadonlyMap<string, number>,
  listRowsByPath: ReadonlyMap<string, number>,
): (path: string) => PlanSheetLocation {
  return (path) => {
    const item = ITEM_PATH.exec(path)?.[0];
    if (item !== undefined) {
      const field = FIELD.exec(path.slice(item.length))?.[1];
      return {
        row: itemRowsByPath.get(item) ?? null,
        column: field === undefined ? null : (ITEM_FIELD_COLUMNS[field] ?? null),
      };
    }
    const [entry, list] = LIST_PATH.exec(path) ?? [];
    if (entry !== undefined && list !== undefined) {
      const field = FIELD.exec(path.slice(entry.length))?.[1];
      const sheet = LIST_SHEETS[list as ListName].sheet;
      const column = field === undefined ? null : `${field.charAt(0).toUpperCase()}${field.slice(1)} (${sheet} sheet)`;
      return { row: listRowsByPath.get(entry) ?? null, column };
    }
    const field = FIELD.exec(path)?.[1];
    return { row: null, column: HEADER_FIELDS.find(([name]) => name === field)?.[1] ?? null };
  };
}
