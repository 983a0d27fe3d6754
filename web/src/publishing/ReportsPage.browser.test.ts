import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('the reports page in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors, openAs: pageAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'perf.reports', role: 'performance', password: PASSWORD });
  });

  it('tells the public nothing is published yet and offers them no publishing form', async () => {
    const { context, page } = await pageAs(null, '/reports');
    await page.getByText('No report has been published yet.').waitFor();
    expect(await page.locator('#publish-report').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets the performance team preview the quarter, publish it, and then insists a second publication is a correction', async () => {
    const { context, page } = await pageAs('perf.reports', '/reports');
    await page.getByRole('textbox', { name: 'Quarter' }).fill('2018-19 Q1');
    const preview = await page.getByRole('link', { name: 'preview (HTML)' }).getAttribute('href');
    const previewed = await page.request.get(`${web.baseUrl}${preview ?? ''}`);
    expect(await previewed.text()).toContain('BP18-05');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published version 1 of').waitFor();
    expect(await page.locator('#published-reports tbody tr').first().innerText()).toContain('Version 1');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'reports');

    await page.getByRole('button', { name: 'Publish' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('say in the note what it corrects');
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('publish-report-note');
    await context.close();
  });

  it('opens a published version as the frozen report itself', async () => {
    const { context, page } = await pageAs(null, '/reports');
    await page.getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'progress update' }).waitFor();
    expect(page.url()).toMatch(/\/api\/reports\/met-business-plan-2018-19-2018-19-q1\/versions\/1\/html$/);
    expect(await page.locator('body').innerText()).toContain('BP18-05');
    await context.close();
  });

  it('logs no errors in the browser console beyond the refused correction', () => {
    const refused = 'perf.reports: Failed to load resource: the server responded with a status of 400 (Bad Request)';
    expect(consoleErrors.filter((error) => error !== refused)).toEqual([]);
  });
});
