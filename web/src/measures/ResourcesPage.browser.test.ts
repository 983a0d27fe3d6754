import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

/** A table row's cells as the reader sees them, on one line. */
async function row(page: Page, table: string, hasText: string): Promise<string> {
  return (await page.locator(`${table} tbody tr`, { hasText }).first().innerText()).replace(/\s+/g, ' ').trim();
}

describeWithDemoData('the resources page in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors, openWatched: openPage } = web;

  it('shows the budget in £m with its years and source, and the workforce by headcount and FTE', async () => {
    const page = await openPage('/resources');
    await page.locator('#finance tbody tr').first().waitFor();
    expect(await page.title()).toBe('Resources – Bluelamp');
    const nav = page.getByRole('navigation', { name: 'Menu' });
    expect(await nav.getByRole('link', { name: 'Resources' }).getAttribute('aria-current')).toBe('page');
    expect(await row(page, '#finance', 'Revenue budget')).toMatch(
      /2018-19 £3,331m Met Business Plan 2018-19, as at 30 June 2018$/,
    );
    expect(await row(page, '#finance', 'Savings required')).toContain('Forecast');
    expect(await row(page, '#finance', 'Savings delivered')).toMatch(/2012-13 to 2018-19 £720m/);
    expect(await row(page, '#finance', 'Capital programme')).toMatch(/2018-19 to 2021-22 £1,240m/);
    expect(await row(page, '#finance', 'Spend per head')).toMatch(/£297 HMICFRS, PEEL 2018\/19 report/);
    expect(await row(page, '#workforce', 'Special constables')).toMatch(/Headcount 2018-19 2,200 Met Business Plan/);
    expect(await row(page, '#workforce', 'Police officers (FTE)')).toMatch(
      /Full-time equivalent 2018-19 30,435 HMICFRS/,
    );
    expect(await row(page, '#representativeness', "London's BAME population")).toMatch(/40\.2% HMICFRS/);
    expect(await row(page, '#representativeness', 'BAME workforce')).toMatch(/18\.4%/);
    expect(await page.locator('#population-note').innerText()).toContain('local population');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/h5-resources-${dialect}.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("shows the inspection report's own force-in-context figures on the inspection page, and only those", async () => {
    const page = await openPage('/inspections/peel-2018-19-met');
    await page.locator('#force-in-context table').first().waitFor();
    const context = page.locator('#force-in-context');
    expect(await context.getByRole('heading', { name: 'Force in context' }).count()).toBe(1);
    expect(await row(page, '#force-in-context #workforce', 'PCSOs (FTE)')).toContain('1,255');
    expect(await context.innerText()).not.toContain('Met Business Plan');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/h5-inspection-${dialect}.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
