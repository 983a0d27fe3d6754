import type { Page } from 'playwright-core';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';
import type { PriorityCatalogue, PrioritySetHistory } from './priorityTypes.js';

const PASSWORD = 'harbour kettle violet';
const HAVERING = '/priorities/2018-19/boroughs/havering';
const REASON = 'Robbery by moped rose sharply over the summer';

describeWithDemoData('recording local priorities and editing the catalogue in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });
  const { consoleErrors, openAs } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'lp.reviewer', role: 'reviewer', password: PASSWORD });
    await addUser(ctx(), { username: 'lp.viewer', role: 'viewer', password: PASSWORD });
    await addUser(ctx(), { username: 'lp.owner', role: 'owner', password: PASSWORD, scope: ['CN'] });
  });

  afterEach(() => {
    expect(consoleErrors).toEqual([]);
    consoleErrors.length = 0;
  });

  async function api<T>(page: Page, path: string): Promise<T> {
    return (await (await page.request.get(`${web.baseUrl}${path}`)).json()) as T;
  }

  /** The texts of the error summary's links, in order. */
  const summary = (page: Page) => page.locator('.govuk-error-summary__list a').allInnerTexts();

  it('shows every problem at once, tied to its field, when nothing is chosen and nothing is filled in', async () => {
    const { context, page } = await openAs('lp.reviewer', `${HAVERING}/record`);
    await page.getByRole('heading', { level: 1, name: "Record Havering's priorities for 2018-19" }).waitFor();
    await page.getByLabel('Burglary', { exact: true }).uncheck();
    await page.getByLabel('Non-domestic violence with injury', { exact: true }).uncheck();
    await page.getByLabel('Agreed by').fill('');
    await page.getByRole('button', { name: 'Record the priorities' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await summary(page)).toEqual([
      'Choose at least one priority',
      'Enter who agreed the priorities',
      'Enter the date the priorities were agreed',
      'Enter the reason for the change',
    ]);
    expect(await page.title()).toBe("Error: Record Havering's priorities for 2018-19 – Bluelamp");
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('govuk-error-summary');
    expect(await page.locator('#record-reason-error').innerText()).toContain('Enter the reason for the change');
    expect(await page.locator('#record-priorities').getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('link', { name: 'Enter the reason for the change' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('record-reason');
    await page.getByRole('link', { name: 'Choose at least one priority' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('record-priorities');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'record-priorities-errors');
    const history = await api<PrioritySetHistory>(page, `/api/priorities/2018-19/boroughs/havering/history`);
    expect(history.versions).toHaveLength(1);
    await context.close();
  });

  it("lets a reviewer record a new version of Havering's priorities, which the borough page shows with its reason", async () => {
    const { context, page } = await openAs('lp.reviewer', HAVERING);
    await page.getByRole('heading', { level: 1, name: 'Havering' }).waitFor();
    await page.getByRole('link', { name: 'Record a change to these priorities' }).click();
    await page.waitForURL(/\/boroughs\/havering\/record$/);
    await page.getByLabel('Burglary', { exact: true }).waitFor();
    expect(await page.getByLabel('Burglary', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Robbery', { exact: true }).isChecked()).toBe(false);
    expect(await page.locator('#record-reason-hint').innerText()).toContain(
      'Havering already has priorities for 2018-19 (version 1), so this is a new version: say why they changed.',
    );
    expect(await page.title()).toBe("Record Havering's priorities for 2018-19 – Bluelamp");
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'record-priorities');
    await page.getByLabel('Non-domestic violence with injury', { exact: true }).uncheck();
    await page.getByLabel('Robbery', { exact: true }).check();
    await page.getByLabel('Detail for robbery (optional)').fill('moped-enabled');
    await page.locator('#record-agreedOn').fill('1');
    await page.locator('#record-agreedOn-month').fill('10');
    await page.locator('#record-agreedOn-year').fill('2018');
    await page.getByLabel('Source (optional)').fill('Havering community safety partnership minutes, September 2018');
    await page.getByLabel('Reason for the change').fill(REASON);
    await page.getByRole('button', { name: 'Record the priorities' }).click();
    await page.waitForURL(/\/boroughs\/havering$/);
    await page.getByText('Version 2 of the priorities recorded.').waitFor();
    await page.locator('.bl-priority-versions li').nth(1).waitFor();
    const versions = await page.locator('.bl-priority-versions li').allInnerTexts();
    expect(versions[1]).toBe(
      `Version 2, agreed 1 October 2018: Burglary, Robbery (moped-enabled).Why it changed: ${REASON}`.replace(
        '.Why',
        '.\nWhy',
      ),
    );
    expect(await page.locator('.bl-priority-agreed').innerText()).toMatch(/Version\s+2 of 2/);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priority-borough-recorded');
    const history = await api<PrioritySetHistory>(page, `/api/priorities/2018-19/boroughs/havering/history`);
    expect(history.versions.map((v) => [v.version, v.reason, v.recordedBy])).toEqual([
      [1, null, expect.any(String)],
      [2, REASON, expect.stringContaining('lp.reviewer')],
    ]);
    expect(history.versions[1]?.priorities.map((p) => [p.categoryCode, p.qualifier])).toEqual([
      ['burglary', null],
      ['robbery', 'moped-enabled'],
    ]);
    await context.close();
  });

  it('offers neither the button nor the catalogue to a viewer or an owner, and the API refuses them', async () => {
    for (const username of ['lp.viewer', 'lp.owner']) {
      const { context, page } = await openAs(username, HAVERING);
      await page.getByRole('heading', { level: 1, name: 'Havering' }).waitFor();
      await page.locator('.bl-priority-agreed').waitFor();
      expect(await page.getByRole('link', { name: /Record/ }).count()).toBe(0);
      await page.goto(`${web.baseUrl}/priorities/2018-19`);
      await page.locator('#priority-sets').waitFor();
      expect(await page.getByRole('link', { name: /Change the crimes boroughs may choose/ }).count()).toBe(0);
      await page.goto(`${web.baseUrl}${HAVERING}/record`);
      await page.getByTestId('not-allowed').waitFor();
      expect(await page.locator('form#record').count()).toBe(0);
      const session = await api<{ csrfToken: string }>(page, '/api/session');
      const refused = await page.request.post(`${web.baseUrl}/api/priorities/2018-19/sets`, {
        headers: { 'x-csrf-token': session.csrfToken },
        data: {
          borough: 'havering',
          priorities: [{ categoryCode: 'burglary' }],
          agreedBy: 'x',
          agreedOn: '2018-10-01',
        },
      });
      expect(refused.status(), username).toBe(403);
      await context.close();
    }
  });

  it('lets a reviewer change the crimes boroughs may choose and add a standing priority', async () => {
    const { context, page } = await openAs('lp.reviewer', '/priorities/2018-19');
    await page.locator('#priority-sets').waitFor();
    await web.screenshot(page, 'priorities-for-reviewer');
    await page
      .getByRole('link', { name: 'Change the crimes boroughs may choose and the priorities every borough has' })
      .click();
    await page.waitForURL(/\/priorities\/catalogue$/);
    await page.getByLabel('Shoplifting').waitFor();
    expect(await page.title()).toBe('Change the priorities catalogue – Bluelamp');
    expect(await page.getByLabel('Bicycle theft').isChecked()).toBe(true);
    expect(await page.getByLabel('Drug trafficking').isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'priority-catalogue');

    const eligible = page.locator('#eligible');
    for (const box of await eligible.getByRole('checkbox').all()) await box.uncheck();
    await page.getByRole('button', { name: 'Save the crimes boroughs may choose' }).click();
    expect(await summary(page)).toEqual(['Choose at least one crime boroughs may choose']);
    expect(await page.title()).toBe('Error: Change the priorities catalogue – Bluelamp');
    expect(await axeViolations(page)).toEqual([]);
    await eligible.getByLabel('Burglary', { exact: true }).check();
    await eligible.getByLabel('Drug trafficking').check();
    await page.locator('#eligible-reason').fill('Drug markets drive violence in several boroughs');
    await page.getByRole('button', { name: 'Save the crimes boroughs may choose' }).click();
    await page.getByText('Boroughs may now choose from 2 crimes.').waitFor();
    expect(await page.title()).toBe('Change the priorities catalogue – Bluelamp');
    let catalogue = await api<PriorityCatalogue>(page, '/api/priorities/catalogue');
    expect(catalogue.eligible.map((c) => c.code)).toEqual(['burglary', 'drug-trafficking']);

    await page.getByRole('button', { name: 'Add a standing priority' }).click();
    const added = catalogue.standing.length;
    await page.locator(`#standing-${added}-name`).fill('Knife crime');
    await page.locator(`#standing-${added}-measureCode`).selectOption('knife-crime');
    await page.locator(`#standing-${added}-kind`).selectOption('high-harm');
    await page.getByLabel('Remove hate crime').check();
    await page.locator('#standing-reason').fill('Knife crime judged on its own; hate crime moves to the plan');
    await page.getByRole('button', { name: 'Save the standing priorities' }).click();
    await page.getByText(`The ${added} standing priorities are saved.`).waitFor();
    catalogue = await api<PriorityCatalogue>(page, '/api/priorities/catalogue');
    expect(catalogue.standing.map((s) => s.code)).not.toContain('hate-crime');
    expect(catalogue.standing.find((s) => s.code === 'knife-crime')).toEqual({
      code: 'knife-crime',
      name: 'Knife crime',
      kind: 'high-harm',
      categoryCode: null,
      measureCode: 'knife-crime',
      repeatMeasureCode: null,
      polarity: 'lower-is-better',
    });
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${web.baseUrl}/priorities/2018-19/boroughs/camden/record`);
    await page.getByLabel('Drug trafficking').waitFor();
    expect(await page.locator('#record input[type=checkbox]').count()).toBe(2);
    await context.close();
  });
});
