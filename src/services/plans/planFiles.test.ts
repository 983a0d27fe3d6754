import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { getPlan } from './getPlan.js';
import { listPlans } from './listPlans.js';
import { exportPlan } from './exportPlan.js';
import { getPlanTemplate } from './getPlanTemplate.js';
import { importPlanFile } from './importPlanFile.js';

const HEADER = {
  key: 'bcu-delivery-plan-2019-20',
  title: 'Central North delivery plan 2019-20',
  kind: 'delivery-plan' as const,
  owner: 'Central North BCU',
  firstYear: '2019-20',
  lastYear: '2019-20',
};

function csv(lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

const COLUMNS = 'Type,Ref,Parent ref,Title,Text,Due,Leads,Programme,Quantity,Depends on,Links,Note';

describeWithDemoData('plans in and out of spreadsheets', (ctx) => {
  it('exports the Business Plan 2018-19 and imports it back as version 2 with all 90 milestones', async () => {
    const plan = (await listPlans(ctx())).plans.find((p) => p.key === 'met-business-plan-2018-19');
    const file = await exportPlan(ctx(), { planId: plan?.id ?? 0, format: 'xlsx' });
    expect(file.fileName).toBe('met-business-plan-2018-19-v1.xlsx');
    const imported = await importPlanFile(ctx(), { fileName: file.fileName, format: 'xlsx', content: file.content });
    expect(imported).toMatchObject({ key: 'met-business-plan-2018-19', version: 2, milestones: 90 });
    const copy = await getPlan(ctx(), { planId: imported.id });
    expect(copy.plan.state).toBe('draft');
    expect(copy.programmes).toHaveLength(11);
  });

  it('names the file, row and column of every problem and stores nothing', async () => {
    const before = (await listAuditHistory(ctx())).length;
    const content = csv([
      COLUMNS,
      'Objective,O1,,Faster first contact,,,,,,,,',
      'Milestone,M1,O1,Answer 999 calls faster,Answer more calls in ten seconds.,Quarter 9 2019-20,CN,,,,,',
      'Milestone,M2,O1,Open a front counter,Open one more front counter.,Quarter 2 2019-20,NOWHERE,,,,,',
    ]);
    const attempt = importPlanFile(ctx(), { fileName: 'cn-plan.csv', format: 'csv', content, header: HEADER });
    await expect(attempt).rejects.toMatchObject({ kind: 'invalid-input' });
    const message = await attempt.catch((error: unknown) => (error as Error).message);
    expect(message).toContain('cn-plan.csv, row 3, column Due');
    expect(message).toContain('cn-plan.csv, row 4, column Leads');
    expect((await listPlans(ctx())).plans.map((p) => p.key)).not.toContain(HEADER.key);
    expect((await listAuditHistory(ctx())).length).toBe(before);
  });

  it('reports a structural problem such as a missing parent by row and column', async () => {
    const content = csv([COLUMNS, 'Milestone,M1,X9,Lonely,No parent.,Quarter 1 2019-20,CN,,,,,']);
    await expect(
      importPlanFile(ctx(), { fileName: 'orphans.csv', format: 'csv', content, header: HEADER }),
    ).rejects.toThrow(/orphans\.csv, row 2, column Parent ref/);
  });

  it('offers a template whose only problem is the example lead a force replaces with its own unit', async () => {
    const template = await getPlanTemplate(ctx(), { format: 'csv' });
    const attempt = importPlanFile(ctx(), {
      fileName: template.fileName,
      format: 'csv',
      content: template.content,
      header: HEADER,
    });
    await expect(attempt).rejects.toThrow(
      /^The plan was not imported: bluelamp-plan-template\.csv, row \d+, column Leads: "[^"]+" is not the code of an organisational unit\.$/,
    );
    const filled = Buffer.from(template.content.toString('utf8').replace(/,CONTACT,/g, ',CN,'), 'utf8');
    const imported = await importPlanFile(ctx(), {
      fileName: template.fileName,
      format: 'csv',
      content: filled,
      header: HEADER,
    });
    expect(imported.milestones).toBeGreaterThanOrEqual(1);
  });
});
