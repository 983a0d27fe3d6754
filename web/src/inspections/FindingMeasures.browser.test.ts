import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { peel2018Met } from '../../../demo/peel2018.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';
import { upsertObservations } from '../../../src/store/index.js';

const PASSWORD = 'harbour kettle violet';
const FINDING = '/inspections/peel-2018-19-met/findings';

const flat = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

describeWithDemoData('the figures that show whether a finding is fixed, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors, openAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'perf.figures', role: 'performance', password: PASSWORD });
  });

  it('shows the public the vetting cause of concern’s measures with latest figure, source and as-at', async () => {
    const { context, page } = await openAs(null, `${FINDING}/ELB-CoC-1`);
    const table = page.locator('#finding-measures');
    await table.waitFor();
    expect(await flat(page, '#finding-measures caption')).toBe('Figures that show whether it is fixed');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const backlog = (await rows.nth(0).innerText()).replace(/\s+/g, ' ');
    expect(backlog).toContain('Vetting backlog');
    expect(backlog).toContain('16,000 in December 2018');
    expect(backlog).toContain(`${peel2018Met.source} As at 1 September 2019`);
    expect(backlog).toContain('No figures yet');
    expect(backlog).toContain('No figure for Vetting backlog since the report was published on 1 September 2019');
    expect((await rows.nth(1).innerText()).replace(/\s+/g, ' ')).toContain('37% in April 2019');
    expect(await rows.nth(0).getByRole('link', { name: 'Vetting backlog' }).getAttribute('href')).toBe(
      '/measures/vetting-backlog',
    );
    expect(await page.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/h6/finding-measures-${dialect}.png`, fullPage: true });
    await context.close();
  });

  it('says the figure improved once a later figure is loaded, and readiness says so beside the actions', async () => {
    await upsertObservations(
      ctx().store.db,
      [
        {
          measureCode: 'vetting-backlog',
          areaCode: 'MPS',
          period: '2020-03',
          breakdown: null,
          value: 8_000,
          numerator: null,
          denominator: null,
          sampleSize: null,
          designEffect: null,
          status: 'final',
          source: peel2018Met.source,
          asAt: '2020-04-30',
          synthetic: true,
        },
      ],
      '2020-05-01T00:00:00.000Z',
    );
    const { context, page } = await openAs(null, `${FINDING}/ELB-CoC-1`);
    await page.locator('#finding-measures').waitFor();
    const backlog = (await page.locator('#finding-measures tbody tr').nth(0).innerText()).replace(/\s+/g, ' ');
    expect(backlog).toContain('8,000 in March 2020 Synthetic');
    expect(backlog).toContain('Improved');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#finding-measures').screenshot({ path: `/tmp/h6/finding-measures-improved-${dialect}.png` });

    await page.goto(`${web.baseUrl}/inspections/peel-2018-19-met/readiness?on=2020-10-01`);
    const legitimacy = page.locator('#readiness-legitimacy');
    await legitimacy.waitFor();
    const elb = legitimacy.locator('tr', { hasText: 'Ethical and lawful workforce behaviour' }).first();
    expect(await elb.innerText()).toContain('Figures since the report, by finding: 1 improved, 1 no figures yet');
    await legitimacy.getByText(/Show the .* in Ethical and lawful workforce behaviour/).click();
    const coc = legitimacy.getByRole('row', { name: /^ELB-CoC-1 Cause of concern/ });
    expect((await coc.innerText()).replace(/\s+/g, ' ')).toMatch(/None Improved 2 measures$/);
    const rec = legitimacy.getByRole('row', { name: /^ELB-REC-1 Recommendation/ });
    expect((await rec.innerText()).replace(/\s+/g, ' ')).toMatch(/1 of 1 open No figures yet 1 measure$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/h6/readiness-figures-${dialect}.png`, fullPage: true });
    await legitimacy.screenshot({ path: `/tmp/h6/readiness-legitimacy-${dialect}.png` });
    await context.close();
  });

  it('lets the performance team name a measure and remove it again', async () => {
    const { context, page } = await openAs('perf.figures', `${FINDING}/INV-AFI-4`);
    const form = page.locator('#link-measure');
    await form.waitFor();
    expect(await page.getByText('No measure is named for this finding yet.').count()).toBe(1);
    await form.getByRole('button', { name: 'Name the measure' }).click();
    await page
      .locator('.govuk-error-summary', { hasText: 'Choose the measure that shows whether it is fixed' })
      .waitFor();
    await form.getByLabel('Measure').selectOption({ label: '999 calls answered in target time' });
    await form.getByRole('button', { name: 'Name the measure' }).click();
    await page
      .locator('.govuk-notification-banner--success', {
        hasText: 'INV-AFI-4 now names the measure 999-calls-answered-in-target',
      })
      .waitFor();
    const row = page.locator('#finding-measures tbody tr');
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('78% in September 2018');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/h6/finding-measures-form-${dialect}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Remove 999 calls answered in target time' }).click();
    await page.getByText('No measure is named for this finding yet.').waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
