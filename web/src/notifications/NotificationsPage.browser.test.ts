import { beforeAll, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('choosing your reminders and making a calendar address, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);

  beforeAll(async () => {
    await addUser(ctx(), {
      username: 'n.owner',
      displayName: 'Frontline Policing owner (test)',
      role: 'owner',
      password: PASSWORD,
      scope: ['FP'],
      email: 'fp.test@example.org',
    });
  });

  it('saves the reminders chosen, and shows a calendar address that serves the deadlines', async () => {
    const { page, context } = await web.open('/sign-in');
    await page.getByLabel('User name').fill('n.owner');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Frontline Policing owner (test) (owner)').waitFor();
    await page.getByRole('link', { name: 'Reminders' }).click();
    await page.getByRole('heading', { name: 'Reminders and calendar' }).waitFor();
    // The heading shows before the person's choices have loaded.
    await expect.poll(() => page.locator('main').innerText()).toContain('Reminders go to fp.test@example.org');

    await page.getByLabel('Due within 7 days').uncheck();
    await page.getByLabel('A message for each reminder').check();
    await page.getByRole('button', { name: 'Save reminder choices' }).click();
    await page.locator('.govuk-notification-banner--success').waitFor();
    await page.reload();
    await page.getByLabel('Due within 7 days').waitFor();
    expect(await page.getByLabel('Due within 7 days').isChecked()).toBe(false);
    expect(await page.getByLabel('Due today').isChecked()).toBe(true);
    expect(await page.getByLabel('A message for each reminder').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Make a calendar address' }).click();
    const address = await page.locator('#calendar-feed-address').innerText();
    expect(address).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'account-notifications');
    const feed = await context.request.get(address);
    expect(feed.ok()).toBe(true);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  });
});
