import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'harbour kettle violet';

/** Signs in through the sign-in page, in a fresh browser context of its own. */
async function signIn(browser: Browser, baseUrl: string, username: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

describeWithDemoData('accounts managed in the browser, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `/tmp/h5-${name}-${dialect}.png`, fullPage: true });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'chief.admin', displayName: 'Chief Admin', role: 'admin', password: PASSWORD });
  });

  it('adds an owner for one unit with a password made once, who signs in and sees their updates due', async () => {
    const admin = await signIn(web.browser, web.baseUrl, 'chief.admin', PASSWORD);
    await admin.getByText('Chief Admin (admin)').waitFor();
    await admin.goto(`${web.baseUrl}/users`);
    await admin.getByLabel('User name', { exact: true }).fill('hr.lead');
    await admin.getByLabel('Name', { exact: true }).fill('Hana Reed');
    await admin.getByLabel('Role').selectOption('owner');
    await admin.getByRole('button', { name: 'Add account' }).click();
    const summary = admin.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Choose at least one unit the owner updates for');
    expect(await admin.title()).toBe('Error: Users – Bluelamp');
    await summary.getByRole('link').click();
    expect(await admin.evaluate(() => document.activeElement?.id)).toBe('add-user-scope');
    await admin.getByLabel('Human Resources and Workforce (HR)').check();
    expect(await axeViolations(admin)).toEqual([]);
    await shot(admin, 'add-user');
    await admin.getByRole('button', { name: 'Add account' }).click();
    const made = admin.locator('#generated-password');
    await made.waitFor();
    const password = await made.innerText();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(await admin.title()).toBe('Users – Bluelamp');
    await expect.poll(() => admin.getByRole('row', { name: /hr\.lead/ }).innerText()).toContain('HR');
    await shot(admin, 'users-generated');

    const owner = await signIn(web.browser, web.baseUrl, 'hr.lead', password);
    await owner.getByText('Hana Reed (owner)').waitFor();
    // Signed in, the home page is their work: the HR milestone's update waiting to be written.
    await owner.getByRole('heading', { level: 1, name: 'What needs you' }).waitFor();
    const toWrite = owner.getByRole('link', { name: /BP18-61 Career Development Service for police staff/ });
    await toWrite.first().waitFor();
    expect(await owner.locator('main').innerText()).toContain('Updates to write');
    await owner.goto(`${web.baseUrl}/my-updates`);
    await owner.getByRole('link', { name: 'Career Development Service for police staff' }).waitFor();
    await owner.close();
    await admin.close();
  });

  it('changes an owner’s scope, and disables and re-enables the account, from its own page', async () => {
    await addUser(ctx(), {
      username: 'sw.owner',
      displayName: 'Sol West',
      role: 'owner',
      password: PASSWORD,
      scope: ['HR'],
    });
    const admin = await signIn(web.browser, web.baseUrl, 'chief.admin', PASSWORD);
    await admin.getByText('Chief Admin (admin)').waitFor();
    await admin.goto(`${web.baseUrl}/users`);
    await admin.getByRole('link', { name: 'sw.owner', exact: true }).click();
    await admin.getByRole('heading', { level: 1, name: 'Sol West' }).waitFor();
    await admin.getByRole('button', { name: 'Change role and scope' }).click();
    await admin.getByLabel('Human Resources and Workforce (HR)').uncheck();
    await admin.getByRole('button', { name: 'Save role and scope' }).click();
    await admin.locator('.govuk-error-summary').waitFor();
    expect(await admin.locator('.govuk-error-summary').innerText()).toContain('Choose at least one unit');
    expect(await admin.title()).toBe('Error: sw.owner – Bluelamp');
    await admin.getByLabel('Digital Policing (DP)').check();
    await admin.getByLabel('Reason').fill('Moved to Digital Policing');
    expect(await axeViolations(admin)).toEqual([]);
    await shot(admin, 'user-access');
    await admin.getByRole('button', { name: 'Save role and scope' }).click();
    await admin.getByText('sw.owner is now owner; their sessions have ended.').waitFor();
    expect(await admin.locator('#account').innerText()).toMatch(/Units they update for\s+DP/);

    await admin.getByRole('button', { name: 'Disable account' }).click();
    await admin.getByLabel('Reason').fill('On leave');
    await admin.getByRole('button', { name: 'Disable account' }).last().click();
    await admin.getByText('Disabled sw.owner; their sessions have ended.').waitFor();
    await expect.poll(() => admin.locator('#account').innerText()).toContain('Disabled');
    const refused = await signIn(web.browser, web.baseUrl, 'sw.owner', PASSWORD);
    await refused.locator('.govuk-error-summary').waitFor();
    await refused.close();

    await admin.getByRole('button', { name: 'Re-enable account' }).click();
    await admin.getByLabel('Reason').fill('Back from leave');
    await admin.getByRole('button', { name: 'Re-enable account' }).last().click();
    await admin.getByText('Re-enabled sw.owner; they can sign in again.').waitFor();
    await expect.poll(() => admin.locator('#account').innerText()).toContain('Active');
    expect(await axeViolations(admin)).toEqual([]);
    await shot(admin, 'user-page');
    const back = await signIn(web.browser, web.baseUrl, 'sw.owner', PASSWORD);
    await back.getByText('Sol West (owner)').waitFor();
    await back.close();
    await admin.close();
  });
});
