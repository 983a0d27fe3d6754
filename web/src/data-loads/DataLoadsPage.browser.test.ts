import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';
import { countRows } from '../../../src/store/index.js';

const PASSWORD = 'harbour kettle violet';
const POSTS = 'Borough,Ward,Ward code,Role,Establishment,Actual,As at';
const MPS = 'Borough,Major Category,Minor Category,201901';

const csv = (name: string, ...lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8'),
});

/** Text as the reader sees it, with runs of white space made one space. */
const flat = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

describeWithDemoData('loading data in the browser, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'load.analyst', role: 'performance', password: PASSWORD });
    await addUser(ctx(), { username: 'load.viewer', role: 'viewer', password: PASSWORD });
  });

  it('refuses a ward posts file with a problem, naming its row and column, then loads a good one that the ward shows', async () => {
    const { context, page } = await web.openAs('load.analyst', '/neighbourhoods');
    await page.getByRole('link', { name: 'Load ward posts or abstractions' }).click();
    const section = page.locator('#ward-posts');
    await section.getByLabel('Ward posts file (CSV)').waitFor();
    expect(await page.title()).toBe('Load data – Bluelamp');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'data-loads-empty');

    const before = await countRows(ctx().store.db, 'ward_posts');
    await section
      .getByLabel('Ward posts file (CSV)')
      .setInputFiles(
        csv(
          'march-posts.csv',
          POSTS,
          'Camden,Camden ward 1,,DWO,3,3,2026-11-01',
          'Atlantis,Harbour,,DWO,2,2,2026-11-01',
          'Camden,Camden ward 2,,DWO,two,2,2026-11-01',
        ),
      );
    await section.getByRole('button', { name: 'Check and load the file' }).click();
    const summary = section.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await flat(page, '#ward-posts .govuk-error-summary')).toContain(
      'Nothing was loaded: march-posts.csv has 2 problems.',
    );
    expect(await summary.locator('li').allInnerTexts()).toEqual([
      'march-posts.csv, row 3, column Borough: "Atlantis" is not one of the force\'s boroughs',
      expect.stringMatching(/^march-posts\.csv, row 4, column Establishment: /),
    ]);
    expect(await countRows(ctx().store.db, 'ward_posts')).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'data-loads-problems');

    await section
      .getByLabel('Ward posts file (CSV)')
      .setInputFiles(csv('march-posts.csv', POSTS, 'Camden,Camden ward 1,,DWO,3,3,2026-11-01'));
    await section.getByRole('button', { name: 'Check and load the file' }).click();
    await section.locator('.govuk-notification-banner--success').waitFor();
    expect(await section.locator('.govuk-error-summary').count()).toBe(0);
    expect(await flat(page, '#ward-posts .govuk-notification-banner')).toContain(
      'march-posts.csv was loaded 1 row: 1 new figure, 0 revised and 0 unchanged, as at 1 November 2026.',
    );
    await section.getByRole('link', { name: 'See the borough’s wards on the neighbourhoods page' }).click();
    await page.getByRole('heading', { name: 'Camden on 1 November 2026' }).waitFor();
    // The DWOs the file gave (3 of 3) beside the PCSOs held before, as at the file's day.
    const ward = page.locator('#wards').getByRole('row', { name: /^Camden Camden ward 1 / });
    expect(await ward.innerText()).toMatch(/^Camden\s+Camden ward 1\s+3\s+3\s.*2026-11-01/s);
    await context.close();
  });

  it('refuses an MPS borough file with a problem, then loads a good one, saying which months it loaded', async () => {
    const { context, page } = await web.openAs('load.analyst', '/data-loads#mps-crime');
    const section = page.locator('#mps-crime');
    const field = section.getByLabel('MPS crime file (CSV)');
    await field.waitFor();
    await field.setInputFiles(
      csv(
        'borough-2019.csv',
        MPS,
        'Camden,Burglary,Burglary - Residential,40',
        'Atlantis,Burglary,Burglary - Residential,2',
      ),
    );
    await section.getByRole('button', { name: 'Check and load the file' }).click();
    await section.locator('.govuk-error-summary').waitFor();
    const problems = await section.locator('.govuk-error-summary li').allInnerTexts();
    expect(problems).toEqual([expect.stringMatching(/^borough-2019\.csv, row 3, column Borough: .*Atlantis/)]);
    expect(await axeViolations(page)).toEqual([]);

    await field.setInputFiles(csv('borough-2019.csv', MPS, 'Camden,Burglary,Burglary - Residential,40'));
    await section.getByRole('button', { name: 'Check and load the file' }).click();
    const banner = section.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await flat(page, '#mps-crime .govuk-notification-banner')).toContain(
      'borough-2019.csv was loaded 1 monthly count (1 new, 0 revised) from 1 row, covering Jan 2019, for 1 borough.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'data-loads-loaded');
    await banner.getByRole('link', { name: 'See the crime measures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
    await context.close();
  });

  it('shows a viewer no forms, and the API refuses them the loads', async () => {
    const { context, page } = await web.openAs('load.viewer', '/data-loads');
    await page.locator('#not-a-loader').waitFor();
    expect(await page.locator('input[type=file]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${web.baseUrl}/neighbourhoods`);
    await page.locator('#bcu-compliance').waitFor();
    expect(await page.getByRole('link', { name: 'Load ward posts or abstractions' }).count()).toBe(0);
    const session = (await (await page.request.get(`${web.baseUrl}/api/session`)).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': session.csrfToken };
    const data = { fileName: 'x.csv', contentBase64: Buffer.from(`${POSTS}\n`).toString('base64') };
    for (const url of ['/api/neighbourhoods/posts', '/api/neighbourhoods/posts/check', '/api/crime-data/mps-borough'])
      expect((await page.request.post(`${web.baseUrl}${url}`, { headers, data })).status()).toBe(403);
    await context.close();
    expect(web.consoleErrors).toEqual([]);
  });
});
