import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FinancialQuarter } from '../calendar/index.js';
import { buildMilestoneRecords, type StoredUpdate } from './milestoneRecords.js';
import {
  isQuarterInPlanPeriod,
  NO_UPDATE_KEY,
  publishedQuartersOf,
  quarterCounts,
  quarterReportRefusal,
  tallyReasons,
} from './quarterCounts.js';
import { REPORTING_REASONS } from './milestoneProgress.js';

const q = (startYear: number, quarter: 1 | 2 | 3 | 4): FinancialQuarter => ({ financialYear: { startYear }, quarter });
const Q2 = q(2018, 2);
const DUES = [
  'Quarter 2, 2018-19',
  'Quarter 2, 2018-19',
  'Quarter 2, 2018-19',
  'Quarter 1, 2018-19',
  'Quarter 4, 2018-19',
];

function content() {
  return {
    plan: { key: 'test-plan', firstYear: '2018-19', publishedOn: null, statuses: [] },
    nodes: [{ id: 1, parent_id: null, ref: 'C1', kind: 'chapter', title: 'Chapter' }],
    milestones: DUES.map((due, index) => ({
      id: index + 1,
      node_id: 1,
      ref: `M${index + 1}`,
      title: `Milestone ${index + 1}`,
      text: 'Do it.',
      due,
      programme: null,
      quantity: null,
      position: index,
    })),
    leads: new Map<number, string[]>(),
    dependencies: new Map<number, number[]>(),
  };
}

const update = (ref: string, quarter: string, state: string, status = 'on-track'): StoredUpdate => ({
  milestone_ref: ref,
  quarter,
  state,
  status_code: status,
  revised_due: null,
  revision_reason: null,
});

describe('counting a quarter’s milestones', () => {
  it('counts every milestone due or carried forward, those without a published update as "no update"', () => {
    const updates = [
      update('M4', '2018-19 Q1', 'published', 'some-delay'),
      update('M1', '2018-19 Q2', 'published', 'delivered'),
      update('M2', '2018-19 Q2', 'approved'),
      update('M5', '2018-19 Q2', 'published'),
    ];
    const counts = quarterCounts(buildMilestoneRecords(content(), updates, true), Q2);
    // M1–M3 are due; M4 slipped past Q1 undelivered and is carried forward; M5 is due later and not counted.
    expect(counts).toEqual({
      due: 3,
      carriedForward: 1,
      deliveredEarly: 0,
      counts: { delivered: 1, [NO_UPDATE_KEY]: 3 },
      total: 4,
    });
  });

  it('counts a milestone delivered a quarter before it is due as delivered early in that quarter, not as due there or later', () => {
    // M5 is due in Q4 but its Q2 update delivers it.
    const updates = [update('M5', '2018-19 Q2', 'published', 'delivered')];
    const records = buildMilestoneRecords(content(), updates, true);
    const q2 = quarterCounts(records, Q2);
    expect(q2).toMatchObject({ due: 3, carriedForward: 1, deliveredEarly: 1, total: 5 });
    expect(q2.counts).toEqual({ delivered: 1, [NO_UPDATE_KEY]: 4 });
    // Closed already, it is neither due in Q4 nor counted again there.
    expect(quarterCounts(records, q(2018, 4))).toMatchObject({ due: 0, deliveredEarly: 0 });
  });

  it('tallies reasons so that due, carried forward and delivered early always add up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REPORTING_REASONS)), (reasons) => {
        const tally = tallyReasons(reasons);
        expect(tally.due + tally.carriedForward + tally.deliveredEarly).toBe(tally.total);
        expect(tally.total).toBe(reasons.length);
        expect(tally.deliveredEarly).toBe(reasons.filter((r) => r === 'delivered-early').length);
      }),
    );
  });

  it('always adds up to the milestones on the quarter, whatever updates exist', () => {
    const states = ['draft', 'submitted', 'returned', 'approved', 'published'];
    const arbitrary = fc.array(
      fc.record({ ref: fc.constantFrom('M1', 'M2', 'M3', 'M4', 'M5'), state: fc.constantFrom(...states) }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(arbitrary, (picked) => {
        const unique = [...new Map(picked.map((p) => [p.ref, p])).values()];
        const records = buildMilestoneRecords(
          content(),
          unique.map((p) => update(p.ref, '2018-19 Q2', p.state)),
          true,
        );
        const result = quarterCounts(records, Q2);
        const sum = Object.values(result.counts).reduce((a, b) => a + b, 0);
        expect(sum).toBe(result.total);
        expect(result.total).toBe(result.due + result.carriedForward);
        expect(result.counts['on-track'] ?? 0).toBe(
          unique.filter((p) => p.state === 'published' && p.ref !== 'M5').length,
        );
      }),
    );
  });
});

describe('which quarters a plan has published and may report on', () => {
  const plan = {
    key: 'met-business-plan-2018-19',
    firstYear: '2018-19',
    lastYear: '2018-19',
    reportingQuarter: '2018-19 Q3',
  };

  it('takes every quarter of the plan before the one it collects as published', () => {
    expect(publishedQuartersOf(plan)).toEqual([q(2018, 1), q(2018, 2)]);
    expect(publishedQuartersOf({ ...plan, reportingQuarter: '2019-20 Q1' })).toHaveLength(4);
    expect(publishedQuartersOf({ ...plan, reportingQuarter: null })).toEqual([]);
  });

  it('knows the plan’s period by its financial years', () => {
    expect(isQuarterInPlanPeriod(plan, q(2018, 4))).toBe(true);
    expect(isQuarterInPlanPeriod(plan, q(2019, 1))).toBe(false);
    expect(isQuarterInPlanPeriod(plan, q(2017, 4))).toBe(false);
  });

  it('refuses a report outside the period, or of a quarter not yet published, in a sentence', () => {
    expect(quarterReportRefusal(plan, q(2019, 1))).toEqual({
      kind: 'outside-period',
      sentence: 'met-business-plan-2018-19 covers 2018-19; 2019-20 Q1 is outside it.',
    });
    expect(quarterReportRefusal({ ...plan, firstYear: '2017-18', lastYear: '2020-21' }, q(2030, 1))?.sentence).toBe(
      'met-business-plan-2018-19 covers 2017-18 to 2020-21; 2030-31 Q1 is outside it.',
    );
    expect(quarterReportRefusal(plan, q(2018, 3))?.kind).toBe('not-published');
    expect(quarterReportRefusal(plan, q(2018, 2))).toBeNull();
  });
});
