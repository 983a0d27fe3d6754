import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { GROUP_GAP_FIXTURE as F } from '../../../test/support/groupGapFixtures.js';
import { importObservations } from '../../../src/services/measures/importObservations.js';
import type { ResponseOf } from '../shared/apiTypes.js';

type GroupGapsResult = ResponseOf<'getGroupGaps'>;

describeWithDemoData('gaps between groups on the measure page in Chromium', (ctx, dialect) => {
  beforeAll(async () => {
    await importObservations(ctx(), {
      fileName: F.fileName,
      format: 'csv',
      content: Buffer.from(F.csv),
      source: F.source,
    });
  });
  const web = webAppInChromium(ctx, dialect);

  it("shows each group's value, interval, sample, gap to White, test and whether the gap narrowed", async () => {
    const { context, page } = await web.open();
    const query = `group=ethnicity&area=${F.areaCode}&period=${F.later}&against=${F.earlier}`;
    const api = (await (
      await page.request.get(`${web.baseUrl}/api/measures/${F.measure}/gaps?${query}`)
    ).json()) as GroupGapsResult;
    await page.goto(`${web.baseUrl}/measures/${F.measure}?area=${F.areaCode}`);
    const table = page.locator('#group-gaps-ethnicity');
    await table.locator('th', { hasText: 'Gap since' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gaps between groups' }).waitFor();
    expect(await table.locator('caption').innerText()).toBe(
      'Public confidence by ethnicity, Sutton, R12 Quarter 4 2013/14',
    );
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(api.groups.length);
    const cells = async (index: number) =>
      (await rows.nth(index).locator('th, td').allInnerTexts()).map((t) => t.trim());
    expect(await cells(0)).toEqual([
      'White',
      '80.0%',
      '78.0 to 81.9',
      '2,000 (effective 1,667)',
      'Reference group',
      '',
      '',
    ]);
    expect(await cells(1)).toEqual([
      'Black',
      '72.0%',
      '67.0 to 76.5',
      '400 (effective 333)',
      '−8.0 points',
      'p = 0.001 (95% interval −13.2 to −2.8)',
      'Narrowed −20.0 then, −8.0 points now, p = 0.002',
    ]);
    expect((await cells(2)).at(-1)).toBe('No clear change −10.0 then, −9.0 points now, p = 0.77');
    expect((await cells(3)).at(-1)).toBe('Not tested There is no figure for Other or White in the earlier period.');
    expect(await rows.nth(1).locator('.govuk-tag').getAttribute('class')).toContain('govuk-tag--green');
    expect(await rows.nth(2).locator('.govuk-tag').getAttribute('class')).toContain('govuk-tag--grey');
    expect(await page.getByTestId('group-gaps-source-ethnicity').innerText()).toContain(
      `Source: ${F.source}, as at 30 April 2014`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#group-gaps-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/h2-group-gaps-${dialect}.png`, fullPage: true });
    await context.close();
  });

  it('leaves the section out for a measure with no figures by group', async () => {
    const { context, page } = await web.open();
    const observations = page.waitForResponse((r) => r.url().includes('/api/measures/crime-total/observations'));
    await page.goto(`${web.baseUrl}/measures/crime-total?area=London&period=2017-18`);
    expect((await observations).status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'All recorded crime' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Gaps between groups' }).count()).toBe(0);
    await context.close();
    expect(web.consoleErrors).toEqual([]);
  });
});
