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

  it('checks what the report makes public on a confirmation page, publishes it once, and focuses the result', async () => {
    const { context, page } = await pageAs('perf.reports', '/reports');
    await page.getByRole('textbox', { name: 'Quarter' }).fill('2018-19 Q1');
    const preview = await page.getByRole('link', { name: /preview \(HTML\)/ }).getAttribute('href');
    const previewed = await page.request.get(`${web.baseUrl}${preview ?? ''}`);
    expect(await previewed.text()).toContain('BP18-05');
    await page.getByRole('button', { name: 'Check and publish' }).click();
    await page.getByRole('heading', { name: 'Publish this report: check what becomes public' }).waitFor();
    const facts = await page.locator('#publication-facts').innerText();
    expect(facts).toMatch(/Built on\s+Metropolitan Police Service Business Plan 2018-19, version 1/);
    expect(facts).toMatch(/Publication\s+First publication: version 1/);
    expect(await page.locator('#counts-1').innerText()).toMatch(/No update\s+\d+/);
    expect(await page.locator('#report-previews').innerText()).toContain('preview (PDF)');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'publish-report-confirmation');
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByRole('heading', { name: 'Version 1 published' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Version 1 published');
    expect(await page.locator('main button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to published reports' }).click();
    expect(await page.locator('#published-reports tbody tr').first().innerText()).toContain('Version 1');
    await context.close();
  });

  it('offers a correction as version 2, asks for its note, and goes back without publishing', async () => {
    const { context, page } = await pageAs('perf.reports', '/reports/publish/met-business-plan-2018-19/2018-19%20Q1');
    await page.getByRole('heading', { name: 'Publish this report: check what becomes public' }).waitFor();
    expect(await page.locator('#publication-facts').innerText()).toMatch(/Correction: version 2, correcting version 1/);
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('say in the note what it corrects');
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('publication-note');
    await page.getByRole('link', { name: 'Go back without publishing' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    expect(await page.locator('#published-reports').innerText()).not.toContain('Version 2');
    await context.close();
  });

  it('shows why a quarter not yet published cannot be reported, with no publish button', async () => {
    const { context, page } = await pageAs('perf.reports', '/reports/publish/met-business-plan-2018-19/2018-19%20Q3');
    await page
      .getByText(/It cannot be published now: 2018-19 Q3 of met-business-plan-2018-19 has not been published/)
      .waitFor();
    expect(await page.locator('main button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
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
