import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { holdRequests } from '../../../test/support/heldRequests.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';
const FINDING = '/inspections/peel-2018-19-met/findings';

/** Text as the reader sees it, with runs of white space made one space. */
const flat = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

/** The moves in the history timeline, newest first, as seen: the arrow's hidden "to" is for screen readers. */
const moves = async (page: Page) =>
  (await page.locator('#finding-history h3').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').replace('→ to', '→'));

describeWithDemoData("the force's response to an inspection in Chromium", (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors, openAs: pageAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'perf.lead', role: 'performance', password: PASSWORD });
    await addUser(ctx(), { username: 'fp.owner', role: 'owner', password: PASSWORD, scope: ['FP'] });
  });

  it('shows PVP-AFI-2 with its action and the business plan milestone that addresses it, and no forms to the public', async () => {
    const { context, page } = await pageAs(null, `${FINDING}/PVP-AFI-2`);
    await page.getByRole('heading', { level: 1, name: 'Area for improvement PVP-AFI-2' }).waitFor();
    expect(await page.title()).toBe('Area for improvement PVP-AFI-2 – Bluelamp');
    const facts = await flat(page, '#finding-facts');
    expect(facts).toContain('Protecting vulnerable people Effectiveness pillar; graded Requires improvement');
    expect(facts).toContain('Owner Frontline Policing (FP)');
    expect(facts).toContain('State Action planned');
    const actions = page.locator('#finding-actions tbody tr');
    expect(await actions.count()).toBe(1);
    expect(await actions.first().locator('th').innerText()).toBe('PVP-AFI-2-A1');
    expect(await actions.first().innerText()).toContain('No update yet');
    expect(await actions.first().getByRole('link').getAttribute('href')).toMatch(
      /^\/plans\/\d+\/milestones\/PVP-AFI-2-A1$/,
    );
    const addressing = await flat(page, '#finding-addressed tbody');
    expect(addressing).toContain("BP18-32 Review DVPOs, DVPNs and Clare's Law");
    expect(addressing).toContain('Metropolitan Police Service Business Plan 2018-19');
    expect(await page.locator('.bl-response-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Unlink/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#finding-addressed').getByRole('link', { name: 'BP18-32' }).click();
    await page.getByRole('heading', { level: 1, name: "Review DVPOs, DVPNs and Clare's Law" }).waitFor();
    await context.close();
  });

  it('shows a signed-in reader a closed earlier item with its evidence and the history that closed it', async () => {
    const { context, page } = await pageAs('fp.owner', `${FINDING}/ELB-PRIOR-2`);
    await page.locator('#finding-history').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Earlier item ELB-PRIOR-2');
    expect(await page.locator('#finding-evidence li').count()).toBe(1);
    expect(await flat(page, '#finding-evidence')).toContain('Counter-corruption strategic assessment 2019');
    // Newest first, as a timeline reads.
    expect(await moves(page)).toEqual(['Evidence submitted → Closed', 'Open → Evidence submitted']);
    expect(await flat(page, '#finding-history')).toContain('4 November 2019 at 11am');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a performance user record progress, then close the finding on evidence, the history growing', async () => {
    const { context, page } = await pageAs('perf.lead', `${FINDING}/INV-AFI-1`);
    const progress = page.locator('#progress');
    await progress.waitFor();
    expect(await page.getByText('Nothing has been recorded since the report was published.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'finding-forms');

    await progress.getByLabel('In progress').check();
    await progress.getByLabel('Note (optional)').fill('The allocation policy is being rewritten.');
    await progress.getByRole('button', { name: 'Record progress' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'INV-AFI-1 is now in progress' }).waitFor();
    await page.locator('#finding-history li').first().waitFor();
    expect(await page.locator('#finding-history > li').count()).toBe(1);
    expect(await moves(page)).toEqual(['Open → In progress']);
    expect(await flat(page, '#finding-history')).toContain('perf.lead,');
    expect(await flat(page, '#finding-facts')).toContain('State In progress');

    const decision = page.locator('#decision');
    await decision.getByLabel('Close the finding').check();
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    const problem = page.locator('section[aria-labelledby="decision-heading"] .govuk-error-summary');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('a finding is closed only on evidence');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).toBe(true);

    await decision.getByLabel('What it is').fill('Revised crime allocation policy');
    await decision.getByLabel('Web address (optional)').fill('https://intranet.example/allocation-policy');
    await decision.getByLabel('Note').fill('Policy seen and checked.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'INV-AFI-1 is closed.' }).waitFor();
    await expect.poll(() => page.locator('#finding-history > li').count()).toBe(2);
    expect(await moves(page)).toEqual(['In progress → Closed', 'Open → In progress']);
    expect(await flat(page, '#finding-facts')).toContain('State Closed');
    const evidence = page.locator('#finding-evidence').getByRole('link', { name: 'Revised crime allocation policy' });
    expect(await evidence.getAttribute('href')).toBe('https://intranet.example/allocation-policy');
    expect(await page.locator('#progress').count()).toBe(0);
    expect(await decision.getByRole('radio').count()).toBe(1);
    expect(await decision.getByLabel('Re-open the finding').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a decision made on a page someone else has moved the finding on from, and applies it once reloaded', async () => {
    const stale = await pageAs('perf.lead', `${FINDING}/INV-AFI-3`);
    const fresh = await pageAs('perf.lead', `${FINDING}/INV-AFI-3`);
    await stale.page.locator('#decision').waitFor();
    const progress = fresh.page.locator('#progress');
    await progress.getByLabel('In progress').check();
    await progress.getByRole('button', { name: 'Record progress' }).click();
    await fresh.page
      .locator('.govuk-notification-banner--success', { hasText: 'INV-AFI-3 is now in progress' })
      .waitFor();

    // The first page still shows the finding as open; closing it from there must not apply.
    const decision = stale.page.locator('#decision');
    await decision.getByLabel('Close the finding').check();
    await decision.getByLabel('What it is').fill('Allocation audit');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    const problem = stale.page.locator('section[aria-labelledby="decision-heading"] .govuk-error-summary');
    await problem.waitFor();
    expect(await problem.innerText()).toContain(
      'Finding INV-AFI-3 changed while you were working; reload it and try again.',
    );
    expect(await axeViolations(stale.page)).toEqual([]);
    await web.screenshot(stale.page, 'finding-stale-decision');

    await stale.page.reload();
    await stale.page.locator('#finding-facts', { hasText: 'In progress' }).waitFor();
    const again = stale.page.locator('#decision');
    await again.getByLabel('Close the finding').check();
    await again.getByLabel('What it is').fill('Allocation audit');
    await again.getByRole('button', { name: 'Record the decision' }).click();
    await stale.page.locator('.govuk-notification-banner--success', { hasText: 'INV-AFI-3 is closed.' }).waitFor();
    expect(await moves(stale.page)).toEqual(['In progress → Closed', 'Open → In progress']);
    await stale.context.close();
    await fresh.context.close();
  });

  it("offers a new action's lead as the finding's owner, even when the unit list arrives last", async () => {
    const { context, page } = await pageAs('perf.lead', `${FINDING}/PVP-AFI-1`);
    const releaseUnits = await holdRequests(page, '/api/organisation');
    await page.reload();
    const lead = page.locator('#action').getByLabel('Lead unit');
    await lead.waitFor();
    releaseUnits();
    await lead.locator('option[value="MetOps"]').waitFor({ state: 'attached' });
    expect(await lead.inputValue()).toBe('MetOps');
    await context.close();
  });

  it('gives each finding opened from a related link its own forms, never the last one’s choices', async () => {
    const { context, page } = await pageAs('perf.lead', `${FINDING}/PVP-CoC-1`);
    const lead = page.locator('#action').getByLabel('Lead unit');
    await lead.locator('option[value="FP"]').waitFor({ state: 'attached' });
    expect(await lead.inputValue()).toBe('FP');
    await page.getByRole('link', { name: 'Recommendation PVP-REC-1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recommendation PVP-REC-1' }).waitFor();
    await lead.selectOption('HR');
    // Back to the cause of concern, which the app still holds and shows at once.
    await page.getByRole('link', { name: 'Cause of concern PVP-CoC-1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cause of concern PVP-CoC-1' }).waitFor();
    expect(await lead.inputValue()).toBe('FP');
    await context.close();
  });

  it('lets a performance user add an action, and link and unlink a business plan milestone', async () => {
    const { context, page } = await pageAs('perf.lead', `${FINDING}/INV-AFI-2`);
    const action = page.locator('#action');
    await action.waitFor();
    await action.getByLabel('Title').fill('Review crime allocation');
    await action
      .getByLabel('What will be done')
      .fill('Look again at how crimes with a vulnerable victim are allocated.');
    await action.getByLabel('Due').fill('By Quarter 3, 2020-21');
    await action.getByLabel('Lead unit').selectOption('FP');
    await action.getByRole('button', { name: 'Add the action' }).click();
    await page.locator('#finding-actions tbody tr', { hasText: 'INV-AFI-2-A1' }).waitFor();
    expect(await flat(page, '#finding-actions tbody')).toContain('Review crime allocation By Quarter 3, 2020-21');

    const link = page.locator('#link');
    await link.getByLabel('Plan').selectOption({ label: 'Metropolitan Police Service Business Plan 2018-19' });
    await link.getByLabel('Milestone').locator('option[value="BP18-05"]').waitFor({ state: 'attached' });
    await link.getByLabel('Milestone').selectOption('BP18-05');
    await link.getByRole('button', { name: 'Link the milestone' }).click();
    await page
      .locator('.govuk-notification-banner', { hasText: 'BP18-05 now shows as addressing INV-AFI-2' })
      .waitFor();
    expect(await flat(page, '#finding-addressed tbody')).toContain('BP18-05 Launch the Violent Crime Task Force');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Unlink BP18-05' }).click();
    await page.getByText('No milestone of another plan is linked to this finding.').waitFor();
    await context.close();
  });

  it('shows an owner the progress form only for findings their unit owns, and never the decision', async () => {
    const { context, page } = await pageAs('fp.owner', `${FINDING}/PVP-AFI-2`);
    await page.locator('#progress').waitFor();
    expect(await page.locator('#decision').count()).toBe(0);
    expect(await page.locator('#action').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Unlink/ }).count()).toBe(0);
    await page.goto(`${web.baseUrl}${FINDING}/ELB-REC-1`);
    await page.getByRole('heading', { level: 1, name: 'Recommendation ELB-REC-1' }).waitFor();
    await page.locator('#finding-history').waitFor();
    expect(await page.locator('.bl-response-form').count()).toBe(0);
    await context.close();
  });

  it('judges readiness on 1 October 2020: not ready, with the vetting backlog past its date', async () => {
    const { context, page } = await pageAs(null, '/inspections/peel-2018-19-met/readiness?on=2020-10-01');
    await page.locator('#readiness-verdict').waitFor();
    expect(await flat(page, '#readiness-verdict')).toContain('On 1 October 2020, overall: Not ready');
    const row = page.getByTestId('readiness-row').filter({ hasText: 'Ethical and lawful workforce behaviour' });
    const verdict = row.locator('.bl-verdict-tag');
    expect(await verdict.innerText()).toBe('Not ready');
    expect(await verdict.getAttribute('class')).toContain('govuk-tag--red');
    expect(await row.innerText()).toContain('1 finding is past the due date');
    expect(await page.getByTestId('readiness-row').count()).toBe(10);
    expect(await page.getByLabel('Year').inputValue()).toBe('2020');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'readiness');
    await page.getByText('Show the 10 open findings and 2 late actions').click();
    await page.getByRole('link', { name: 'ELB-REC-1-A1' }).waitFor();
    await page.getByRole('link', { name: 'ELB-REC-1', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Recommendation ELB-REC-1' }).waitFor();
    expect(await flat(page, '#finding-actions')).toContain('ELB-REC-1-A1 Clear the vetting backlog');
    await context.close();
  });

  it("compares the grades with the most similar group's, saying which are not known", async () => {
    const { context, page } = await pageAs(null, '/inspections/peel-2018-19-met/comparison');
    await page.locator('#grade-comparison').waitFor();
    const heads = await page.locator('#grade-comparison thead th').allInnerTexts();
    expect(heads.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Pillar and component',
      'Metropolitan Police Service This report',
      'West Midlands Police',
      'Greater Manchester Police',
      'West Yorkshire Police (carried forward)',
    ]);
    const effectiveness = page.getByTestId('pillar-row').filter({ hasText: 'Effectiveness' });
    expect(await flat(page, '[data-testid="pillar-row"]:first-child')).toBe(
      'Effectiveness Requires improvement Not known Not known Not known',
    );
    expect(await effectiveness.locator('.govuk-tag').innerText()).toBe('Requires improvement');
    expect(await page.getByText('Not known', { exact: true }).count()).toBeGreaterThan(30);
    expect(await flat(page, '#grade-sources-note')).toContain('the figure for this report did not survive');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'comparison');
    await context.close();
  });

  it('lets a performance user load a report from the template workbook, and refuses a bad CSV by row and column', async () => {
    const { context, page } = await pageAs('perf.lead', '/inspections');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-inspection-'));
    const workbook = path.join(folder, 'template.xlsx');
    fs.writeFileSync(workbook, await (await page.request.get(`${web.baseUrl}/api/inspection-template`)).body());
    await page.getByLabel('Report workbook (.xlsx) or CSV files').setInputFiles(workbook);
    await page.getByRole('button', { name: 'Load the report' }).click();
    await page.getByRole('status').filter({ hasText: 'Loaded' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Loaded' }).innerText()).toMatch(
      /^Loaded \S+: 1 pillars, 2 components and \d+ findings\. See the report$/,
    );
    await page.locator('#inspections').getByText('2 reports').waitFor();
    const findings = path.join(folder, 'findings.csv');
    fs.writeFileSync(findings, 'Ref,Type,Component,Cause of concern,Text,Due\nX-1,Sideways,c,,Text,\n');
    await page.getByLabel('Report workbook (.xlsx) or CSV files').setInputFiles(findings);
    await page.getByRole('button', { name: 'Load the report' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/findings\.csv, row 2, column Type/);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'inspection-import');
    await context.close();
  });

  it('links the summary to readiness and the comparison, and the tracker to each finding', async () => {
    const { context, page } = await pageAs(null, '/inspections/peel-2018-19-met');
    await page.getByRole('link', { name: 'Readiness for re-inspection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Readiness for re-inspection' }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Compared with most similar forces' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compared with most similar forces' }).waitFor();
    await page.goto(`${web.baseUrl}/findings?inspection=peel-2018-19-met`);
    await page.locator('#findings').getByRole('link', { name: 'ELB-PRIOR-2' }).click();
    await page.getByRole('heading', { level: 1, name: 'Earlier item ELB-PRIOR-2' }).waitFor();
    await context.close();
    // A refused change (400, or 409 for a stale decision) is one the form explains, not a failure of the page itself.
    expect(consoleErrors.filter((e) => !e.includes('400') && !e.includes('409'))).toEqual([]);
  });
});
