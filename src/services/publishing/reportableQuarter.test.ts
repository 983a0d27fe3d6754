import { expect, it } from 'vitest';
import { businessPlan2018 } from '../../../demo/plans/businessPlan2018.js';
import type { Actor } from '../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { importPlan } from '../plans/importPlan.js';
import { publishPlan } from '../plans/publishPlan.js';
import { previewQuarterlyReport, publishQuarterlyReport } from './publishQuarterlyReport.js';

const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const PLAN = 'met-business-plan-2018-19';

describeWithDemoData('which quarters a quarterly report may be published for', (ctx) => {
  const perf = () => ({ ...ctx(), actor: PERFORMANCE });

  it('refuses a quarter outside the plan, naming the period the plan covers', async () => {
    for (const quarter of ['2019-20-Q1', '2030-31-Q1']) {
      const problem = await problemOf(publishQuarterlyReport(perf(), { plan: PLAN, quarter }));
      expect(problem).toMatchObject({ kind: 'invalid-input', field: 'quarter' });
      expect(problem.message).toBe(`${PLAN} covers 2018-19; ${quarter.replace('-Q', ' Q')} is outside it.`);
    }
  });

  it('refuses a quarter of the plan whose updates have not been published, and the preview says the same', async () => {
    const problem = await problemOf(publishQuarterlyReport(perf(), { plan: PLAN, quarter: '2018-19-Q2' }));
    expect(problem).toMatchObject({ kind: 'conflict', field: 'quarter' });
    expect(problem.message).toContain('2018-19 Q2 of met-business-plan-2018-19 has not been published yet');
    const preview = await problemOf(previewQuarterlyReport(perf(), { plan: PLAN, quarter: '2018-19-Q2' }));
    expect(preview.message).toBe(problem.message);
    const outside = await problemOf(previewQuarterlyReport(perf(), { plan: PLAN, quarter: '2019-20-Q1' }));
    expect(outside.message).toBe(`${PLAN} covers 2018-19; 2019-20 Q1 is outside it.`);
  });

  it('previews a published quarter of the plan', async () => {
    const report = await previewQuarterlyReport(perf(), { plan: PLAN, quarter: '2018-19-Q1' });
    expect(report.quarter.code).toBe('2018-19 Q1');
  });

  it('refuses a report of a superseded version once the plan has a newer published one', async () => {
    const admin: Actor = { kind: 'user', username: 'admin', role: 'admin', scope: [] };
    const next = await importPlan({ ...ctx(), actor: admin }, businessPlan2018);
    await publishPlan({ ...ctx(), actor: admin }, { planId: next.id });
    const problem = await problemOf(publishQuarterlyReport(perf(), { plan: '2', quarter: '2018-19-Q1' }));
    expect(problem).toMatchObject({ kind: 'conflict', field: 'plan' });
    expect(problem.message).toBe(
      `Version 1 of ${PLAN} is superseded by version 2; a report is published from the plan's current published version.`,
    );
    // The new version keeps the quarters its predecessor published.
    const version = await publishQuarterlyReport(perf(), { plan: PLAN, quarter: '2018-19-Q1' });
    expect(version.version).toBe(1);
  });
});
