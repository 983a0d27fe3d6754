import { describe, expect, it } from 'vitest';
import { checkPlanDocument, flattenMilestones, type PlanDocumentProblem } from './checkPlanDocument.js';
import type {
  LinkType,
  MilestoneDocument,
  PlanDocument,
  PlanKind,
  PlanNodeDocument,
  StatusCategory,
} from './planDocument.js';
import { SAMPLE_PLAN_HEADER } from '../../../test/support/planFixtures.js';

function milestone(ref: string, overrides: Partial<MilestoneDocument> = {}): MilestoneDocument {
  return {
    ref,
    title: `Milestone ${ref}`,
    text: 'Show operational impact in the May–July peak with focused days of action.',
    due: 'Quarter 2, 2018-19:',
    leads: ['MetOps'],
    ...overrides,
  };
}

/** A small, valid slice of the Met's 2018-19 Business Plan. */
function smallPlan(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    ...SAMPLE_PLAN_HEADER,
    nodeKinds: [
      { key: 'chapter', label: 'Chapter', plural: 'Chapters' },
      { key: 'objective', label: 'Objective', plural: 'Objectives' },
    ],
    programmes: [{ code: 'OMM', label: 'One Met Model' }],
    nodes: [
      {
        ref: '3',
        kind: 'chapter',
        title: 'Tackling violent crime',
        children: [
          {
            ref: '3.4',
            kind: 'objective',
            title: 'Moped-enabled crime',
            milestones: [milestone('BP18-38', { dependsOn: ['BP18-70'] })],
            links: [{ type: 'delivers', planKey: 'police-and-crime-plan-2017-21', nodeRef: 'P2' }],
          },
        ],
      },
      {
        ref: '5',
        kind: 'chapter',
        title: 'Transforming the Met',
        milestones: [
          milestone('BP18-70', {
            due: 'Quarter 4, 2018-19',
            leads: ['HR', 'S&G'],
            programme: 'OMM',
            quantity: '10,000 leaders',
          }),
          milestone('BP18-71', { due: 'From Quarter 1', leads: ['DP'] }),
        ],
      },
    ],
    ...overrides,
  };
}

const paths = (problems: readonly PlanDocumentProblem[]): string[] => problems.map((p) => p.path);

function withMilestone(overrides: Partial<MilestoneDocument>): PlanDocument {
  return smallPlan({ nodes: [{ ref: '1', kind: 'chapter', title: 'One', milestones: [milestone('M1', overrides)] }] });
}

describe('checking a plan document', () => {
  it('finds no problem in a valid small plan, including a forward dependency and "From Quarter 1"', () => {
    expect(checkPlanDocument(smallPlan())).toEqual([]);
  });

  it('finds no problem when every lead is a known unit', () => {
    expect(checkPlanDocument(smallPlan(), new Set(['MetOps', 'HR', 'S&G', 'DP']))).toEqual([]);
  });

  it('reports every problem at once rather than stopping at the first', () => {
    const plan = smallPlan({
      key: 'Bad Key',
      title: ' ',
      nodes: [{ ref: '1', kind: 'part', title: 'One', milestones: [milestone('M1', { due: 'soon', leads: [] })] }],
    });
    expect(paths(checkPlanDocument(plan)).sort()).toEqual(
      ['key', 'title', 'nodes[0].kind', 'nodes[0].milestones[0].due', 'nodes[0].milestones[0].leads'].sort(),
    );
  });
});

describe('refs', () => {
  it('reports a milestone that reuses a node’s ref, naming both places', () => {
    const plan = smallPlan({
      nodes: [{ ref: '3.4', kind: 'chapter', title: 'Moped crime', milestones: [milestone('3.4')] }],
    });
    expect(checkPlanDocument(plan)).toEqual([
      { path: 'nodes[0].milestones[0].ref', message: 'ref "3.4" is already used at nodes[0].ref' },
    ]);
  });

  it('reports two milestones with the same ref in different branches, naming both places', () => {
    const plan = smallPlan({
      nodes: [
        { ref: 'A', kind: 'chapter', title: 'A', milestones: [milestone('BP18-05')] },
        {
          ref: 'B',
          kind: 'chapter',
          title: 'B',
          children: [{ ref: 'B.1', kind: 'objective', title: 'B.1', milestones: [milestone('BP18-05')] }],
        },
      ],
    });
    const problems = checkPlanDocument(plan);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('nodes[1].children[0].milestones[0].ref');
    expect(problems[0]?.message).toContain('nodes[0].milestones[0].ref');
  });

  it('accepts the ref shapes plans use and rejects ones with spaces, a leading symbol or over 64 characters', () => {
    for (const good of ['3.2', 'S1', 'PS4', 'BP18-05', 'S&G/1', 'a_b', 'x'.repeat(64)]) {
      expect(checkPlanDocument(withMilestone({ ref: good }))).toEqual([]);
    }
    for (const bad of [' 3.2', '3 2', '-3', '', 'x'.repeat(65), 'ref#1']) {
      expect(paths(checkPlanDocument(withMilestone({ ref: bad })))).toEqual(['nodes[0].milestones[0].ref']);
    }
  });
});

