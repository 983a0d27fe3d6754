import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { Actor } from '../../../src/domain/accounts/index.js';
import {
  addUser,
  approveMilestoneUpdate,
  listMyUpdatesDue,
  respondToFinding,
  returnMilestoneUpdate,
  saveMilestoneUpdate,
  submitMilestoneUpdate,
  type ServiceContext,
} from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';
const HR: Actor = { kind: 'user', username: 'hr.owner', role: 'owner', scope: ['HR'] };
const PERFORMANCE: Actor = { kind: 'user', username: 'perf.team', role: 'performance', scope: [] };
const Q2 = '2018-19 Q2';
// The demo's clock stands in the Quarter 2 2018-19 reporting round: the page takes ?on= for that.
const ON = '2018-10-05';
// The PEEL 2018/19 findings are answered from the report's publication on 1 September 2019.
const AFTER_PEEL = '2019-10-01';

async function submitted(ctx: ServiceContext, ref: string, narrative: string) {
  const input = { planId: 2, ref, quarter: Q2, version: 0, statusCode: 'on-track', narrative };
  const draft = await saveMilestoneUpdate({ ...ctx, actor: HR }, input);
  return submitMilestoneUpdate({ ...ctx, actor: HR }, { updateId: draft.id, version: draft.version });
}

/** Every Quarter 2 milestone of the business plan given an approved update, so the quarter is ready. */
async function approveWholeQuarter(ctx: ServiceContext): Promise<void> {
  const as = { ...ctx, actor: PERFORMANCE };
  const due = (await listMyUpdatesDue(as)).plans.find((p) => p.quarter === Q2 && p.plan.id === 2);
  for (const item of due?.items ?? []) {
    let update = item.update;
    if (update === null || update.state === 'draft' || update.state === 'returned') {
      const saved = await saveMilestoneUpdate(as, {
        planId: 2,
        ref: item.milestone.ref,
        quarter: Q2,
        version: update?.version ?? 0,
        statusCode: 'on-track',
        narrative: 'Checked by the performance team (test).',
      });
      update = await submitMilestoneUpdate(as, { updateId: saved.id, version: saved.version });
    }
    if (update.state === 'submitted')
      await approveMilestoneUpdate(as, { updateId: update.id, version: update.version });
  }
}

async function sectionText(page: Page, name: string): Promise<string> {
  return page.getByRole('region', { name: new RegExp(`^${name}`) }).innerText();
}

