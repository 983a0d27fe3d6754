import { describe, expect, it } from 'vitest';
import { checkPlanDocument } from '../../domain/plans/index.js';
import { nodeKindFromLabel } from './planItems.js';
import { planLocator } from './planItemRows.js';
import { readPlanCsv, type PlanSheetHeader } from './planSheet.js';
import { SAMPLE_PLAN_HEADER } from '../../../test/support/planFixtures.js';

const HEADER: PlanSheetHeader = SAMPLE_PLAN_HEADER;

/**
 * A plan whose milestones and children interleave, so that document paths and rows differ:
 * rows 2–11, with the chapter's second milestone (row 6) coming after its objective.
 */
const NESTED = [
  'Type,Ref,Parent ref,Title,Text,Due,Leads,Links,Note',
  'Chapter,1,,Keeping London safe,,,,,',
  'Milestone,BP-01,1,Summer plan,Plan the summer,"Quarter 1, 2018-19",MetOps,,',
  'Objective,1.1,1,Violence,,,,,',
  'Milestone,BP-02,1.1,Knife arches,Buy knife arches,"Quarter 9, 2018-19",MetOps,,',
  'Milestone,BP-03,1,Second chapter milestone,Text,"Quarter 2, 2018-19",MetOps; XX,,',
  'Chapter,2,,Transforming the Met,,,,,',
  'Objective,2.1,2,Estates,,,,,',
  'Objective,2.1.1,2.1,Sell buildings,,,,delivers met-business-plan-2018-19:1,',
  'Milestone,BP-04,2.1.1,Front counters,Text,"By Quarter 4, 2018-19",DP,,',
  'Milestone,BP-05,2.1.1,Later,Text,"By Quarter 4, 2018-19",DP,,',
].join('\n');

describe('nodeKindFromLabel', () => {
  it('derives a hyphenated lower-case key and an English plural from a Type label', () => {
    expect(nodeKindFromLabel('Corporate objective')).toEqual({
      key: 'corporate-objective',
      label: 'Corporate objective',
      plural: 'Corporate objectives',
    });
    expect(nodeKindFromLabel('Priority').plural).toBe('Priorities');
    expect(nodeKindFromLabel('Journey').plural).toBe('Journeys');
    expect(nodeKindFromLabel('Area (BCU) / Borough').key).toBe('area-bcu-borough');
  });

  it('gathers node kinds in order of first appearance, one per key', () => {
    const text =
      'Type,Ref,Parent ref,Title\nStrategic outcome,S1,,One\nPriority,P1,S1,Two\nstrategic outcome,S2,,Three\n';
    expect(readPlanCsv(text, 'plan.csv', HEADER).document.nodeKinds.map((kind) => kind.key)).toEqual([
      'strategic-outcome',
      'priority',
    ]);
  });
});

describe('locate', () => {
  const { document, locate } = readPlanCsv(NESTED, 'plan.csv', HEADER);

  it('maps nested item paths to the rows they came from, even where milestones and children interleave', () => {
    expect(locate('nodes[0].ref')).toEqual({ row: 2, column: 'Ref' });
    expect(locate('nodes[0].milestones[0].due')).toEqual({ row: 3, column: 'Due' });
    expect(locate('nodes[0].children[0].kind')).toEqual({ row: 4, column: 'Type' });
    expect(locate('nodes[0].children[0].milestones[0].text')).toEqual({ row: 5, column: 'Text' });
    expect(locate('nodes[0].milestones[1].leads[1]')).toEqual({ row: 6, column: 'Leads' });
    expect(locate('nodes[1].children[0].children[0].links[0].planKey')).toEqual({ row: 9, column: 'Links' });
    expect(locate('nodes[1].children[0].children[0].milestones[1].dependsOn[0]')).toEqual({
      row: 11,
      column: 'Depends on',
    });
    expect(locate('nodes[1].children[0]')).toEqual({ row: 8, column: null });
  });

  it('maps the plan header fields to their Plan sheet names without a row', () => {
    expect(locate('title')).toEqual({ row: null, column: 'Title' });
    expect(locate('firstYear')).toEqual({ row: null, column: 'First year' });
    expect(locate('nodeKinds')).toEqual({ row: null, column: null });
    expect(locate('nodes[7].ref')).toEqual({ row: null, column: 'Ref' });
  });

  it('places every checkPlanDocument problem of a read plan on its row and column', () => {
    const located = checkPlanDocument(document, new Set(['MetOps', 'DP'])).map((problem) => ({
      path: problem.path,
      ...locate(problem.path),
    }));
    expect(located).toEqual([
      { path: 'nodes[0].children[0].milestones[0].due', row: 5, column: 'Due' },
      { path: 'nodes[0].milestones[1].leads[1]', row: 6, column: 'Leads' },
      { path: 'nodes[1].children[0].children[0].links[0].planKey', row: 9, column: 'Links' },
    ]);
  });

  it('names list-sheet columns with their sheet and finds their rows where the workbook gave them', () => {
    const listRows = new Map([['statuses[1]', 3]]);
    const find = planLocator(new Map(), listRows);
    expect(find('statuses[1].symbol')).toEqual({ row: 3, column: 'Symbol (Statuses sheet)' });
    expect(find('programmes[0].label')).toEqual({ row: null, column: 'Label (Programmes sheet)' });
    expect(find('nodeKinds[2].key')).toEqual({ row: null, column: 'Key (Node kinds sheet)' });
  });
});
