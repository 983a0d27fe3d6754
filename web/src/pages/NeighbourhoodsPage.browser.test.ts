import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { launchChromium } from '../../../test/support/browser.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { serveWebApp } from '../../../test/support/webServer.js';
import { parseCsv } from '../../../src/ingest/index.js';

describeWithDemoData('the neighbourhoods page in Chromium', (ctx, dialect) => {
  let browser: Browser;
  let app: FastifyInstance;
  let baseUrl: string;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    ({ app, baseUrl } = await serveWebApp(ctx()));
    browser = await launchChromium();
    fs.mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  it('shows London by BCU and borough to anyone, says the demo figures are generated, with no accessibility violations', async () => {
    await page.goto(`${baseUrl}/neighbourhoods?on=2019-06-30`);
    await page.locator('#bcu-compliance tbody tr').first().waitFor();
    expect(await page.title()).toBe('Neighbourhoods – Bluelamp');
    expect(await page.locator('.govuk-service-navigation__item--active').innerText()).toBe('Neighbourhoods');
    expect(await page.locator('.govuk-body-l').innerText()).toContain(
      'at least 2 dedicated ward officers (DWOs) and 1 PCSO',
    );
    expect(await page.locator('.govuk-warning-text').first().innerText()).toContain('generated');
    expect(await page.locator('#bcu-compliance tbody tr').count()).toBe(13);
    expect(await page.locator('#bcu-compliance tr.bl-total-row').innerText()).toMatch(/^London\s+629\s/);
    expect(await page.locator('#borough-compliance tbody tr').count()).toBe(32);
    await page.getByRole('heading', { name: 'Officers taken off their wards' }).waitFor();
    expect(await page.locator('#abstraction-reasons').innerText()).toContain('Aid to other areas and events');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/neighbourhoods-${dialect}.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('filters to a borough, showing its wards with words on every tag, and offers exactly that table as CSV', async () => {
    await page.goto(`${baseUrl}/neighbourhoods`);
    await page.locator('#borough-compliance tbody tr').first().waitFor();
    await page.getByLabel('Borough', { exact: true }).selectOption({ label: 'Barnet' });
    await page.getByRole('button', { name: 'Show wards' }).click();
    await page.locator('#wards tbody tr').first().waitFor();
    expect(new URL(page.url()).search).toBe('?borough=barnet');
    const rows = await page
      .locator('#wards tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
      );
    expect(rows[1]?.slice(0, 2)).toEqual(['Barnet', 'Barnet ward 1']);
    for (const row of rows.slice(1)) expect(row[7]).toMatch(/^(Meets the minimum|.* short|No figures for .*)$/);
    const href = await page.getByRole('link', { name: /Download this table/ }).getAttribute('href');
    const csv = await page.request.get(`${baseUrl}${href ?? ''}`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(await csv.text()).map((record) => record.cells)).toEqual(rows);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/neighbourhoods-barnet-${dialect}.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('reads the autumn figures for a date typed into the form, and links to the page from the organisation page', async () => {
    await page.goto(`${baseUrl}/neighbourhoods?borough=camden`);
    await page.locator('#wards tbody tr').first().waitFor();
    await page.getByLabel('Day').fill('15');
    await page.getByLabel('Month').fill('10');
    await page.getByLabel('Year').fill('2018');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('heading', { name: 'Camden on 15 October 2018' }).waitFor();
    expect(new URL(page.url()).searchParams.get('on')).toBe('2018-10-15');
    expect(await page.locator('#wards tbody tr').first().innerText()).toContain('2018-09-30');
    await page.goto(`${baseUrl}/organisation`);
    await page.locator('#ward-count').waitFor();
    expect(await page.locator('#ward-count').innerText()).toContain('629');
    await page.locator('#ward-count a').click();
    await page.getByRole('heading', { name: 'Dedicated ward officers and PCSOs' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
