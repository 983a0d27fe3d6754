import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'lantern orchard pebble';
const BUSINESS_PLAN = 'Metropolitan Police Service Business Plan 2018-19';
const POLICE_AND_CRIME_PLAN = 'Police and Crime Plan 2017-21';
const DRAFT_PLAN = 'Policing London Business Plan 2011-14';

describeWithDemoData('the plan pages in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;
  let page: Page;

  beforeAll(async () => {
    await addUser(ctx(), {
      username: 'p.planner',
      displayName: 'Pat Planner',
      role: 'performance',
      password: PASSWORD,
    });
  });
  // A content security policy violation is reported as a console error, so this also
  // proves the pages run under the server's policy.
  beforeEach(async () => {
    page = await web.freshPage();
  });

  const screenshot = (name: string) => web.screenshot(page, name);
  const rowOf = (text: string) => page.locator('tbody tr').filter({ hasText: text });

  it('lists the published plans to the public but not the draft, with no accessibility violations', async () => {
    await page.goto(`${web.baseUrl}/plans`);
    await page.locator('#plans tbody tr').first().waitFor();
    expect(await page.title()).toBe('Plans – Bluelamp');
    expect(await page.locator('.govuk-service-navigation__item--active').innerText()).toBe('Plans');
    // The two plans, MOPAC's own delivery plan and the PEEL 2018/19 action plan, each at its current version only.
    expect(await page.locator('#plans tbody tr').count()).toBe(4);
    const table = await page.locator('#plans').innerText();
    expect(table).toContain(POLICE_AND_CRIME_PLAN);
    expect(table).toContain(BUSINESS_PLAN);
    expect(table).toContain('Action plan: PEEL 2018/19: the Metropolitan Police Service');
    expect(table).not.toContain(DRAFT_PLAN);
    const business = rowOf(BUSINESS_PLAN);
    expect(await business.getByRole('link').getAttribute('href')).toBe('/plans/2');
    expect(await business.innerText()).toMatch(/Published[\s\S]*67\s+90\s+2018-19 Q2/);
    expect(await page.locator('#plans-hint').innerText()).toContain('Signed-in users also see drafts');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot('plans');
    expect(consoleErrors).toEqual([]);
  });

  it('lists the draft too, tagged as a draft, to a signed-in user, and warns on its page', async () => {
    await page.goto(`${web.baseUrl}/sign-in`);
    await page.getByLabel('User name').fill('p.planner');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Pat Planner (performance)').waitFor();
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await rowOf(DRAFT_PLAN).waitFor();
    expect(await page.locator('#plans tbody tr').count()).toBe(5);
    expect(await rowOf(DRAFT_PLAN).locator('.govuk-tag').innerText()).toBe('Draft');
    expect(await page.locator('#plans-hint').innerText()).toContain('draft versions are listed too');

    await page.getByRole('link', { name: DRAFT_PLAN }).click();
    await page.getByRole('heading', { level: 1, name: DRAFT_PLAN }).waitFor();
    expect(await page.locator('.govuk-warning-text').innerText()).toContain('This is a draft');
    expect(await page.locator('#plan-counts').innerText()).toBe(
      '4 strategic outcomes, 14 corporate objectives, 40 key activities, 3 sections.',
    );
    expect(await page.locator('.bl-plan-tree .govuk-tag', { hasText: 'To be developed' }).count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the 2018-19 business plan: its progress, its tree and its milestones, with no accessibility violations', async () => {
    await page.goto(`${web.baseUrl}/plans`);
    await page.getByRole('link', { name: BUSINESS_PLAN }).click();
    await page.getByRole('heading', { level: 1, name: BUSINESS_PLAN }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/plans/2');
    expect(await page.title()).toBe(`${BUSINESS_PLAN} – Bluelamp`);
    expect(await page.locator('#plan-counts').innerText()).toBe(
      '1 mission, 3 operational priorities, 4 chapters, 15 sections, 44 objectives.',
    );

    // Overall progress: the counts in words, which the stacked bar only draws.
    expect(await page.locator('#progress').innerText()).toContain('90 milestones');
    const key = page.locator('#progress .bl-progress-key');
    expect(await key.locator('[data-status="delivered"]').innerText()).toMatch(/Delivered\s+6$/);
    expect(await key.locator('[data-status="none"]').innerText()).toMatch(/No update yet\s+84$/);
    expect(await page.locator('#progress svg rect').count()).toBe(2);
    expect(await page.locator('.bl-status-key tbody tr').count()).toBe(7);

    // Every milestone appears once in the tree, under the part of the plan it belongs to.
    expect(await page.locator('.bl-plan-milestones tbody tr').count()).toBe(90);
    const launch = rowOf('Launch the Violent Crime Task Force');
    expect(await launch.locator('.govuk-tag').innerText()).toContain('Delivered');
    expect(await launch.getByRole('link').getAttribute('href')).toBe('/plans/2/milestones/BP18-05');
    await page.getByRole('heading', { level: 2, name: /Focusing on what matters most for Londoners/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Section 3.2 Tackling serious violence' }).waitFor();
    await page.getByRole('heading', { level: 4, name: 'Objective Violent Crime Task Force' }).waitFor();
    expect(await page.locator('[data-ref="3.2"] > .bl-node-progress').innerText()).toBe(
      '17 milestones: 1 delivered, 16 with no update yet',
    );
    const link = page.locator('[data-ref="3.2-knife"] .bl-plan-node__links li');
    expect(await link.innerText()).toBe(
      `Contributes to: Keeping children and young people safe (${POLICE_AND_CRIME_PLAN})`,
    );
    expect(await link.getByRole('link').getAttribute('href')).toBe('/plans/1#node-children-young-people');

    expect(await page.getByRole('link', { name: 'Milestone tracker' }).getAttribute('href')).toBe(
      '/plans/2/milestones',
    );
    expect(await page.getByRole('link', { name: 'What delivers this plan' }).getAttribute('href')).toBe(
      '/plans/2/coverage',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot('plan');
    expect(consoleErrors).toEqual([]);
  });

  it('shows the 153-part police and crime plan, which has no milestones of its own to track', async () => {
    await page.goto(`${web.baseUrl}/plans/1`);
    await page.getByRole('heading', { level: 1, name: POLICE_AND_CRIME_PLAN }).waitFor();
    expect(await page.locator('#plan-counts').innerText()).toBe(
      '2 ambitions, 5 chapters, 18 themes, 90 commitments, 21 aims, 17 action areas.',
    );
    expect(await page.locator('.bl-plan-node').count()).toBe(153);
    expect(await page.locator('.bl-plan-contents li').count()).toBe(7);
    await page
      .getByRole('heading', { level: 4, name: 'Commitment PS1 Dedicated Ward Officers in every ward' })
      .waitFor();
    expect(await page.locator('[data-ref="SP"] .govuk-inset-text').innerText()).toContain('no formal commitments');
    expect(await page.getByRole('link', { name: 'Milestone tracker' }).count()).toBe(0);
    expect(await page.locator('#progress').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot('plan-police-and-crime');
    expect(consoleErrors).toEqual([]);
  });

  it('shows what delivers the police and crime plan, commitment by commitment, with no accessibility violations', async () => {
    await page.goto(`${web.baseUrl}/plans/1`);
    await page.getByRole('link', { name: 'What delivers this plan' }).click();
    await page.getByRole('heading', { level: 1, name: `What delivers the ${POLICE_AND_CRIME_PLAN}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/plans/1/coverage');
    expect(await page.locator('#coverage-total').innerText()).toBe(
      'The plan has 90 commitments: 33 delivered and 57 that nothing delivers (57 of them sit in a chapter that is linked as a whole).',
    );
    const figure = (coverage: string) =>
      page.locator(`#coverage-figures [data-coverage="${coverage}"] .bl-figure__value`);
    expect(await figure('delivered').innerText()).toBe('33');
    expect(await figure('not-delivered').innerText()).toBe('57');
    expect(await figure('through-parent').innerText()).toBe('57');
    expect(await figure('oversight-body').innerText()).toBe('20');

    // The tables agree with the figures.
    const rows = page.locator('.bl-coverage-table tbody tr');
    expect(await rows.count()).toBe(90);
    expect(await page.locator('.bl-coverage-table tbody tr[data-coverage="direct"]').count()).toBe(33);
    expect(await page.locator('.bl-coverage-chapter h2').allInnerTexts()).toEqual([
      'A better police service for London',
      'A better criminal justice service for London',
      'Keeping children and young people safe',
      'Tackling violence against women and girls',
      'Standing together against hatred, intolerance and extremism',
    ]);
    expect(await rowOf('Dedicated Ward Officers in every ward').locator('.govuk-tag').innerText()).toBe('Delivered');
    // Only its chapter is linked: a gap, shown with the chapter link as context.
    const oversight = rowOf('Support local oversight of policing');
    expect(await oversight.locator('.govuk-tag').innerText()).toBe('Nothing delivers this');
    expect(await oversight.innerText()).toContain('Its chapter is linked, but nothing names this commitment');
    expect(await oversight.locator('.bl-coverage-table__who').innerText()).toBe('The oversight body itself (MOPAC)');
    // MOPAC's own delivery plan names the Victims' Commissioner commitment.
    const victims = rowOf("Appoint a Victims' Commissioner");
    expect(await victims.locator('.govuk-tag').innerText()).toBe('Delivered');
    expect(await victims.getByRole('link', { name: "Appoint London's first Victims' Commissioner" }).count()).toBe(1);
    // A milestone that delivers a commitment links to the milestone's own page.
    const liveChat = rowOf('Review public access to the MPS').getByRole('link', {
      name: 'Evaluate the website Live Chat trial',
    });
    expect(await liveChat.getAttribute('href')).toBe('/plans/2/milestones/BP18-44');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot('coverage');
    expect(consoleErrors).toEqual([]);
  });

  it('filters to what nothing delivers and to another level of the plan, with shareable addresses', async () => {
    await page.goto(`${web.baseUrl}/plans/1/coverage`);
    await page.getByRole('link', { name: 'Show only the commitments that nothing delivers (57)' }).click();
    await expect.poll(() => page.locator('.bl-coverage-table tbody tr').count()).toBe(57);
    expect(new URL(page.url()).search).toBe('?show=none');
    expect(await page.locator('.bl-coverage-table tbody tr[data-coverage="direct"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot('coverage-gaps');
    await page.getByRole('link', { name: 'Show all commitments' }).click();
    await page.locator('.bl-coverage-table tbody tr').first().waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.bl-coverage-table tbody tr').count()).toBe(90);

    await page.getByRole('link', { name: 'Themes', exact: true }).click();
    await expect.poll(() => page.locator('.bl-coverage-table tbody tr').count()).toBe(18);
    expect(new URL(page.url()).search).toBe('?kind=theme');
    expect(await page.locator('#coverage-total').innerText()).toContain('The plan has 18 themes');

    // The business plan's objectives deliver other plans; nothing in another plan delivers them.
    await page.goto(`${web.baseUrl}/plans/2/coverage?show=none`);
    await page.locator('.bl-coverage-table tbody tr').first().waitFor();
    expect(await page.locator('.bl-coverage-table tbody tr').count()).toBe(44);
    expect(await page.locator('.bl-coverage-table tbody tr[data-coverage="none"]').count()).toBe(44);
    expect(await rowOf('Violent Crime Task Force').locator('.govuk-tag').innerText()).toBe('Nothing delivers this');
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('takes a deliverer link straight to that part of the other plan', async () => {
    await page.goto(`${web.baseUrl}/plans/1/coverage`);
    await rowOf('Dedicated Ward Officers in every ward')
      .getByRole('link', { name: 'Prevention and neighbourhoods' })
      .click();
    const heading = page.getByRole('heading', { level: 3, name: 'Section 4.1 Prevention and neighbourhoods' });
    await heading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/plans/2');
    expect(new URL(page.url()).hash).toBe('#node-4.1');
    await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
  });

  it('explains a plan that does not exist', async () => {
    await page.goto(`${web.baseUrl}/plans/99`);
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('There is no plan with id 99.');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Plan not found');
    expect(await axeViolations(page)).toEqual([]);
  });
});
