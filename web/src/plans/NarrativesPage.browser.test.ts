import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser, publishQuarterlyReport } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';
const PLAN = 'met-business-plan-2018-19';

describeWithDemoData(
  'other progress in Chromium: the performance team writes it, and the report prints it',
  (ctx, dialect) => {
    const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

    beforeAll(async () => {
      await addUser(ctx(), { username: 'perf.writer', role: 'performance', password: PASSWORD });
      await publishQuarterlyReport(ctx(), { plan: PLAN, quarter: '2018-19 Q1' });
    });

    it('takes a section’s narrative from draft to approved, accessibly', async () => {
      const { page } = await web.openAs('perf.writer', '/plans/2/milestones');
      await page.getByRole('link', { name: 'other progress in 2018-19 Q2' }).click();
      await page.getByRole('heading', { name: 'Other progress in 2018-19 Q2' }).waitFor();
      const field = page.getByLabel('Other progress on 3.3 Safeguarding in 2018-19 Q2');
      await field.fill('The Stalking Threat Assessment Centre took its first referrals.\n\nA second paragraph.');
      await page
        .getByRole('region', { name: /3\.3 Safeguarding/ })
        .getByRole('button', { name: 'Save and send for review' })
        .click();
      await page.getByText('3.3 sent for review.').waitFor();
      await page
        .getByRole('region', { name: /3\.3 Safeguarding/ })
        .getByText('Waiting for review')
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await web.screenshot(page, 'narratives-form');
      await page.getByRole('button', { name: 'Approve 3.3' }).click();
      await page.getByText('3.3 approved; it is published with 2018-19 Q2.').waitFor();
      // An empty narrative is refused with the server's reason beside the field.
      const empty = page.getByLabel('Other progress on 3.4 Acquisitive crime in 2018-19 Q2');
      await empty.fill('   ');
      await page
        .getByRole('region', { name: /3\.4 Acquisitive crime/ })
        .getByRole('button', { name: 'Save as draft' })
        .click();
      await page.locator('.govuk-error-summary').first().waitFor();
      expect(await page.locator('.govuk-error-summary').first().innerText()).toMatch(/Say what else the part achieved/);
      expect(await axeViolations(page)).toEqual([]);
    });

    it('prints the published other progress under its section in the report and on the public page', async () => {
      const { page } = await web.openAs('perf.writer', '/plans');
      const report = await page.request.get(`${web.baseUrl}/api/reports/${PLAN}-2018-19-q1/versions/1/html`);
      expect(await report.text()).toMatch(
        /<div class="other-progress"><h4>Other progress<\/h4><p>Project Servator now deploys across the whole of London/,
      );
      await page.goto(`${web.baseUrl}/public/plans/${PLAN}/progress/2018-19-Q1`);
      await page
        .getByText('Other progress in Quarter 1, 2018-19, by part of the plan')
        .first()
        .waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
      await web.screenshot(page, 'narratives-public-page');
    });
  },
);
