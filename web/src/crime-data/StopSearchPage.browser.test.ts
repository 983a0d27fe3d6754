import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { importPoliceUk } from '../../../src/services/index.js';
import type { StopSearchScrutiny } from './crimeDataTypes.js';

const COUNT = new Intl.NumberFormat('en-GB');

describeWithDemoData('the stop and search page in Chromium', (ctx, dialect) => {
  beforeAll(async () => {
    await importPoliceUk(ctx(), { paths: [sharedDataFile('police-uk')] });
  }, 120_000);
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;

  async function openPage(path: string): Promise<Page> {
    const { page } = await web.open(path);
    await page.getByRole('heading', { level: 2, name: 'Who is searched' }).waitFor();
    return page;
  }

  it('shows the Met’s searches, its disproportionality and no made-up find rate, to anyone', async () => {
    const page = await openPage('/stop-and-search/metropolitan');
    const api = (await (
      await page.request.get(`${web.baseUrl}/api/stop-and-search/metropolitan`)
    ).json()) as StopSearchScrutiny;
    expect(await page.locator('h1').innerText()).toBe('Metropolitan Police Service');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain(COUNT.format(api.searches));
    for (const sentence of api.sentences)
      expect(await page.locator('.govuk-inset-text').innerText()).toContain(sentence);
    const total = page.locator('tr.bl-total-row');
    expect(await total.innerText()).toMatch(/Black, Asian and minority ethnic.*×/s);
    expect(await page.getByRole('columnheader', { name: /Find rate/ }).count()).toBe(0);
    expect(await page.locator('table', { hasText: 'Controlled drugs' }).first().innerText()).toContain(
      'Offensive weapons',
    );
    await page.locator('.bl-chart svg').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'stop-and-search');
    await page.close();
  });

  it('narrows to the months chosen, and keeps them in the address', async () => {
    const page = await openPage('/stop-and-search/metropolitan');
    await page.getByLabel('From').selectOption('2018-06');
    await page.getByLabel('To').selectOption('2018-06');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/from=2018-06&to=2018-06/);
    await page.locator('.govuk-caption-l', { hasText: 'Jun 2018 to Jun 2018' }).waitFor();
    const months = page.locator('table', { hasText: 'Searches each month' }).locator('tbody tr');
    expect(await months.count()).toBe(1);
    expect(await months.innerText()).toContain('10,581');
    await page.close();
  });

  it('gives the City of London its own figures, and says when a force has no files loaded', async () => {
    const city = await openPage('/stop-and-search/city-of-london');
    expect(await city.locator('h1').innerText()).toBe('City of London Police');
    await city.close();
    const { page } = await web.open();
    await page.goto(`${web.baseUrl}/stop-and-search/kent`);
    await page.getByText('No stop and search files are loaded for Kent Police yet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
