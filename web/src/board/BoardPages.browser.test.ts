import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';

/** Text as the reader sees it, with runs of white space made one space. */
const flat = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

describeWithDemoData('board meetings in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors, openAs: pageAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'board.viewer', role: 'viewer', password: PASSWORD });
    await addUser(ctx(), { username: 'board.secretary', role: 'performance', password: PASSWORD });
  });

  it('lists the meetings by board for a signed-in viewer, with no form, and the Board link in the menu', async () => {
    const { context, page } = await pageAs('board.viewer', '/board');
    await page.getByRole('heading', { level: 1, name: 'Board meetings' }).waitFor();
    await page.locator('#meetings-performance-group').waitFor();
    expect(await page.title()).toBe('Board meetings – Bluelamp');
    expect(await page.locator('#meetings-performance-group tbody tr').allInnerTexts()).toEqual([
      expect.stringContaining('24 October 2018'),
      expect.stringContaining('25 July 2018'),
    ]);
    expect(await flat(page, '#meetings-oversight-board tbody')).toContain('Oversight board: Quarter 1 progress');
    expect(await page.getByRole('link', { name: 'Board', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('#meeting').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Performance Group: Quarter 2 review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Performance Group: Quarter 2 review' }).waitFor();
    const log = page.locator('#actions-log tbody tr');
    expect(await log.count()).toBe(4);
    expect(await log.nth(0).innerText()).toContain('Closed at this meeting');
    expect(await log.nth(1).innerText()).toMatch(/In progress\s+Overdue/);
    expect(await flat(page, '#attendees')).toContain('Deputy Commissioner (demo) Chair Attended');
    expect(await page.getByRole('link', { name: /Board pack \(HTML\)/ }).getAttribute('href')).toMatch(
      /^\/api\/board\/meetings\/3\/pack\.html$/,
    );
    expect(await page.getByRole('link', { name: 'Board pack (PDF)' }).count()).toBe(1);
    expect(await page.locator('#action').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets the performance team raise an action, which then shows on the log, and record its status', async () => {
    const { context, page } = await pageAs('board.secretary', '/board/meetings/3');
    await page.getByRole('heading', { level: 1, name: 'Performance Group: Quarter 2 review' }).waitFor();
    await page.getByRole('button', { name: 'Raise the action' }).click();
    await page.getByRole('link', { name: 'Say what is to be done' }).waitFor();
    await page.getByLabel('What is to be done').fill('Bring the borough knife crime maps to the next meeting');
    await page.getByLabel('Owner').fill('Head of Performance (demo)');
    await page.locator('#action-due').fill('23');
    await page.locator('#action-due-month').fill('1');
    await page.locator('#action-due-year').fill('2019');
    await page.getByRole('button', { name: 'Raise the action' }).click();
    await page.getByText(/^Action A\d+ raised\.$/).waitFor();
    const added = page.locator('#actions-log tbody tr', { hasText: 'Bring the borough knife crime maps' });
    expect(await added.innerText()).toMatch(/This meeting.*Open/s);
    await page.locator('#status-action').waitFor();
    await page.locator('#status-action').selectOption('3');
    await page.getByLabel('In progress').check();
    await page.getByLabel('Note (optional)').fill('Evaluation under way.');
    await page.getByRole('button', { name: 'Record the status' }).click();
    await page.getByText('Action A3 recorded as in progress.').waitFor();
    expect(await page.locator('#actions-log tbody tr', { hasText: 'Live Chat' }).innerText()).toContain(
      'Evaluation under way.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board-meeting');
    await page.goto(`${web.baseUrl}/board`);
    await page.locator('#meeting').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board');
    await context.close();
  });

  it('records a meeting with its attendees one person to a row, and shows who came and who sent apologies', async () => {
    const { context, page } = await pageAs('board.secretary', '/board');
    await page.locator('#meeting').waitFor();
    await page.getByLabel('Performance Group').check();
    await page.locator('#meeting-date').fill('21');
    await page.locator('#meeting-date-month').fill('11');
    await page.locator('#meeting-date-year').fill('2018');
    await page.getByLabel('Title', { exact: true }).fill('Performance Group: extra meeting on knife crime');
    await page.locator('#meeting-attendee-1-name').fill('Director of Strategy (demo)');
    await page.locator('#meeting-attendee-1-role').fill('Chair');
    await page.getByRole('button', { name: 'Add another attendee' }).click();
    await page.locator('#meeting-attendee-2-name').fill('Borough commander (demo)');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    // A half-filled row is named in the error summary and tied to its field.
    await page.getByRole('link', { name: 'Enter the role or organisation of attendee 2' }).waitFor();
    expect(await page.locator('#meeting-attendee-2-role-error').innerText()).toContain('attendee 2');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'board-meeting-attendees-error');
    await page.locator('#meeting-attendee-2-role').fill('Central East BCU');
    await page.locator('#meeting-attendee-2-attendance').selectOption('apologies');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await page.getByText('Meeting “Performance Group: extra meeting on knife crime” recorded.').waitFor();
    await page.getByRole('link', { name: 'Performance Group: extra meeting on knife crime' }).click();
    await page.locator('#attendees').waitFor();
    expect(await flat(page, '#attendees tbody')).toBe(
      'Director of Strategy (demo) Chair Attended Borough commander (demo) Central East BCU Apologies',
    );
    await context.close();
  });

  it('lets the performance team publish the pack, which the public can then read on the reports page', async () => {
    const { context, page } = await pageAs('board.secretary', '/board/meetings/2');
    await page.getByRole('button', { name: 'Check and publish the pack' }).click();
    await page.getByRole('heading', { name: 'Publish this pack: check what becomes public' }).waitFor();
    const facts = await page.locator('#publication-facts').innerText();
    expect(facts).toMatch(/Period\s+MOPAC Oversight Board, 13 September 2018/);
    expect(facts).toMatch(/Publication\s+First publication: version 1/);
    expect(await page.locator('#counts-1').innerText()).toMatch(/Total\s+\d+/);
    expect(await page.locator('#pack-previews').innerText()).toContain('the pack (PDF)');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'publish-pack-confirmation');
    await page.getByRole('link', { name: 'Go back without publishing' }).click();
    await page.getByRole('button', { name: 'Check and publish the pack' }).click();
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByRole('heading', { name: 'Version 1 published' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Version 1 published');
    expect(await page.locator('main button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    const reader = await pageAs(null, '/reports');
    const row = reader.page.locator('#published-reports tbody tr', { hasText: 'board pack' });
    await row.waitFor();
    expect(await flat(reader.page, '#published-reports')).toContain('MOPAC Oversight Board, 13 September 2018');
    await reader.context.close();
  });

  it('tells the public to sign in, and shows them no Board link', async () => {
    const { context, page } = await pageAs(null, '/board');
    await page.getByRole('heading', { level: 1, name: 'Board meetings' }).waitFor();
    await page.getByText(/Board meetings and packs are for people in the force/).waitFor();
    expect(await page.locator('#meetings-performance-group').count()).toBe(0);
    expect(await page.locator('#navigation').getByRole('link', { name: 'Board', exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${web.baseUrl}/board/meetings/3`);
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor();
    expect(await flat(page, 'main')).toContain('Sign in to see them.');
    await context.close();
  });

  it('writes nothing to the console', () => {
    expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
  });
});
