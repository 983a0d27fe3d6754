import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { parseCsv } from '../../../src/ingest/index.js';

describeWithDemoData('the neighbourhoods page in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;
  let page: Page;

  beforeEach(async () => {
    page = await web.freshPage();
  });

  it('shows London by BCU and borough to anyone, says the demo figures are generated, with no accessibility violations', async () => {
    await page.goto(`${web.baseUrl}/neighbourhoods?on=2019-06-30`);
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
    await web.screenshot(page, 'neighbourhoods');
    expect(consoleErrors).toEqual([]);
  });

  it('filters to a borough, showing its wards with words on every tag, and offers exactly that table as CSV', async () => {
    await page.goto(`${web.baseUrl}/neighbourhoods`);
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
    const csv = await page.request.get(`${web.baseUrl}${href ?? ''}`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(await csv.text()).map((record) => record.cells)).toEqual(rows);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'neighbourhoods-barnet');
    expect(consoleErrors).toEqual([]);
  });

  it('reads the autumn figures for a date typed into the form, and links to the page from the organisation page', async () => {
    await page.goto(`${web.baseUrl}/neighbourhoods?borough=camden`);
    await page.locator('#wards tbody tr').first().waitFor();
    await page.getByLabel('Day').fill('15');
    await page.getByLabel('Month').fill('10');
    await page.getByLabel('Year').fill('2018');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('heading', { name: 'Camden on 15 October 2018' }).waitFor();
    expect(new URL(page.url()).searchParams.get('on')).toBe('2018-10-15');
    expect(await page.locator('#wards tbody tr').first().innerText()).toContain('2018-09-30');
    await page.goto(`${web.baseUrl}/organisation`);
    await page.locator('#ward-count').waitFor();
    expect(await page.locator('#ward-count').innerText()).toContain('629');
    await page.locator('#ward-count a').click();
    await page.getByRole('heading', { name: 'Dedicated ward officers and PCSOs' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
