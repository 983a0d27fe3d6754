import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { addUser } from '../../../src/services/index.js';
import { parseCsv, restoreCsvCell } from '../../../src/ingest/index.js';

const PASSWORD = 'harbour kettle violet';

/** Follows a download link and answers the file it gave. */
async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await file.path();
  return fs.readFileSync(path);
}

describeWithDemoData('downloads of the tracker and the search page in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect, { password: PASSWORD });

  beforeAll(async () => {
    await addUser(ctx(), { username: 'search.perf', role: 'performance', password: PASSWORD });
  });

  it("downloads the tracker's rows on screen, with its filters, as CSV and XLSX", async () => {
    const { context, page } = await web.open('/plans/2/milestones?due=2018-19%20Q1&sort=title');
    await page.locator('#milestones tbody tr').first().waitFor();
    const onScreen = await page.locator('#milestones tbody tr td:first-child').allInnerTexts();
    expect(onScreen).toHaveLength(6);
    const href = await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
    expect(href).toBe('/api/plans/2/milestones.csv?due=2018-19+Q1&sort=title');
    const csv = parseCsv((await download(page, 'Download as CSV')).toString('utf8')).map((r) =>
      r.cells.map(restoreCsvCell),
    );
    const header = csv.findIndex((cells) => cells[0] === 'Ref');
    expect(csv.slice(header + 1).map((cells) => cells[0])).toEqual(onScreen);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, 'Download as XLSX')) as unknown as ArrayBuffer);
    const refs = workbook.getWorksheet('Milestones')?.getColumn(1).values.slice(2);
    expect(refs).toEqual(onScreen);
    await page.locator('#tracker-downloads').scrollIntoViewIfNeeded();
    await web.screenshot(page, 'tracker-downloads');
    await context.close();
  });

  it('offers the review queue and the findings tracker as files, the findings with their filters', async () => {
    const { context, page } = await web.openAs('search.perf', '/review');
    await page.getByRole('link', { name: 'Download as XLSX' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
      '/api/review-queue.csv',
    );
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'review-downloads');
    await page.goto(`${web.baseUrl}/findings?kind=recommendation`);
    await page.locator('#findings tbody tr').first().waitFor();
    const href = await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/findings\.csv\?kind=recommendation&on=\d{4}-\d{2}-\d{2}$/);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'findings-downloads');
    await context.close();
  });

  it('searches from the header box and links each result to its page', async () => {
    const { context, page } = await web.open('/plans');
    await page.getByRole('searchbox', { name: 'Search Bluelamp' }).fill('violent crime task force');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-results li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('violent crime task force');
    expect(await page.title()).toBe('Search: violent crime task force – Bluelamp');
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'search');
    await page.locator('#search-results a', { hasText: 'Launch the Violent Crime Task Force' }).first().click();
    await page.waitForURL(/\/plans\/2\/milestones\/BP18-/);
    await context.close();
  });

  it('answers a query of stray quotes and operators with no results rather than an error', async () => {
    const { context, page } = await web.open('/search');
    const box = page.getByRole('searchbox', { name: /^Search plans, milestones/ });
    await box.fill('"( zzqxv OR * -');
    await page.getByRole('search', { name: 'Search this site' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: /^No results for/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(web.consoleErrors).toEqual([]);
    await context.close();
  });
});
