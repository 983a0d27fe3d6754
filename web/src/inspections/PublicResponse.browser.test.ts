import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'meadow copper lantern';
const FINDING = '/inspections/peel-2018-19-met/findings';
const NOT_YET = 'The force has not yet published its response to this finding.';
const SUMMARY = 'The force has rewritten its guidance on the powers and is training every frontline officer.';

const bodyText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

describeWithDemoData("the public summary of the force's response in Chromium", (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { openAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'pub.perf', role: 'performance', password: PASSWORD });
  });

  it('tells a signed-out reader nothing is published yet, and shows no notes, evidence or history', async () => {
    const { context, page } = await openAs(null, `${FINDING}/ELB-PRIOR-2`);
    await page.locator('#public-response').waitFor();
    expect(await page.locator('#public-response').innerText()).toContain(NOT_YET);
    expect(await page.locator('#finding-history').count()).toBe(0);
    expect(await page.locator('#finding-evidence').count()).toBe(0);
    const text = await bodyText(page);
    expect(text).not.toContain('demo note');
    expect(text).not.toContain('Counter-corruption strategic assessment');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets the performance team publish a summary with a date, which the public then reads without a name', async () => {
    const { context, page } = await openAs('pub.perf', `${FINDING}/PVP-AFI-2`);
    const form = page.locator('#publish-response');
    await form.waitFor();
    await form.getByRole('button', { name: 'Publish the response' }).click();
    await page.locator('.govuk-error-summary', { hasText: 'Enter the summary the public will read' }).waitFor();
    await form.getByLabel('Summary for the public').fill(SUMMARY);
    await form.getByLabel('Day').fill('2');
    await form.getByLabel('Month').fill('12');
    await form.getByLabel('Year').fill('2019');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'finding-publish-response-form');
    await form.getByRole('button', { name: 'Publish the response' }).click();
    await page.locator('.govuk-notification-banner--success', { hasText: 'PVP-AFI-2 is published' }).waitFor();
    await context.close();

    const shown = await openAs(null, `${FINDING}/PVP-AFI-2`);
    await shown.page.locator('#public-response', { hasText: SUMMARY }).waitFor();
    expect(await shown.page.locator('#public-response').innerText()).toContain('Published 2 December 2019');
    expect(await bodyText(shown.page)).not.toContain('pub.perf');
    expect(await shown.page.locator('#finding-history').count()).toBe(0);
    expect(await shown.page.locator('.bl-response-form').count()).toBe(0);
    expect(await axeViolations(shown.page)).toEqual([]);
    await web.screenshot(shown.page, 'finding-public-response');
    await shown.context.close();
    // Two pages, two sign-ins and a full-page screenshot: more than the default on a busy machine.
  }, 90_000);

  it('refuses a date still to come on the form, pointing at the date', async () => {
    const { context, page } = await openAs('pub.perf', `${FINDING}/INV-AFI-1`);
    const form = page.locator('#publish-response');
    await form.waitFor();
    await form.getByLabel('Summary for the public').fill('Too soon.');
    await form.getByLabel('Day').fill('1');
    await form.getByLabel('Month').fill('1');
    await form.getByLabel('Year').fill('2999');
    await form.getByRole('button', { name: 'Publish the response' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('a summary cannot be published on a day still to come');
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#publish-response-date');
    await context.close();
  });
});
