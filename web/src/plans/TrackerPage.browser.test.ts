import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';
import type { MilestoneDetail, PlanListing } from './planTypes.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('the milestone tracker and the quarterly cycle in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'hr.owner', role: 'owner', password: PASSWORD, scope: ['HR'] });
    await addUser(ctx(), { username: 'perf.lead', role: 'performance', password: PASSWORD });
  });

  async function pageAs(username: string | null): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await web.open(undefined, { tag: username ?? 'public' });
    if (username !== null) {
      const response = await page.request.post(`${web.baseUrl}/api/session`, {
        data: { username, password: PASSWORD },
      });
      expect(response.ok()).toBe(true);
    }
    return { context, page };
  }

  it('answers "due in Q1" from a shareable URL with the six delivered Q1 milestones', async () => {
    const { context, page } = await pageAs(null);
    await page.goto(`${web.baseUrl}/plans/2/milestones?due=2018-19%20Q1`);
    await page.locator('#milestones tbody tr').first().waitFor();
    expect(await page.title()).toBe('Milestone tracker: Metropolitan Police Service Business Plan 2018-19 – Bluelamp');
    expect(await page.locator('#milestones tbody tr').count()).toBe(6);
    expect(await page.locator('#milestones').innerText()).toContain('Launch the Violent Crime Task Force');
    expect(await page.locator('#milestones .govuk-tag', { hasText: 'Delivered' }).count()).toBe(6);
    expect(await page.getByLabel('Due in').inputValue()).toBe('2018-19 Q1');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'tracker');
    await context.close();
  });

  it('filters with the form and sorts by a column header, keeping both in the URL', async () => {
    const { context, page } = await pageAs(null);
    await page.goto(`${web.baseUrl}/plans/2/milestones`);
    await page.getByRole('heading', { name: '90 milestones' }).waitFor();
    await page.getByLabel('Something for the author to check').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('heading', { name: '9 milestones' }).waitFor();
    expect(new URL(page.url()).searchParams.get('flagged')).toBe('true');
    await page.getByRole('link', { name: 'Due', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('due');
    await expect.poll(() => page.locator('#milestones tbody tr').first().innerText()).toContain('BP18-05');
    await page.getByRole('link', { name: /^Due/ }).click();
    await expect.poll(() => page.locator('#milestones tbody tr').first().innerText()).toContain('BP18-70');
    await context.close();
  });

  it('shows a milestone with its published Q1 report to the public', async () => {
    const { context, page } = await pageAs(null);
    await page.goto(`${web.baseUrl}/plans/2/milestones/BP18-05`);
    await page.getByRole('heading', { name: 'Launch the Violent Crime Task Force' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('150 ring-fenced officers');
    expect(await page.locator('main').innerText()).toContain('Already past its due date when the plan was published');
    expect(await page.getByRole('heading', { name: /Your update/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'milestone');
    await context.close();
  });

  it('runs a quarter: the owner submits, performance approves and publishes, the public sees it', async () => {
    const owner = await pageAs('hr.owner');
    await owner.page.goto(`${web.baseUrl}/my-updates`);
    await owner.page.getByRole('link', { name: 'Career Development Service for police staff' }).click();
    await owner.page.getByRole('heading', { name: 'Your update for 2018-19 Q2' }).waitFor();
    await owner.page.getByLabel('Some delay').check();
    await owner.page.getByLabel('What happened this quarter').fill('The service opens to police staff in October.');
    await owner.page.getByLabel('New due date').fill('Quarter 3, 2018-19');
    await owner.page.getByLabel('Why the due date changes').fill('The supplier contract was signed late.');
    expect(await axeViolations(owner.page)).toEqual([]);
    await web.screenshot(owner.page, 'update-form');
    await owner.page.getByRole('button', { name: 'Save and submit for review' }).click();
    await owner.page.getByText('Waiting for review').first().waitFor();

    const performance = await pageAs('perf.lead');
    await performance.page.goto(`${web.baseUrl}/review`);
    await performance.page.getByRole('heading', { name: 'Waiting for review (1)' }).waitFor();
    expect(await axeViolations(performance.page)).toEqual([]);
    await web.screenshot(performance.page, 'review');
    await performance.page.getByRole('button', { name: 'Approve BP18-61' }).click();
    await performance.page.getByRole('heading', { name: 'Approved, waiting for publication (1)' }).waitFor();
    await performance.page.getByRole('link', { name: /Check and publish 2018-19 Q2/ }).click();
    await performance.page.getByRole('button', { name: 'Publish 2018-19 Q2' }).click();
    await performance.page.getByText('The plan is now collecting updates for 2018-19 Q3.').waitFor();

    const reader = await pageAs(null);
    await reader.page.goto(`${web.baseUrl}/plans/2/milestones/BP18-61`);
    await reader.page.getByRole('heading', { name: '2018-19 Q2' }).waitFor();
    const text = await reader.page.locator('main').innerText();
    expect(text).toContain('The service opens to police staff in October.');
    expect(text).toContain('Slipped 1 quarter');
    expect(text).toContain('Quarter 3, 2018-19 (the plan said Quarter 2, 2018-19)');
    for (const { context } of [owner, performance, reader]) await context.close();
  });

  it('tells the second of two people editing the same draft that someone else saved first', async () => {
    const first = await pageAs('hr.owner');
    const second = await pageAs('hr.owner');
    for (const { page } of [first, second]) {
      await page.goto(`${web.baseUrl}/plans/2/milestones/BP18-62`);
      await page.getByRole('heading', { name: 'Your update for 2018-19 Q3' }).waitFor();
      await page.getByLabel('On track').check();
    }
    await first.page.getByLabel('What happened this quarter').fill('Campaign designs agreed.');
    await first.page.getByRole('button', { name: 'Save draft' }).click();
    await first.page.getByText('Draft').first().waitFor();
    await second.page.getByLabel('What happened this quarter').fill('Campaign launched.');
    await second.page.getByRole('button', { name: 'Save draft' }).click();
    await second.page.getByRole('heading', { name: 'Someone else changed this update' }).waitFor();
    expect(await second.page.getByLabel('What happened this quarter').inputValue()).toBe('Campaign launched.');
    // Loading the first person's version keeps the second's words, and saving them is then a choice made knowingly.
    await second.page.getByRole('button', { name: 'Load their version (your text is kept below)' }).click();
    await second.page.getByRole('heading', { name: 'Someone else changed this update' }).waitFor({ state: 'detached' });
    expect(await second.page.getByLabel('What happened this quarter').inputValue()).toBe('Campaign launched.');
    const saved = second.page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/updates/'));
    await second.page.getByRole('button', { name: 'Save draft' }).click();
    expect((await saved).status()).toBe(200);
    const detail = (await (
      await second.page.request.get(`${web.baseUrl}/api/plans/2/milestones/BP18-62`)
    ).json()) as MilestoneDetail;
    expect(detail.updates.find((u) => u.quarter === '2018-19 Q3')?.narrative).toBe('Campaign launched.');
    await first.context.close();
    await second.context.close();
    // A refused write is a 409 the page explains, not a failure of the page itself.
    expect(consoleErrors.filter((e) => !e.includes('409'))).toEqual([]);
  });

  it('imports a plan from a spreadsheet as a draft, then publishes it, superseding the version before', async () => {
    const { context, page } = await pageAs('perf.lead');
    const exported = await page.request.get(`${web.baseUrl}/api/plans/2/export?format=xlsx`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-import-')), 'business-plan.xlsx');
    fs.writeFileSync(file, await exported.body());
    await page.goto(`${web.baseUrl}/plans`);
    await page.getByLabel('Plan spreadsheet (.xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported met-business-plan-2018-19 version 2 with 90 milestones.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Review and publish it' }).click();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('heading', { name: 'Publish version 2: check what becomes public' }).waitFor();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('heading', { name: 'Version 2 published' }).waitFor();
    const plans = (await (await page.request.get(`${web.baseUrl}/api/plans?versions=all`)).json()) as PlanListing;
    const versions = plans.plans.filter((p) => p.key === 'met-business-plan-2018-19').map((p) => [p.version, p.state]);
    expect(versions).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    await context.close();
  });
});
