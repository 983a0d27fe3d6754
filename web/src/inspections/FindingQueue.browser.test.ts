import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { addUser, respondToFinding } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('the findings decision queue and my findings, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `/tmp/h5-${name}-${dialect}.png`, fullPage: true });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'perf.lead', displayName: 'Pat Lead', role: 'performance', password: PASSWORD });
    await addUser(ctx(), { username: 'prof.owner', role: 'owner', password: PASSWORD, scope: ['PROF'] });
    // The demo holds no evidence awaiting a decision, so the performance team submits some for an owner.
    const actor = { kind: 'user', username: 'perf.lead', role: 'performance', scope: [] } as const;
    await respondToFinding(
      { ...ctx(), actor },
      {
        inspection: 'peel-2018-19-met',
        ref: 'PVP-REC-1',
        state: 'evidence-submitted',
        note: 'The teams are fully staffed (test).',
        evidence: [{ title: 'Staffing return for the new teams (test)' }],
      },
    );
  });

  it('lets the performance team close a finding from the queue, which leaves it with the decision recorded', async () => {
    const { context, page } = await web.openAs('perf.lead', '/findings');
    await page.getByRole('link', { name: 'Findings awaiting a decision' }).click();
    await page.getByRole('heading', { level: 1, name: 'Findings awaiting a decision' }).waitFor();
    const queue = page.locator('#finding-queue tbody tr');
    await queue.first().waitFor();
    expect(await queue.filter({ hasText: 'PVP-REC-1' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Decide on PVP-REC-1' }).click();
    await page.getByRole('heading', { name: 'Decide on PVP-REC-1' }).waitFor();
    await page.locator('#finding-evidence').waitFor();
    expect(await page.locator('#finding-evidence').innerText()).toContain('Staffing return for the new teams (test)');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select a decision');
    await page.getByLabel('Close the finding').check();
    await page.getByLabel('Note').fill('The assessment meets the recommendation.');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'finding-queue');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('PVP-REC-1 is closed.').waitFor();
    await expect.poll(() => queue.filter({ hasText: 'PVP-REC-1' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${web.baseUrl}/inspections/peel-2018-19-met/findings/PVP-REC-1`);
    await page.locator('#finding-history').waitFor();
    const latest = await page.locator('#finding-history li').first().innerText();
    expect(latest.replace(/\s+/g, ' ')).toContain('Evidence submitted → to Closed');
    expect(latest).toContain('The assessment meets the recommendation.');
    await context.close();
  });

  it('shows an owner the findings of their units with deadlines, and links to it from the navigation', async () => {
    const { context, page } = await web.openAs('prof.owner', '/');
    await page.getByRole('link', { name: 'My findings' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My findings' }).waitFor();
    await page.locator('#my-findings tbody tr').first().waitFor();
    const owners = await page.locator('#my-findings tbody tr td:nth-child(4)').allInnerTexts();
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((code) => ['PROF', 'DPS', 'RV', 'CPIC'].includes(code))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'my-findings');
    await context.close();
  });
});
