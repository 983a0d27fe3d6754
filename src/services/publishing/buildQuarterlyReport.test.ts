import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { QUARTER_2_SLIP, publishSlipInQuarter2 } from '../../../test/support/quarterSlip.js';
import { buildQuarterlyReport } from './buildQuarterlyReport.js';

describeWithDemoData('the quarterly progress report', (ctx) => {
  it('holds the six milestones due in Quarter 1 of 2018-19 under their chapters, each with its published status', async () => {
    const report = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' });
    expect(report.quarter).toEqual({ code: '2018-19 Q1', title: '2018-19, Quarter 1 (April to June 2018)' });
    const milestones = report.chapters.flatMap((c) => [...c.milestones, ...c.sections.flatMap((s) => s.milestones)]);
    expect(milestones).toHaveLength(6);
    expect(report.totals).toEqual({ due: 6, carriedForward: 0, deliveredEarly: 0, withoutUpdate: 0 });
    const vctf = milestones.find((m) => m.ref === 'BP18-05');
    expect(vctf).toMatchObject({ reason: 'due', status: { label: 'Delivered', symbol: '✓' } });
    expect(vctf?.narrative).toContain('Violent Crime Task Force');
    expect(report.chapters.map((c) => c.ref)).toEqual(['3', '4', '5']);
    expect(report.legend.map((s) => s.label)).toContain('Some delay');
    expect(report.priorities.map((p) => p.title)).toContain('Mobilise partners and the public');
  });

  it('leads its overview with the recorded crime figures, tested for significance, and a chart to the quarter’s end', async () => {
    const report = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q1' });
    expect(report.headlines[0]?.sentence).toBe(
      'All recorded crime: 208,612 offences in Quarter 1, 2018-19, up from 207,307 in Quarter 1, 2017-18 (+0.6%); the rise is statistically significant.',
    );
    expect(report.charts[0]?.categories.at(-1)).toBe('2018-06');
    expect(report.charts[0]?.series.map((s) => s.values.length)).toEqual([12, 12]);
  });

  it('says where each figure comes from, the real MPS files, with the attribution their licence asks for', async () => {
    const report = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q1' });
    expect(report.headlines.map((h) => [h.measure, h.synthetic])).toEqual([
      ['All recorded crime', false],
      ['Violence against the person', false],
      ['Knife crime', undefined],
      ['Gun crime', undefined],
    ]);
    // No figure is no verdict: a headline measure the data do not cover says so for the period it lacks.
    expect(report.headlines[2]?.sentence).toBe('Knife crime: no figures for 2018-19 Q1, so no verdict.');
    expect(report.headlines[2]?.verdict).toBeNull();
    // The headline quotes one source, so it says which, and as at when.
    expect(report.headlines[1]?.source).toMatch(
      /^Source: monthly recorded crime by area, summed from MPS_Borough_Level_Crime_Recent_24_months\.csv \(MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore\)\. Headline figure: Data: recorded crime counts loaded into Bluelamp, as at \d{4}-\d{2}-\d{2}\.$/,
    );
    // The chart's two years reach back into 2016, which the older file holds.
    expect(report.charts[0]?.source).toBe(
      'Source: monthly recorded crime by area, summed from MPS_Borough_Level_Crime_Historic.csv and MPS_Borough_Level_Crime_Recent_24_months.csv (MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore).',
    );
    expect(report.attributions).toEqual([
      'Contains public sector information licensed under the Open Government Licence v3.0: MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore.',
    ]);
  });

  it('speaks as at the day the quarter’s last update was published, whatever day it is built', async () => {
    const first = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q1' });
    const later = await buildQuarterlyReport(
      { ...ctx(), today: () => '2030-01-01' },
      { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q1' },
    );
    expect(later).toEqual(first);
  });

  it('carries an inspection action into its action plan’s report for the quarter it falls due', async () => {
    const report = await buildQuarterlyReport(ctx(), { plan: 'peel-2018-19-met-actions', quarter: '2020-21 Q2' });
    const refs = report.chapters.flatMap((c) => c.milestones.map((m) => [m.ref, m.reason, m.status]));
    expect(refs).toContainEqual(['ELB-REC-1-A1', 'due', null]);
    expect(report.totals.withoutUpdate).toBe(report.totals.due + report.totals.carriedForward);
  });

  it('draws its chart over the twelve months to the end of the quarter reported, whatever quarter that is', async () => {
    const report = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q2' });
    const [chart] = report.charts;
    expect(chart?.categories[0]).toBe('2017-10');
    expect(chart?.categories.at(-1)).toBe('2018-09');
    expect(chart?.title).toBe('All recorded crime in London, month by month, the 12 months to September 2018');
    expect(chart?.series.map((s) => s.name)).toEqual(['12 months to September 2018', 'A year earlier']);
    expect(chart?.series[0]?.values.slice(-3).every((v) => typeof v === 'number')).toBe(true);
  });

  it('shows a milestone moved from Quarter 2 to Quarter 4: was, now, by how much and the reason', async () => {
    await publishSlipInQuarter2(ctx());
    const report = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q2' });
    const milestones = report.chapters.flatMap((c) => [...c.milestones, ...c.sections.flatMap((s) => s.milestones)]);
    expect(milestones.find((m) => m.ref === QUARTER_2_SLIP.ref)).toMatchObject({
      reason: 'due',
      due: 'Quarter 4, 2018-19',
      status: { label: 'Some delay' },
      slip: QUARTER_2_SLIP.slip,
    });
    // Quarter 1's report, built after Quarter 2 moved the deadline, shows it as it stood then.
    const before = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q1' });
    const all = before.chapters.flatMap((c) => [...c.milestones, ...c.sections.flatMap((s) => s.milestones)]);
    expect(all.every((m) => m.slip === null)).toBe(true);
  });

  it('refuses a quarter it cannot read, naming the field', async () => {
    const problem = await problemOf(buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: 'Q5' }));
    expect(problem).toMatchObject({ kind: 'invalid-input', field: 'quarter' });
  });
});