describeWithDemoData('the home page in Chromium: what needs each person', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'hr.owner', role: 'owner', password: PASSWORD, scope: ['HR'] });
    await addUser(ctx(), { username: 'oversight.reviewer', role: 'reviewer', password: PASSWORD });
    await addUser(ctx(), { username: 'perf.team', role: 'performance', password: PASSWORD });
    // BP18-65 went in and came back with a comment; BP18-49 waits for review.
    const back = await submitted(ctx(), 'BP18-65', 'Pilot running.');
    await returnMilestoneUpdate(
      { ...ctx(), actor: PERFORMANCE },
      { updateId: back.id, version: back.version, comment: 'Say how many constables are in the pilot.' },
    );
    await submitted(ctx(), 'BP18-49', 'Campaign drafted.');
  });

  it('introduces the service to the public and points them to what is published', async () => {
    const { context, page } = await web.openAs(null, '/');
    await page.getByRole('heading', { name: 'Plan, performance and accountability', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Read what the force has published' }).getAttribute('href')).toBe(
      '/public',
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows an owner the update they have to write, with its deadline and a link to write it', async () => {
    const { context, page } = await web.openAs('hr.owner', `/?on=${ON}`);
    await page.getByText('Deadlines as at 5 October 2018').waitFor();
    const toWrite = await sectionText(page, 'Updates to write');
    expect(toWrite).toMatch(/BP18-61 .+ — update for Quarter 2, 2018-19\s+Due soon\s+Due by 12 October 2018/);
    const returned = await sectionText(page, 'Returned to you');
    expect(returned).toContain('BP18-65');
    expect(returned).toContain("Reviewer's comment: Say how many constables are in the pilot.");
    expect(await page.getByRole('region', { name: /^Waiting for your review/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/home-owner-1280-${dialect}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `/tmp/home-owner-390-${dialect}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: /^BP18-61 / }).click();
    await page.waitForURL(/\/plans\/2\/milestones\/BP18-61$/);
    await context.close();
  });

  it('hides the menu behind a button on a narrow screen and opens it on a press', async () => {
    const { context, page } = await web.openAs('hr.owner', `/?on=${ON}`);
    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    const list = page.locator('#navigation');
    expect(await list.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('link', { name: 'My updates' }).isVisible()).toBe(true);
    await page.screenshot({ path: `/tmp/home-menu-390-${dialect}.png` });
    await menu.click();
    expect(await list.isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    // GOV.UK Frontend swaps the menu for the list on its media query's change event, a moment later.
    await expect.poll(() => menu.isVisible()).toBe(false);
    await expect.poll(() => list.isVisible()).toBe(true);
    await context.close();
  });

  it('shows a reviewer the updates waiting for review', async () => {
    const { context, page } = await web.openAs('oversight.reviewer', `/?on=${ON}`);
    await page.getByText('Deadlines as at').waitFor();
    const waiting = await sectionText(page, 'Waiting for your review');
    expect(waiting).toMatch(/BP18-49 .+\s+Later\s+Due by 19 October 2018/);
    expect(await page.getByRole('region', { name: /^Updates to write/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the performance team a finding to decide and a quarter ready to publish', async () => {
    await respondToFinding(
      { ...ctx(), actor: HR },
      {
        inspection: 'peel-2018-19-met',
        ref: 'TWF-AFI-2',
        state: 'evidence-submitted',
        note: 'The wellbeing plan is in place (test).',
        evidence: [{ title: 'Wellbeing plan (test)' }],
      },
    );
    await approveWholeQuarter(ctx());
    const { context, page } = await web.openAs('perf.team', `/?on=${AFTER_PEEL}`);
    await page.getByText('Deadlines as at').waitFor();
    const findings = await sectionText(page, 'Findings');
    expect(findings).toMatch(/TWF-AFI-2 [^\n]+\n+(.+\n+)?Evidence to decide on/);
    const ready = await sectionText(page, 'Ready to publish');
    expect(ready).toMatch(/Quarter 2, 2018-19: all \d+ updates approved\s+Overdue\s+Due by 26 October 2018/);
    await page.getByRole('link', { name: /Quarter 2, 2018-19: all/ }).click();
    await page.waitForURL(/\/plans\/2\/quarters\/2018-19%20Q2\/publish$/);
    await page.goto(`${web.baseUrl}/?on=${AFTER_PEEL}`);
    await page.getByText('Deadlines as at').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/home-performance-1280-${dialect}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `/tmp/home-performance-390-${dialect}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('shows the plan’s reporting calendar, and the tracker says when this quarter’s updates are due', async () => {
    const { context, page } = await web.openAs(null, '/plans/2');
    const calendar = page.getByRole('table', { name: 'When each quarter is reported' });
    await calendar.waitFor();
    expect(await calendar.innerText()).toMatch(
      /Quarter 2, 2018-19\s+Reporting now\s+12 October 2018\s+19 October 2018\s+26 October 2018/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#reporting-calendar').screenshot({ path: `/tmp/home-calendar-${dialect}.png` });
    await page.goto(`${web.baseUrl}/plans/2/milestones`);
    await page.locator('#updates-due-line').waitFor();
    expect(await page.locator('#updates-due-line').innerText()).toBe(
      'Updates for Quarter 2, 2018-19 are due by 12 October 2018.',
    );
    await context.close();
  });
});
