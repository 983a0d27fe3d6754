import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LINK_TYPES,
  PLAN_KINDS,
  STATUS_CATEGORIES,
  type MilestoneDocument,
  type NodeKindDefinition,
  type PlanDocument,
  type PlanNodeDocument,
} from '../../domain/plans/index.js';
import { nodeKindFromLabel, readPlanCsv, readPlanXlsx, writePlanCsv, writePlanXlsx } from './planSheet.js';

/** Text as a person types it into a cell: anything, with line ends as LF and no space around it. */
const cellText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength }),
      fc.stringMatching(/^[a-z ,;:"'=+\-@\n\t_x0-9A-F]{1,16}$/),
      fc.constantFrom('bell \u0007', 'a\u0001b', 'x\u007Fy', '_x0041_ text', 'line\r\nend'),
    )
    .map((text) => text.replace(/\r\n?/g, '\n').trim())
    .filter((text) => text !== '');
const optionalText = fc.option(cellText(24), { nil: undefined });
const code = fc.stringMatching(/^[A-Za-z0-9&][A-Za-z0-9&.-]{0,7}$/);
const codes = (maxLength: number): fc.Arbitrary<string[]> => fc.array(code, { minLength: 1, maxLength });
const link = fc.record({
  type: fc.constantFrom(...LINK_TYPES),
  planKey: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
  nodeRef: fc.stringMatching(/^[A-Za-z0-9._/&-]([A-Za-z0-9._/& -]{0,8}[A-Za-z0-9.])?$/),
});
const links = fc.option(fc.array(link, { minLength: 1, maxLength: 2 }), { nil: undefined });

/** A milestone without its ref, which the tree assigns so that refs are unique. */
const milestone = fc.record({
  title: cellText(30),
  text: fc.oneof(fc.constant(''), cellText(60)),
  due: cellText(24),
  leads: codes(3),
  programme: fc.option(code, { nil: undefined }),
  quantity: optionalText,
  dependsOn: fc.option(codes(2), { nil: undefined }),
  links,
});

const KIND_LABELS = ['Chapter', 'Corporate objective', 'Priority', 'Strategic outcome', 'Commitment'];

interface NodeShape {
  label: string;
  title: string;
  text: string | undefined;
  note: string | undefined;
  links: PlanNodeDocument['links'];
  milestones: Omit<MilestoneDocument, 'ref'>[];
  children: NodeShape[];
}

function nodeShape(depth: number): fc.Arbitrary<NodeShape> {
  return fc.record({
    label: fc.constantFrom(...KIND_LABELS),
    title: cellText(30),
    text: optionalText,
    note: optionalText,
    links,
    milestones: fc.array(milestone, { maxLength: 2 }),
    children: depth === 0 ? fc.constant([]) : fc.array(nodeShape(depth - 1), { maxLength: 2 }),
  });
}

/** A plan tree with unique refs, its nodes' kinds keyed as kinds: Map<label, kind> says. */
function buildNodes(shapes: NodeShape[], kinds: (label: string) => string): PlanNodeDocument[] {
  let counter = 0;
  const build = (shape: NodeShape): PlanNodeDocument => {
    const ref = `N${(counter += 1)}`;
    return {
      ref,
      kind: kinds(shape.label),
      title: shape.title,
      text: shape.text,
      note: shape.note,
      links: shape.links,
      milestones: shape.milestones.map((m) => ({ ...m, ref: `M${(counter += 1)}` })),
      children: shape.children.map(build),
    };
  };
  return shapes.map(build);
}

/** The node kinds a CSV reader derives: one per label, in the order rows first use them. */
function kindsInRowOrder(nodes: readonly PlanNodeDocument[], labelOf: Map<string, string>): NodeKindDefinition[] {
  const seen = new Map<string, NodeKindDefinition>();
  const visit = (node: PlanNodeDocument): void => {
    const label = labelOf.get(node.kind) ?? node.kind;
    if (!seen.has(node.kind)) seen.set(node.kind, nodeKindFromLabel(label));
    node.children?.forEach(visit);
  };
  nodes.forEach(visit);
  return [...seen.values()];
}

/** The same document with undefined fields and empty lists left out, as a reader gives it. */
const normalise = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, entry: unknown) => (Array.isArray(entry) && entry.length === 0 ? undefined : entry)),
  );

const header = fc.record({
  key: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,30}$/),
  title: cellText(40),
  kind: fc.constantFrom(...PLAN_KINDS),
  owner: cellText(30),
  firstYear: fc.constantFrom('2017-18', '2018-19'),
  lastYear: fc.constantFrom('2018-19', '2020-21'),
  summary: optionalText,
});
const trees = fc.array(nodeShape(2), { minLength: 1, maxLength: 3 });

describe('writing and reading a plan spreadsheet', () => {
  it('gives back an equal plan from CSV, with the node kinds taken from the Type labels', () => {
    fc.assert(
      fc.property(header, trees, (planHeader, shapes) => {
        const nodes = buildNodes(shapes, (label) => nodeKindFromLabel(label).key);
        const labels = new Map(KIND_LABELS.map((label) => [nodeKindFromLabel(label).key, label]));
        const document: PlanDocument = { ...planHeader, nodeKinds: kindsInRowOrder(nodes, labels), nodes };
        const back = readPlanCsv(writePlanCsv(document), 'plan.csv', planHeader).document;
        expect(normalise(back)).toEqual(normalise(document));
      }),
      { numRuns: 150 },
    );
  });

  const status = fc.record({
    code: code,
    label: cellText(20),
    symbol: cellText(4),
    meaning: fc.oneof(fc.constant(''), cellText(40)),
    category: fc.constantFrom(...STATUS_CATEGORIES),
  });
  const programme = fc.record({ code, label: cellText(20) });

  it('gives back an equal plan from xlsx, with its statuses, programmes and own node kind keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        header,
        trees,
        fc.option(fc.array(status, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        fc.option(fc.array(programme, { minLength: 1, maxLength: 2 }), { nil: undefined }),
        async (planHeader, shapes, statuses, programmes) => {
          const nodeKinds = KIND_LABELS.map((label, index) => ({ key: `k${index}`, label, plural: `${label} list` }));
          const nodes = buildNodes(shapes, (label) => `k${KIND_LABELS.indexOf(label)}`);
          const document: PlanDocument = { ...planHeader, nodeKinds, statuses, programmes, nodes };
          const back = (await readPlanXlsx(await writePlanXlsx(document), 'plan.xlsx')).document;
          expect(normalise(back)).toEqual(normalise(document));
        },
      ),
      { numRuns: 20 },
    );
  });
});
