import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { listPlans } from '../../../src/services/plans/listPlans.js';

/** A measure's row as the reader sees it, on one line. */
async function row(page: Page, aim: string, measure: string): Promise<string> {
  const cells = page.locator(`[data-aim="${aim}"] tr[data-measure="${measure}"]`);
  return (await cells.innerText()).replace(/\s+/g, ' ').trim();
}

describeWithDemoData("the Police and Crime Plan's aims page in Chromium", (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors, openWatched: openPage } = web;

  it('lists the 21 aims by chapter, each figure with its source and as-at date, and says where none are yet', async () => {
    const plan = (await listPlans(ctx())).plans.find((p) => p.key === 'police-and-crime-plan-2017-21');
    const page = await openPage(`/plans/${plan?.id ?? 0}`);
    await page.getByRole('link', { name: 'Aims and their measures' }).click();
    await page.locator('[data-aim]').first().waitFor();
    expect(await page.locator('[data-aim]').count()).toBe(22);
    expect(await page.locator('.bl-aims-chapter').count()).toBe(6);
    expect(await page.locator('main h2').allInnerTexts()).toContain('Watched across the plan');
    expect(await row(page, 'better-criminal-justice-aim-3', 'reoffending-rate')).toMatch(
      /^Reoffending within a year 24% 31% disposal: court order .* 2016-17 Police and Crime Plan 2017-21, as at 31 March 2017 Not compared/,
    );
    expect(await row(page, 'children-young-people-aim-2', 'first-time-entrants')).toBe(
      'First-time entrants to the justice system No figures yet — expected from Ministry of Justice youth justice statistics',
    );
    expect(await row(page, 'better-police-service-aim-1', 'victim-satisfaction')).toContain('Synthetic');
    const knife = page.locator(
      '[data-aim="children-young-people-aim-3"] tr[data-measure="knife-crime"] .bl-verdict-tag',
    );
    expect(await knife.count()).toBe(1);
    expect(await row(page, 'children-young-people-aim-3', 'knife-crime')).toContain('Against 2016-17');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/h3-aims-${dialect}.png`, fullPage: true });
    await page.screenshot({ path: `/tmp/h3-aims-top-${dialect}.png` });
    await page
      .locator('.bl-aims-chapter')
      .first()
      .screenshot({ path: `/tmp/h3-aims-chapter-${dialect}.png` });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
