import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'quarry lantern meadow';

describeWithDemoData('the history page in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'history.lead', role: 'performance', password: PASSWORD });
    for (const name of ['history.a', 'history.b'])
      await addUser(ctx(), { username: name, role: 'viewer', password: PASSWORD });
  });

  it('shows the trail fifty changes a page, newest first, the next page goes on where the first ended, and First comes back', async () => {
    const { context, page } = await web.openAs('history.lead', '/history');
    const caption = page.locator('#history caption');
    await expect.poll(() => caption.innerText()).toMatch(/^Changes 1 to 50 of [\d,]+, newest first$/);
    expect(await page.locator('#history tbody tr').count()).toBe(50);
    expect(await page.locator('#history tbody tr').first().innerText()).toContain('history.b');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect.poll(() => caption.innerText()).toMatch(/^Changes 51 to \d+ of [\d,]+, newest first$/);
    expect(new URL(page.url()).searchParams.get('cursor')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'history-page-2');
    await page.getByRole('link', { name: 'First page' }).click();
    await expect.poll(() => caption.innerText()).toMatch(/^Changes 1 to 50 of [\d,]+, newest first$/);
    await context.close();
  });

  it('narrows the trail with the filter form, keeps the filter in the address, and says when nothing matches', async () => {
    const { context, page } = await web.openAs('history.lead', '/history');
    await page.getByLabel('Kind of record').fill('user');
    await page.getByLabel('Which record').fill('history.a');
    await page.getByRole('button', { name: 'Show changes' }).click();
    await expect.poll(() => page.locator('#history caption').innerText()).toBe('Changes 1 to 1 of 1, newest first');
    expect(await page.locator('#history tbody').innerText()).toContain('user history.a');
    expect(new URL(page.url()).search).toBe('?entityType=user&entityId=history.a');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('History of history.a');
    expect(await page.locator('.govuk-pagination').count()).toBe(0);
    await page.getByLabel('From', { exact: true }).fill('2001-01-01');
    await page.getByLabel('To', { exact: true }).fill('2001-01-31');
    await page.getByRole('button', { name: 'Show changes' }).click();
    await expect.poll(() => page.locator('#history caption').innerText()).toBe('No recorded changes match');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'history-filtered');
    await context.close();
    expect(web.consoleErrors).toEqual([]);
  });
});
