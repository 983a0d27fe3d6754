import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('the owner’s update form in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'form.owner', role: 'owner', password: PASSWORD, scope: ['HR'] });
    await addUser(ctx(), { username: 'form.reviewer', role: 'performance', password: PASSWORD });
  });

  it('names each missing answer in plain words, tied to its field, with "Error:" in the page title', async () => {
    const { context, page } = await web.openAs('form.owner', '/plans/2/milestones/BP18-61');
    await page.getByRole('heading', { name: /^Your update for/ }).waitFor();
    const title = await page.title();
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    await page.getByRole('link', { name: 'Choose a status for the end of the quarter' }).waitFor();
    expect(await page.title()).toBe(`Error: ${title}`);
    expect(await page.locator('#status-error').innerText()).toContain('Choose a status for the end of the quarter');
    await page.getByLabel('On track').check();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('link', { name: 'Say what happened this quarter' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('narrative');
    await page.getByLabel('New due date').fill('Quarter 4, 2018-19');
    await page.getByLabel('What happened this quarter').fill('Pilot cohort chosen.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('link', { name: 'Say why the due date changes' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'update-form-errors');
    await context.close();
  });

  it('never carries an unsaved update from one milestone to another opened from its links', async () => {
    const { context, page } = await web.openAs('form.reviewer', '/plans/2/milestones/BP18-06');
    const narrative = page.getByLabel('What happened this quarter');
    await narrative.waitFor();
    const own = await narrative.inputValue();
    await page.getByRole('link', { name: /^BP18-05 / }).click();
    await page.getByText('BP18-05 · ', { exact: false }).waitFor();
    await narrative.fill('Typed on BP18-05 and never saved.');
    // Back to BP18-06, which the app still holds: its page, not BP18-05's draft.
    await page.getByRole('link', { name: /^BP18-06 / }).click();
    await page.getByText('BP18-06 · ', { exact: false }).waitFor();
    expect(await narrative.inputValue()).toBe(own);
    await context.close();
  });

  it('takes evidence before the first save, saving the draft it hangs on', async () => {
    const { context, page } = await web.openAs('form.owner', '/plans/2/milestones/BP18-61');
    await page.getByRole('heading', { name: /^Your update for/ }).waitFor();
    await page.getByLabel('On track').check();
    await page.getByLabel('What happened this quarter').fill('The service design is agreed with staff networks.');
    await page.locator('#evidence-title').fill('Service design note');
    await page.locator('#evidence-url').fill('https://intranet.example/career-service');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByText('Added “Service design note” to the update.').waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('Service design note');
    expect(await page.getByLabel('What happened this quarter').inputValue()).toBe(
      'The service design is agreed with staff networks.',
    );
    await context.close();
  });

  it('shows a returned update’s comment above the form, where the owner starts', async () => {
    const owner = await web.openAs('form.owner', '/plans/2/milestones/BP18-61');
    await owner.page.getByRole('heading', { name: /^Your update for/ }).waitFor();
    await owner.page.getByLabel('On track').check();
    await owner.page.getByLabel('What happened this quarter').fill('Launched to the first cohort.');
    await owner.page.getByRole('button', { name: 'Save and submit for review' }).click();
    await owner.page.getByText(/with the performance team/).waitFor();
    const reviewer = await web.openAs('form.reviewer', '/review');
    await reviewer.page.locator('[id$="-comment"]').first().fill('Say how many staff joined the first cohort.');
    await reviewer.page.getByRole('button', { name: 'Return to owner BP18-61' }).click();
    await reviewer.page.getByRole('heading', { name: 'Waiting for review (0)' }).waitFor();
    await owner.page.reload();
    const banner = owner.page.getByRole('region', { name: 'Returned to you' });
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Say how many staff joined the first cohort.');
    const bannerTop = (await banner.boundingBox())?.y ?? Infinity;
    const formTop = (await owner.page.getByLabel('What happened this quarter').boundingBox())?.y ?? 0;
    expect(bannerTop).toBeLessThan(formTop);
    expect(await axeViolations(owner.page)).toEqual([]);
    await web.screenshot(owner.page, 'update-returned');
    for (const { context } of [owner, reviewer]) await context.close();
    expect(web.consoleErrors).toEqual([]);
  });
});
