import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

/** A table row's cells as the reader sees them, one string each. */
async function cells(page: Page, selector: string, hasText: string): Promise<string> {
  return (await page.locator(selector, { hasText }).first().innerText()).replace(/\s+/g, ' ').trim();
}

describeWithDemoData('the inspection pages in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors, openWatched: openPage } = web;

  it('lists the PEEL report and links to its summary', async () => {
    const page = await openPage('/inspections');
    const row = page.locator('#inspections tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await cells(page, '#inspections tbody tr', 'PEEL')).toMatch(/1 September 2019 2 5 19$/);
    const nav = page.getByRole('navigation', { name: 'Menu' });
    expect(await nav.getByRole('link', { name: 'Inspections' }).getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('link').click();
    await page.waitForURL(/\/inspections\/peel-2018-19-met$/);
    await page.locator('#judgments').waitFor();
    await page.close();
  });

  it("shows the report's grades by pillar and component, and its findings counted", async () => {
    const page = await openPage('/inspections/peel-2018-19-met');
    await page.locator('#judgments').waitFor();
    expect(await page.title()).toBe('PEEL 2018/19: the Metropolitan Police Service – Bluelamp');
    expect(await page.getByTestId('pillar-row').count()).toBe(3);
    expect(await page.getByTestId('component-row').count()).toBe(10);
    const grade = async (name: string) =>
      page.getByRole('row').filter({ hasText: name }).first().locator('.govuk-tag').innerText();
    expect(await grade('Protecting vulnerable people')).toBe('Requires improvement');
    expect(await grade('Tackling serious and organised crime')).toBe('Outstanding');
    expect(await grade('Armed policing')).toBe('Ungraded');
    expect(await cells(page, '[data-testid="component-row"]', 'Armed policing')).toContain(
      'Also called Firearms capability',
    );
    expect(await cells(page, '[data-testid="pillar-row"]', 'Effectiveness')).toContain(
      'How well does the force cut crime and keep people safe?',
    );
    expect(await cells(page, '#finding-counts tbody tr', 'Cause of concern')).toBe('Cause of concern 2 2');
    expect(await cells(page, '#finding-counts tbody tr', 'Recommendation')).toBe('Recommendation 5 5');
    expect(await cells(page, '#finding-counts tbody tr', 'Area for improvement')).toBe('Area for improvement 19 19');
    expect(await cells(page, '#finding-counts tbody tr', 'Good practice')).toBe('Good practice 6 Needs no answer');
    expect(await cells(page, '#finding-counts tbody tr', 'Earlier inspection item')).toBe(
      'Earlier inspection item 6 5',
    );
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'inspection');
    await page.getByRole('link', { name: 'See the findings' }).click();
    await page.waitForURL(/\/findings\?inspection=peel-2018-19-met$/);
    await page.locator('#findings tbody tr').first().waitFor();
    expect(await page.locator('#findings tbody tr').count()).toBe(38);
    await page.close();
  });

  it('lists the recommendations overdue on 1 October 2020 with their due dates', async () => {
    const page = await openPage('/findings?overdue=true&on=2020-10-01');
    const rows = page.locator('#findings tbody tr');
    await rows.first().waitFor();
    expect(await page.getByRole('status').innerText()).toBe('2 findings');
    expect(await rows.locator('th').allInnerTexts()).toEqual(['PVP-REC-1', 'ELB-REC-1']);
    const first = await cells(page, '#findings tbody tr', 'PVP-REC-1');
    expect(first).toContain('Recommendation Protecting vulnerable people');
    expect(first).toContain('Under cause of concern PVP-CoC-1');
    expect(first).toContain('1 September 2019 Overdue');
    expect(await cells(page, '#findings tbody tr', 'ELB-REC-1')).toContain('1 September 2020 Overdue');
    expect(await rows.locator('.govuk-tag--red', { hasText: 'Overdue' }).count()).toBe(2);
    expect(await page.getByLabel('Overdue only').isChecked()).toBe(true);
    expect(await page.getByLabel('Judge overdue on').inputValue()).toBe('2020-10-01');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'findings-overdue');
    await page.close();
  });

  it('narrows the tracker to one component through the URL', async () => {
    const page = await openPage('/findings');
    const rows = page.locator('#findings tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(38);
    const select = page.getByLabel('Component', { exact: true });
    await select.locator('option', { hasText: 'Armed policing' }).waitFor({ state: 'attached' });
    await select.selectOption('armed-policing');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/findings\?component=armed-policing$/);
    // The old rows may show, or none while the narrowed list loads: wait for the narrowed rows themselves.
    await rows.first().locator('td:nth-child(3)', { hasText: 'Armed policing' }).waitFor();
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(38);
    for (const text of await rows.locator('td:nth-child(3)').allInnerTexts()) expect(text).toBe('Armed policing');
    expect(await page.getByLabel('Component', { exact: true }).inputValue()).toBe('armed-policing');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
