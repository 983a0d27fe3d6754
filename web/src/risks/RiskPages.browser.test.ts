import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('the risk register in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { openAs: pageAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'risk.viewer', role: 'viewer', password: PASSWORD });
    await addUser(ctx(), { username: 'risk.secretary', role: 'performance', password: PASSWORD });
  });

  it('shows the register with its heat map, the table alternative and the demo note, and filters by rating', async () => {
    const { context, page } = await pageAs('risk.viewer', '/risks');
    await page.getByRole('heading', { level: 1, name: 'Risk register' }).waitFor();
    await page.locator('#risk-register').waitFor();
    await page.locator('[data-testid="heat-map"] svg').waitFor();
    expect(await page.title()).toBe('Risk register – Bluelamp');
    expect(await page.locator('#risk-register tbody tr').count()).toBe(4);
    expect(await page.locator('.govuk-inset-text').innerText()).toContain("demo author's reading");
    expect(await page.locator('#heat-map-table').innerText()).toMatch(/\d: (SR-\d, )*SR-1\b/);
    expect(await page.locator('[data-testid="heat-map"] svg > title').textContent()).toContain('Risk heat map');
    expect(await page.getByRole('link', { name: 'Add a risk' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/id-risks-${dialect}.png`, fullPage: true });
    await page.locator('#rating').selectOption('medium');
    await page.getByRole('button', { name: 'Show risks' }).click();
    await page.waitForURL(/rating=medium/);
    await page.locator('#risk-register tbody tr').first().waitFor();
    expect(await page.locator('#risk-register tbody tr').allInnerTexts()).toEqual([expect.stringContaining('SR-4')]);
    await context.close();
  });

  it('opens a risk with its links and history, and lets the performance team edit it', async () => {
    const { context, page } = await pageAs('risk.secretary', '/risks/SR-1');
    await page.getByRole('heading', { level: 1, name: /Vetting backlog/ }).waitFor();
    expect(await page.locator('.govuk-summary-list').innerText()).toContain('ELB-CoC-1');
    const versions = await page.locator('#risk-history tbody tr').count();
    expect(versions).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/id-risk-${dialect}.png`, fullPage: true });
    await page.getByRole('link', { name: 'Edit this risk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit risk SR-1' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Owner').fill('Director of Professionalism (demo)');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.locator('#risk-history tbody tr').nth(versions).waitFor();
    expect(await page.locator('#risk-history tbody tr').first().innerText()).toMatch(/edited.*owner/s);
    await page.screenshot({ path: `/tmp/id-risk-edited-${dialect}.png`, fullPage: true });
    await context.close();
  });

  it('lets the performance team record a board review, and refuses a second at the same meeting for that reason', async () => {
    const { context, page } = await pageAs('risk.secretary', '/risks/SR-2');
    const form = page.locator('#review-risk');
    const meeting = form.getByLabel('Meeting');
    await meeting.locator('option').nth(1).waitFor({ state: 'attached' });
    const version = Number(/· version (\d+)/.exec(await page.locator('main').innerText())?.[1] ?? Number.NaN);
    expect(Number.isInteger(version)).toBe(true);
    await meeting.selectOption({ index: 1 });
    const chosen = await meeting.inputValue();
    await form.getByLabel('The board’s note').fill('The panel accepted the scores.');
    await form.getByRole('button', { name: 'Record the review' }).click();
    await page.getByText(`Recorded the review of SR-2; it is now at version ${version + 1}.`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'risk-reviewed');
    // Sent against the version the first review made, the second meets the once-a-meeting rule.
    expect([await meeting.inputValue(), await form.getByLabel('The board’s note').inputValue()]).toEqual(['', '']);
    await meeting.selectOption(chosen);
    await form.getByLabel('The board’s note').fill('Entered twice by mistake.');
    await form.getByRole('button', { name: 'Record the review' }).click();
    await form.getByText(`Risk SR-2 already has a review at meeting ${chosen}.`).first().waitFor();
    await context.close();
  });

  it('refuses to save an edit over a change that arrived while the form was open, rather than overwrite it', async () => {
    const first = await pageAs('risk.secretary', '/risks');
    await first.page.clock.install();
    await first.page.goto(`${web.baseUrl}/risks/SR-3/edit`);
    await first.page.getByLabel('Owner').waitFor();
    const second = await pageAs('risk.secretary', '/risks/SR-3/edit');
    await second.page.getByLabel('Owner').fill('Changed by the second editor');
    await second.page.getByRole('button', { name: 'Save the changes' }).click();
    await second.page.waitForURL(/\/risks\/SR-3$/);
    await second.page.getByText('Changed by the second editor').first().waitFor();
    // The first page's copy goes stale and is fetched again when its window regains focus.
    await first.page.clock.fastForward('00:31');
    const refetched = first.page.waitForResponse((response) => response.url().endsWith('/api/risks/SR-3'));
    await first.page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await refetched;
    await first.page.getByLabel('Owner').fill('Changed by the first editor');
    await first.page.getByRole('button', { name: 'Save the changes' }).click();
    await first.page
      .getByText(/Risk SR-3 was changed by someone else since you read it/)
      .first()
      .waitFor();
    await web.screenshot(first.page, 'risk-edit-conflict');
    for (const { context } of [first, second]) await context.close();
  });
});
