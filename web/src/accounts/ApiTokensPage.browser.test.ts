import { beforeAll, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('personal API tokens on the account pages, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'p.analyst', displayName: 'Priya Analyst', role: 'viewer', password: PASSWORD });
  });

  it('makes a token, shows its secret once, and the secret reads the tracker until it is revoked', async () => {
    const { page } = await web.openAs('p.analyst', '/');
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    await page.getByText('You have no API tokens yet.').waitFor();

    await page.getByRole('button', { name: 'Make token' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter a name');
    await page.getByLabel('Name').fill('Power BI tracker');
    await page.getByLabel('How long it works').selectOption('30');
    await page.getByRole('button', { name: 'Make token' }).click();
    const secret = await page.locator('#new-token-secret').innerText();
    expect(secret).toMatch(/^blp_[A-Za-z0-9_-]{43}$/);
    const row = page.locator('#api-tokens-table tbody tr');
    await row.first().waitFor();
    expect(await row.first().innerText()).toMatch(/Power BI tracker\s+\d+ \w+ \d{4}\s+\d+ \w+ \d{4}\s+Never\s+Active/);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'api-tokens-made');

    const read = await fetch(`${web.baseUrl}/api/plans/2/milestones`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(read.status).toBe(200);

    await page.reload();
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(secret);
    await row.first().waitFor();
    expect(await row.first().innerText()).not.toContain('Never');
    await page.getByRole('button', { name: 'Revoke Power BI tracker' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    expect(await row.first().innerText()).toContain('Revoked');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'api-tokens-revoked');
    const refused = await fetch(`${web.baseUrl}/api/plans/2/milestones`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.status).toBe(401);
    expect(consoleErrors).toEqual([]);
  });
});
