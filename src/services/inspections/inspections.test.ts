import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { peel2018Met } from '../../../demo/peel2018.js';
import { listFindings } from './listFindings.js';
import { getInspection } from './getInspection.js';
import { listInspections } from './listInspections.js';
import { recordInspection } from './recordInspection.js';
import { problemOf } from '../../../test/support/problems.js';

describeWithDemoData('the PEEL 2018/19 inspection of the Met', (ctx) => {
  it('holds 3 pillars, 10 components with the report’s grades, 2 causes of concern, 5 recommendations and 19 areas for improvement', async () => {
    const inspection = await getInspection(ctx(), { inspection: 'peel-2018-19-met' });
    expect(inspection.pillars.map((p) => [p.name, p.gradeLabel])).toEqual([
      ['Effectiveness', 'Requires improvement'],
      ['Efficiency', 'Good'],
      ['Legitimacy', 'Good'],
    ]);
    const components = inspection.pillars.flatMap((p) => p.components.map((c) => [c.key, c.grade]));
    expect(components).toHaveLength(10);
    expect(Object.fromEntries(components)).toMatchObject({
      'investigating-crime': 'requires-improvement',
      'protecting-vulnerable-people': 'requires-improvement',
      'serious-and-organised-crime': 'outstanding',
      'armed-policing': 'ungraded',
      'ethical-and-lawful-workforce-behaviour': 'requires-improvement',
      'treating-the-workforce-fairly': 'good',
    });
    expect(inspection.findings).toMatchObject({
      'cause-of-concern': 2,
      recommendation: 5,
      'area-for-improvement': 19,
    });
    // The demo response has planned an action on PVP-AFI-2; the other 18 are untouched.
    expect(inspection.byState['area-for-improvement'].open).toBe(18);
    expect(inspection.byState['area-for-improvement']['action-planned']).toBe(1);
    const armed = inspection.pillars[0]?.components.find((c) => c.key === 'armed-policing');
    expect(armed?.aliases).toEqual(expect.arrayContaining(['Firearms capability']));
  });

  it('dates the immediate recommendation on publication and the 12-month one a year later', async () => {
    const { findings } = await listFindings(ctx(), { kind: 'recommendation', on: '2019-09-01' });
    const due = Object.fromEntries(findings.map((f) => [f.ref, f.dueOn]));
    expect(due['PVP-REC-1']).toBe('2019-09-01');
    expect(due['ELB-REC-1']).toBe('2020-09-01');
    expect(findings.filter((f) => f.dueOn === null)).toHaveLength(3);
    expect(findings.every((f) => f.parentRef === 'PVP-CoC-1' || f.parentRef === 'ELB-CoC-1')).toBe(true);
  });

  it('lists as overdue only what is past its due day on the day asked about', async () => {
    const early = await listFindings(ctx(), { overdue: true, on: '2019-12-31' });
    expect(early.findings.map((f) => f.ref)).toEqual(['PVP-REC-1']);
    const later = await listFindings(ctx(), { overdue: true, on: '2020-09-02' });
    expect(later.findings.map((f) => f.ref).sort()).toEqual(['ELB-REC-1', 'PVP-REC-1']);
    const onTheDay = await listFindings(ctx(), { overdue: true, on: '2020-09-01' });
    expect(onTheDay.findings.map((f) => f.ref)).toEqual(['PVP-REC-1']);
  });

  it('filters the tracker by component and owner, and refuses a kind or state it does not know', async () => {
    const vetting = await listFindings(ctx(), {
      component: 'ethical-and-lawful-workforce-behaviour',
      kind: 'recommendation',
    });
    expect(vetting.findings.map((f) => f.ref)).toEqual(['ELB-REC-1', 'ELB-REC-2', 'ELB-REC-3']);
    expect((await problemOf(listFindings(ctx(), { kind: 'hunch' }))).message).toMatch(
      /^kind must be one of cause-of-concern/,
    );
    expect((await problemOf(listFindings(ctx(), { state: 'done' }))).field).toBe('state');
  });

  it('refuses a second load of the same report, and a report with a grade off the scale, leaving one inspection', async () => {
    expect((await problemOf(recordInspection(ctx(), peel2018Met))).kind).toBe('conflict');
    const bad = await problemOf(
      recordInspection(ctx(), {
        ...peel2018Met,
        key: 'peel-2018-19-met-copy',
        pillars: peel2018Met.pillars.map((p, i) => (i === 1 ? { ...p, grade: 'brilliant' as never } : p)),
      }),
    );
    expect(bad.message).toContain('pillars[1].grade: "brilliant" is not on the grade scale');
    expect((await listInspections(ctx())).inspections.map((i) => i.key)).toEqual(['peel-2018-19-met']);
  });
});
