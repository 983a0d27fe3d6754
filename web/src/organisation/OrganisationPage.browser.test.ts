import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

describeWithDemoData('the organisation page in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;
  let page: Page;

  // A content security policy violation is reported as a console error, so this also
  // proves the app runs under the server's policy.
  beforeEach(async () => {
    page = await web.freshPage();
  });

  it('lists the 12 BCUs with their boroughs, with no accessibility violations', async () => {
    await page.goto(`${web.baseUrl}/organisation`);
    await page.locator('#bcus tbody tr').first().waitFor();
    expect(await page.title()).toBe('Organisation – Bluelamp');
    expect(await page.locator('#bcus tbody tr').count()).toBe(12);
    await expect
      .poll(() => page.locator('#bcus').innerText())
      .toContain('Kingston upon Thames, Merton, Richmond upon Thames, Wandsworth');
    expect(await page.locator('header').innerText()).toContain('Metropolitan Police Service');
    expect(await page.locator('footer').getByRole('link', { name: 'Organisation' }).getAttribute('href')).toBe(
      '/organisation',
    );
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'organisation');
    expect(consoleErrors).toEqual([]);
  });

  it('shows the organisation as it was on a date typed into the form', async () => {
    await page.goto(`${web.baseUrl}/organisation`);
    await page.getByLabel('Day').fill('15');
    await page.getByLabel('Month').fill('5');
    await page.getByLabel('Year').fill('2018');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('heading', { name: 'As at 15 May 2018' }).waitFor();
    expect(new URL(page.url()).search).toBe('?on=2018-05-15');
    expect(await page.locator('#bcus tbody tr').count()).toBe(3);
    expect(await page.locator('.govuk-inset-text').innerText()).toContain(
      '23 boroughs were still policed as their own borough commands',
    );
    expect(consoleErrors).toEqual([]);
  });

  it('explains a date that does not exist, the GOV.UK way, with no accessibility violations', async () => {
    await page.goto(`${web.baseUrl}/organisation`);
    await page.locator('#bcus tbody tr').first().waitFor();
    await page.getByLabel('Day').fill('30');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2018');
    await page.getByRole('button', { name: 'Show' }).click();
    expect(await page.locator('.govuk-error-message').innerText()).toContain('Date must be a real date');
    expect(new URL(page.url()).search).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the API documentation built from the OpenAPI document', async () => {
    await page.goto(`${web.baseUrl}/api-docs`);
    await page.locator('#listBcus').waitFor();
    expect(await page.locator('#listBcus').innerText()).toContain('/api/organisation/bcus');
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('answers an unknown address with a page-not-found page', async () => {
    await page.goto(`${web.baseUrl}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs under the content security policy, which does block an inline script', async () => {
    await page.goto(`${web.baseUrl}/organisation`);
    await page.locator('#bcus tbody tr').first().waitFor();
    expect(consoleErrors).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await expect.poll(() => consoleErrors.join('\n')).toContain('Content Security Policy');
  });
});