describe('milestones', () => {
  it('reports a due date it cannot read at the path of the due field', () => {
    const problems = checkPlanDocument(withMilestone({ due: 'soon' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('nodes[0].milestones[0].due');
    expect(problems[0]?.message).toMatch(/^"soon" is not a due date/);
  });

  it('reports the path of a milestone deep in the tree', () => {
    const plan = smallPlan({
      nodes: [
        { ref: 'A', kind: 'chapter', title: 'A' },
        {
          ref: 'B',
          kind: 'chapter',
          title: 'B',
          children: [
            { ref: 'B.1', kind: 'objective', title: 'B.1' },
            {
              ref: 'B.2',
              kind: 'objective',
              title: 'B.2',
              milestones: [milestone('M1'), milestone('M2', { due: 'Quarter 5, 2018-19' })],
            },
          ],
        },
      ],
    });
    expect(paths(checkPlanDocument(plan))).toEqual(['nodes[1].children[1].milestones[1].due']);
  });

  it('reads "From Quarter 1" in the plan’s first year, and cannot when the first year is not a year', () => {
    expect(checkPlanDocument(withMilestone({ due: 'From Quarter 1' }))).toEqual([]);
    const plan = { ...withMilestone({ due: 'From Quarter 1' }), firstYear: 'soon' };
    expect(paths(checkPlanDocument(plan))).toEqual(['firstYear', 'nodes[0].milestones[0].due']);
  });

  it('requires at least one lead', () => {
    expect(checkPlanDocument(withMilestone({ leads: [] }))).toEqual([
      { path: 'nodes[0].milestones[0].leads', message: 'needs at least one lead unit' },
    ]);
  });

  it('reports a lead that is not a known unit, but only when the caller knows the units', () => {
    const plan = withMilestone({ leads: ['FP', 'XYZ'] });
    expect(checkPlanDocument(plan)).toEqual([]);
    expect(checkPlanDocument(plan, new Set(['FP', 'MetOps']))).toEqual([
      { path: 'nodes[0].milestones[0].leads[1]', message: '"XYZ" is not the code of an organisational unit' },
    ]);
  });

  it('reports a programme the plan does not have, and any programme when the plan has none', () => {
    expect(paths(checkPlanDocument(withMilestone({ programme: 'NOPE' })))).toEqual([
      'nodes[0].milestones[0].programme',
    ]);
    expect(checkPlanDocument(withMilestone({ programme: 'OMM' }))).toEqual([]);
    const noProgrammes = { ...withMilestone({ programme: 'OMM' }), programmes: undefined };
    expect(checkPlanDocument(noProgrammes)).toEqual([
      { path: 'nodes[0].milestones[0].programme', message: '"OMM" is not one of the plan\'s programmes' },
    ]);
  });

  it('reports a dependency on a ref that is not a milestone of the plan, even when a node has that ref', () => {
    const plan = smallPlan({
      nodes: [
        {
          ref: 'N1',
          kind: 'chapter',
          title: 'One',
          milestones: [milestone('M1'), milestone('M2', { dependsOn: ['M1', 'M9', 'N1'] })],
        },
      ],
    });
    expect(checkPlanDocument(plan)).toEqual([
      { path: 'nodes[0].milestones[1].dependsOn[1]', message: '"M9" is not a milestone of this plan' },
      { path: 'nodes[0].milestones[1].dependsOn[2]', message: '"N1" is not a milestone of this plan' },
    ]);
  });

  it('limits the text to 4,000 characters and says so', () => {
    expect(checkPlanDocument(withMilestone({ text: 'x'.repeat(4000) }))).toEqual([]);
    expect(checkPlanDocument(withMilestone({ text: 'x'.repeat(4001) }))).toEqual([
      { path: 'nodes[0].milestones[0].text', message: 'must be at most 4,000 characters' },
    ]);
  });

  it('requires a title and text but not a quantity', () => {
    expect(paths(checkPlanDocument(withMilestone({ title: '', text: '  \n' })))).toEqual([
      'nodes[0].milestones[0].title',
      'nodes[0].milestones[0].text',
    ]);
    expect(checkPlanDocument(withMilestone({ quantity: undefined }))).toEqual([]);
    expect(paths(checkPlanDocument(withMilestone({ quantity: 'q'.repeat(201) })))).toEqual([
      'nodes[0].milestones[0].quantity',
    ]);
  });
});

describe('nodes', () => {
  it('reports a node kind that is not one of the plan’s node kinds', () => {
    const plan = smallPlan({ nodes: [{ ref: '1', kind: 'ambition', title: 'One' }] });
    expect(checkPlanDocument(plan)).toEqual([
      { path: 'nodes[0].kind', message: '"ambition" is not one of the plan\'s node kinds' },
    ]);
  });

  it('allows twelve levels of nodes and reports the thirteenth', () => {
    const chain = (levels: number): PlanNodeDocument => {
      let node: PlanNodeDocument = { ref: `L${levels}`, kind: 'chapter', title: `Level ${levels}` };
      for (let level = levels - 1; level >= 1; level--) {
        node = { ref: `L${level}`, kind: 'chapter', title: `Level ${level}`, children: [node] };
      }
      return node;
    };
    expect(checkPlanDocument(smallPlan({ nodes: [chain(12)] }))).toEqual([]);
    expect(checkPlanDocument(smallPlan({ nodes: [chain(13)] }))).toEqual([
      { path: `nodes[0]${'.children[0]'.repeat(12)}`, message: 'is nested more than 12 levels deep' },
    ]);
  });
});

describe('links to other plans', () => {
  it('reports a link to the plan itself, from a node or a milestone', () => {
    const self = { type: 'delivers' as const, planKey: 'met-business-plan-2018-19', nodeRef: '3' };
    const plan = smallPlan({
      nodes: [
        { ref: '1', kind: 'chapter', title: 'One', links: [self], milestones: [milestone('M1', { links: [self] })] },
      ],
    });
    expect(checkPlanDocument(plan)).toEqual([
      { path: 'nodes[0].milestones[0].links[0].planKey', message: 'must name another plan' },
      { path: 'nodes[0].links[0].planKey', message: 'must name another plan' },
    ]);
  });

  it('reports an unknown link type and a missing node ref', () => {
    const plan = smallPlan({
      nodes: [
        {
          ref: '1',
          kind: 'chapter',
          title: 'One',
          links: [{ type: 'supports' as LinkType, planKey: 'police-and-crime-plan-2017-21', nodeRef: '' }],
        },
      ],
    });
    expect(paths(checkPlanDocument(plan))).toEqual(['nodes[0].links[0].type', 'nodes[0].links[0].nodeRef']);
  });
});

describe('the plan header', () => {
  it('accepts lower-case keys with digits and hyphens, and rejects anything else', () => {
    for (const good of ['met-business-plan-2018-19', 'p2', '2018-plan']) {
      expect(checkPlanDocument(smallPlan({ key: good }))).toEqual([]);
    }
    for (const bad of ['Met-Business-Plan', 'met business plan', '-met', 'm', 'met_plan', 'a'.repeat(101)]) {
      expect(checkPlanDocument(smallPlan({ key: bad }))).toEqual([
        { path: 'key', message: 'must be lower-case letters, digits and hyphens' },
      ]);
    }
  });

  it('reports a last year before the first, and accepts a plan of one year or several', () => {
    expect(checkPlanDocument(smallPlan({ firstYear: '2018-19', lastYear: '2017-18' }))).toEqual([
      { path: 'lastYear', message: 'must not come before the first year' },
    ]);
    expect(checkPlanDocument(smallPlan({ firstYear: '2017-18', lastYear: '2020-21' }))).toEqual([]);
  });

  it('reports a year that is not a financial year', () => {
    expect(paths(checkPlanDocument(smallPlan({ lastYear: '2019' })))).toEqual(['lastYear']);
    expect(paths(checkPlanDocument(smallPlan({ lastYear: '2018-20' })))).toEqual(['lastYear']);
  });

  it('reports a plan kind it does not know', () => {
    expect(paths(checkPlanDocument(smallPlan({ kind: 'strategy' as PlanKind })))).toEqual(['kind']);
  });

  it('needs at least one node kind and no kind twice', () => {
    expect(paths(checkPlanDocument(smallPlan({ nodeKinds: [], nodes: [] })))).toEqual(['nodeKinds']);
    const twice = smallPlan({
      nodeKinds: [
        { key: 'chapter', label: 'Chapter', plural: 'Chapters' },
        { key: 'objective', label: 'Objective', plural: 'Objectives' },
        { key: 'chapter', label: 'Section', plural: 'Sections' },
      ],
    });
    expect(checkPlanDocument(twice)).toEqual([{ path: 'nodeKinds', message: 'lists a node kind twice' }]);
  });
});

describe('the status scale', () => {
  const status = (code: string, category: StatusCategory = 'on-track') => ({
    code,
    label: code,
    symbol: '*',
    meaning: 'A status.',
    category,
  });

  it('reports a status code used twice, an unknown category and a missing symbol', () => {
    const plan = smallPlan({
      statuses: [
        status('green'),
        status('done', 'delivered'),
        status('green', 'delayed'),
        status('amber', 'late' as StatusCategory),
        { ...status('grey'), symbol: '' },
      ],
    });
    expect(paths(checkPlanDocument(plan))).toEqual(['statuses[2].code', 'statuses[3].category', 'statuses[4].symbol']);
  });

  it('needs at least one status when the plan gives its own scale', () => {
    expect(checkPlanDocument(smallPlan({ statuses: [] }))).toEqual([
      { path: 'statuses', message: 'needs at least one status' },
    ]);
  });
});

describe('listing a plan’s milestones', () => {
  it('lists every milestone with the ref of the node that holds it, in document order', () => {
    const listed = flattenMilestones(smallPlan()).map(({ milestone: m, nodeRef }) => [m.ref, nodeRef]);
    expect(listed).toEqual([
      ['BP18-38', '3.4'],
      ['BP18-70', '5'],
      ['BP18-71', '5'],
    ]);
  });

  it('lists a node’s own milestones before those of its children', () => {
    const plan = smallPlan({
      nodes: [
        {
          ref: '1',
          kind: 'chapter',
          title: 'One',
          children: [{ ref: '1.1', kind: 'objective', title: 'One one', milestones: [milestone('B')] }],
          milestones: [milestone('A')],
        },
      ],
    });
    expect(flattenMilestones(plan).map(({ milestone: m, nodeRef }) => `${nodeRef}:${m.ref}`)).toEqual(['1:A', '1.1:B']);
  });

  it('finds nothing in a plan without milestones', () => {
    expect(flattenMilestones(smallPlan({ nodes: [{ ref: '1', kind: 'chapter', title: 'One' }] }))).toEqual([]);
  });
});

describe('who delivers a node', () => {
  const withDeliverer = (deliverer: PlanNodeDocument['deliverer']): PlanDocument =>
    smallPlan({ nodes: [{ ref: '1', kind: 'chapter', title: 'One', deliverer }] });

  it('accepts the force, the oversight body and a named partner', () => {
    expect(checkPlanDocument(withDeliverer({ kind: 'force' }))).toEqual([]);
    expect(checkPlanDocument(withDeliverer({ kind: 'oversight-body', name: 'MOPAC' }))).toEqual([]);
    expect(checkPlanDocument(withDeliverer({ kind: 'partner', name: 'Transport for London' }))).toEqual([]);
  });

  it('reports a partner without a name and a kind it does not know, at the deliverer’s path', () => {
    expect(paths(checkPlanDocument(withDeliverer({ kind: 'partner' })))).toEqual(['nodes[0].deliverer.name']);
    const unknown = withDeliverer({ kind: 'council' as 'force' });
    expect(paths(checkPlanDocument(unknown))).toEqual(['nodes[0].deliverer.kind']);
  });
});
