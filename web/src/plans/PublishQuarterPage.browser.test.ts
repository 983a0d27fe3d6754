import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { Actor } from '../../../src/domain/accounts/index.js';
import {
  addUser,
  approveMilestoneUpdate,
  saveMilestoneUpdate,
  submitMilestoneUpdate,
  type ServiceContext,
} from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';
const PERFORMANCE: Actor = { kind: 'user', username: 'perf.publisher', role: 'performance', scope: [] };
const HR: Actor = { kind: 'user', username: 'hr.writer', role: 'owner', scope: ['HR'] };
const Q2 = '2018-19 Q2';

async function approvedUpdate(ctx: ServiceContext, ref: string): Promise<void> {
  const input = { planId: 2, ref, quarter: Q2, version: 0, statusCode: 'on-track', narrative: 'Work under way.' };
  const draft = await saveMilestoneUpdate({ ...ctx, actor: HR }, input);
  const submitted = await submitMilestoneUpdate({ ...ctx, actor: HR }, { updateId: draft.id, version: draft.version });
  await approveMilestoneUpdate({ ...ctx, actor: PERFORMANCE }, { updateId: draft.id, version: submitted.version });
}

describeWithDemoData(
  'publishing a quarter in Chromium: a confirmation step, then nothing left to press',
  (ctx, dialect) => {
    const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

    beforeAll(async () => {
      await addUser(ctx(), { username: 'perf.publisher', role: 'performance', password: PASSWORD });
      // Two HR milestones due in Quarter 2 approved, and a third left as a draft nobody submitted.
      await approvedUpdate(ctx(), 'BP18-61');
      await approvedUpdate(ctx(), 'BP18-65');
      await saveMilestoneUpdate(
        { ...ctx(), actor: HR },
        { planId: 2, ref: 'BP18-49', quarter: Q2, version: 0, statusCode: 'on-track', narrative: 'Campaign drafted.' },
      );
    });

    async function confirmationPage(page: Page): Promise<void> {
      await page.goto(`${web.baseUrl}/review`);
      await page.getByRole('link', { name: /Check and publish 2018-19 Q2 for Metropolitan Police Service/ }).click();
      await page.getByRole('heading', { name: 'Publish 2018-19 Q2: check what becomes public' }).waitFor();
    }

    const collecting = async (page: Page) =>
      (await (await page.request.get(`${web.baseUrl}/api/plans/2`)).json()) as { plan: { reportingQuarter: string } };

    it('shows what becomes public, names the unsubmitted draft, and lets the publisher go back', async () => {
      const { context, page } = await web.openAs('perf.publisher', '/review');
      await confirmationPage(page);
      const counts = await page.locator('#public-counts').innerText();
      expect(counts).toMatch(/On track\s+2/);
      expect(counts).toMatch(/No update\s+19/);
      expect(counts).toMatch(/Total\s+21/);
      expect(await page.locator('.bl-figures').innerText()).toMatch(/21\s+milestones due/);
      const drafts = await page.locator('#drafts').innerText();
      expect(drafts).toContain('BP18-49');
      expect(drafts).toContain('Second direct-entry detective campaign');
      expect(drafts).toContain('user:hr.writer');
      expect(await page.locator('main').innerText()).toContain('1 draft was never submitted');
      expect(await axeViolations(page)).toEqual([]);
      await web.screenshot(page, 'publish-quarter-confirmation');
      await page.getByRole('link', { name: 'Go back without publishing' }).click();
      await page.getByRole('heading', { name: 'Review updates', level: 1 }).waitFor();
      expect((await collecting(page)).plan.reportingQuarter).toBe(Q2);
      await context.close();
    });

    it('publishes on confirmation and puts focus on the result, where Enter publishes nothing more', async () => {
      const { context, page } = await web.openAs('perf.publisher', '/review');
      await confirmationPage(page);
      await page.getByRole('button', { name: 'Publish 2018-19 Q2' }).click();
      await page.getByRole('heading', { name: '2018-19 Q2 published' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2018-19 Q2 published');
      expect(await page.locator('main button').count()).toBe(0);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Review updates', level: 1 }).waitFor();
      expect((await collecting(page)).plan.reportingQuarter).toBe('2018-19 Q3');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    it("shows the public Quarter 2 counting every milestone due, 19 of them with 'No update'", async () => {
      const { context, page } = await web.open('/public');
      const table = page.locator('table', { hasText: 'The latest published quarter of each plan' });
      await table.waitFor();
      const row = await table.locator('tr', { hasText: 'Business Plan 2018-19' }).innerText();
      expect(row.split('\t').map((cell) => cell.trim())).toEqual(expect.arrayContaining(['2', '19', '21']));
      expect(await axeViolations(page)).toEqual([]);
      await web.screenshot(page, 'public-home-counts');
      await context.close();
    });
  },
);
